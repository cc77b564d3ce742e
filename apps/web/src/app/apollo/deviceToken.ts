// The wall device's read-only token. Kept in localStorage so an unattended screen survives
// reloads and power cuts without ever falling back to a login page.
const KEY = 'ekinerja.deviceToken';

export const deviceToken = {
  /**
   * The token to send, only on the wall route: a desk browser that once opened a wall link must
   * keep acting as its signed-in user everywhere else.
   */
  forRequest(): string | null {
    return window.location.pathname.startsWith('/wall') ? this.get() : null;
  },
  get(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      // Storage can be disabled (kiosk profiles, privacy modes): behave as if no token is stored.
      return null;
    }
  },
  set(token: string): void {
    try {
      localStorage.setItem(KEY, token);
    } catch {
      /* see get() */
    }
  },
  clear(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      /* see get() */
    }
  },
};
