import { describe, expect, it } from 'vitest';
import { formatTime } from '../formatTime';

describe('formatTime', () => {
  const at = new Date('2025-03-04T02:05:32Z');

  it('shows the time in WITA by default', () => {
    expect(formatTime(at)).toBe('10.05.32 WITA');
  });
  it('accepts ISO strings and epoch milliseconds', () => {
    expect(formatTime('2025-03-04T15:59:59Z')).toBe('23.59.59 WITA');
    expect(formatTime(at.getTime(), { seconds: false })).toBe('10.05 WITA');
  });
  it('follows the tenant zone', () => {
    expect(formatTime(at, { timeZone: 'Asia/Jakarta' })).toBe('09.05.32 WIB');
    expect(formatTime(at, { timeZone: 'Asia/Jayapura' })).toBe('11.05.32 WIT');
  });
  it('keeps the Indonesian zone name in English', () => {
    expect(formatTime(at, { locale: 'en-GB' })).toBe('10:05:32 WITA');
  });
  it('shows an invalid instant as an em dash', () => {
    expect(formatTime('not a date')).toBe('—');
  });
});
