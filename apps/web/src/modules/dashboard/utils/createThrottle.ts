// Runs `fn` at most once per `intervalMs`: the first call at once, later ones folded into one
// trailing call (so the last change is never lost). Used to refetch on live events, which can
// arrive many times a second when a whole province is entering data.
export interface Throttled {
  (): void;
  cancel(): void;
}

export function createThrottle(fn: () => void, intervalMs: number, now: () => number = Date.now): Throttled {
  let last = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    last = now();
    fn();
  };
  const throttled = (() => {
    const wait = last + intervalMs - now();
    if (wait <= 0 && timer === undefined) {
      run();
      return;
    }
    timer ??= setTimeout(
      () => {
        timer = undefined;
        run();
      },
      Math.max(0, wait),
    );
  }) as Throttled;
  throttled.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return throttled;
}
