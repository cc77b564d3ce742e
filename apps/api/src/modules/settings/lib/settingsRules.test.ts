import { describe, expect, it } from 'vitest';
import { calendarProblem, settingsProblem, type SettingsValues } from './settingsRules';

const defaults: SettingsValues = {
  achievementCap: 120,
  bandGreenMin: 100,
  bandYellowMin: 80,
  predikatSangatBaikMin: 91,
  predikatBaikMin: 76,
  predikatCukupMin: 66,
  predikatKurangMin: 51,
  rankingWeightScore: 60,
  rankingWeightBudget: 20,
  rankingWeightTimeliness: 20,
  budgetWarningDeviation: -5,
  budgetCriticalDeviation: -10,
};

describe('settingsProblem', () => {
  it('accepts the defaults', () => {
    expect(settingsProblem(defaults)).toBeNull();
  });

  it.each([
    [{ bandGreenMin: 80 }, 'bandGreenMin', 'aboveYellow'],
    [{ predikatBaikMin: 91 }, 'predikatSangatBaikMin', 'aboveBaik'],
    [{ predikatCukupMin: 80 }, 'predikatBaikMin', 'aboveCukup'],
    [{ predikatKurangMin: 70 }, 'predikatCukupMin', 'aboveKurang'],
    [{ rankingWeightBudget: 30 }, 'rankingWeightScore', 'weightsSumTo100'],
    [{ budgetCriticalDeviation: -5 }, 'budgetCriticalDeviation', 'belowWarning'],
  ])('refuses %j naming %s and %s', (change, field, rule) => {
    expect(settingsProblem({ ...defaults, ...change })).toEqual({ field, rule });
  });
});

describe('calendarProblem', () => {
  const monthly = { frequency: 'MONTHLY' as const, openDay: 1, dueDay: 10, graceDays: 5 };

  it('accepts a window that opens on or before the due day', () => {
    expect(calendarProblem([monthly, { ...monthly, frequency: 'YEARLY', openDay: 10 }])).toBeNull();
  });

  it('refuses an open day after the due day, naming the rule', () => {
    expect(calendarProblem([monthly, { ...monthly, frequency: 'QUARTERLY', openDay: 11 }])).toEqual({
      field: 'reportingCalendar.1.openDay',
      rule: 'notAfterDueDay',
      params: { dueDay: 10 },
    });
  });

  it('refuses two rules for one frequency', () => {
    expect(calendarProblem([monthly, monthly])).toEqual({
      field: 'reportingCalendar.1.frequency',
      rule: 'duplicate',
    });
  });
});
