// Downloads an uploaded evidence file: fetched through the API with the session cookie (so only
// someone who may read the value gets it), then saved from an object URL under its own name. A
// download rather than a new tab: a blob opened in a tab would carry the app's strict CSP, which
// keeps browsers' PDF viewers out.

/** Resolves false when the API refused or the network failed. */
export async function downloadEvidenceFile(url: string, name: string): Promise<boolean> {
  try {
    const res = await fetch(url, { credentials: 'same-origin' });
    if (!res.ok) return false;
    const objectUrl = URL.createObjectURL(await res.blob());
    const link = document.createElement('a');
    link.href = objectUrl;
    link.download = name;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
    // The browser has taken the bytes by then; the object URL need not hold the page's memory.
    window.setTimeout(() => URL.revokeObjectURL(objectUrl), 30_000);
    return true;
  } catch {
    return false;
  }
}
