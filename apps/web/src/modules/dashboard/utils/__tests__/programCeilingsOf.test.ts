import { describe, expect, it } from 'vitest';
import { programCeilingsOf } from '../programCeilingsOf';

describe('programCeilingsOf', () => {
  it('adds up pagu murni, and pagu perubahan with unrevised lines at pagu murni', () => {
    const program = {
      activities: [
        {
          subActivities: [
            { paguMurni: '1000', paguPerubahan: '1500', paguPerubahanBerlaku: '2026-08-20' },
            { paguMurni: '500', paguPerubahan: null, paguPerubahanBerlaku: null },
          ],
        },
        {
          subActivities: [
            { paguMurni: '9007199254740993', paguPerubahan: '10', paguPerubahanBerlaku: '2026-09-15' },
          ],
        },
      ],
    };
    expect(programCeilingsOf(program)).toEqual({
      murni: '9007199254742493',
      perubahan: '2010',
      berlaku: '2026-09-15',
    });
  });

  it('has no pagu perubahan when no line was revised', () => {
    expect(programCeilingsOf({ activities: [{ subActivities: [{ paguMurni: '7' }] }] })).toEqual({
      murni: '7',
      perubahan: null,
      berlaku: null,
    });
  });
});
