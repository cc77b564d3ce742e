// How long until a deadline, as a message key and count: whole days left, hours on the last day,
// or how many whole days it has passed ("today" within the first day).
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export function timeLeftOf(deadline: string, now: number): { key: string; count: number } {
  const left = Date.parse(deadline) - now;
  if (left > 0) {
    const days = Math.floor(left / DAY);
    return days >= 1
      ? { key: 'timeLeft.days', count: days }
      : { key: 'timeLeft.hours', count: Math.ceil(left / HOUR) };
  }
  const overdue = Math.floor(-left / DAY);
  return overdue === 0
    ? { key: 'timeLeft.overdueToday', count: 0 }
    : { key: 'timeLeft.overdueDays', count: overdue };
}
