import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottle } from '../createThrottle';

describe('createThrottle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the first call at once and folds a burst into one trailing call', () => {
    const fn = vi.fn();
    const throttled = createThrottle(fn, 1000);
    throttled();
    expect(fn).toHaveBeenCalledTimes(1);
    throttled();
    throttled();
    throttled();
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('runs at once again after a quiet interval', () => {
    const fn = vi.fn();
    const throttled = createThrottle(fn, 1000);
    throttled();
    vi.advanceTimersByTime(1500);
    throttled();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('drops a pending call when cancelled', () => {
    const fn = vi.fn();
    const throttled = createThrottle(fn, 1000);
    throttled();
    throttled();
    throttled.cancel();
    vi.advanceTimersByTime(2000);
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
