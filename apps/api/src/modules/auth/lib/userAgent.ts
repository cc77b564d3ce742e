// A readable device and browser for a session, read from its User-Agent header. Only the common
// browsers and systems people sign in from are named; anything else is shown as unknown, never
// guessed. The header is the client's claim, so the result is a hint for its owner, not evidence.

export interface UserAgentSummary {
  /** The system or device, e.g. "Windows", "Android", "iPhone"; null when not recognised. */
  device: string | null;
  /** The browser with its major version, e.g. "Chrome 131"; null when not recognised. */
  browser: string | null;
}

/** Most specific first: Edge and Opera also say "Chrome", Chrome also says "Safari". */
const BROWSERS: readonly [name: string, pattern: RegExp][] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|OPiOS)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chrome', /\b(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]*\s(?:Mobile\/\S+\s)?Safari\//],
];

/** Likewise: Android says "Linux", iPhones say "like Mac OS X". */
const DEVICES: readonly [name: string, pattern: RegExp][] = [
  ['iPhone', /\biPhone\b/],
  ['iPad', /\biPad\b/],
  ['Android', /\bAndroid\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['Windows', /\bWindows\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b/],
];

export function describeUserAgent(userAgent: string | null | undefined): UserAgentSummary {
  if (!userAgent) return { device: null, browser: null };
  const device = DEVICES.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;
  let browser: string | null = null;
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(userAgent);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  return { device, browser };
}
