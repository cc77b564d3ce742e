// The link a wall screen opens once to log in as its device (the wall keeps the token and takes
// it out of the address bar).
export function wallLinkOf(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/wall?device=${encodeURIComponent(token)}`;
}
