// Whether an evidence address may be a link: only http(s), so a stored `javascript:` or `data:`
// address is shown as text and never opened.
export function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
