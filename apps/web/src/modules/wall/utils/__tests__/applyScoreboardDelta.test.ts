import { describe, expect, it } from 'vitest';
import type { WallDelta, WallRankedUnit, WallScoreboard } from '../../types/WallScoreboard';
import { applyScoreboardDelta } from '../applyScoreboardDelta';

const score = (value: number | null, band: 'GREEN' | 'YELLOW' | 'RED' | 'NO_DATA' = 'GREEN') => ({
  value,
  band,
  predikat: 'BAIK' as const,
});

const unit = (id: string, rank: number, value: number): WallRankedUnit => ({
  rank,
  index: value,
  timeliness: 100,
  node: { __typename: 'OrgUnit', id, name: id, shortName: id },
  score: score(value),
  budget: null,
});

function board(): WallScoreboard {
  return {
    seq: '10',
    year: 2025,
    month: 3,
    scope: { __typename: 'Tenant', id: 'T', name: 'NTB', shortName: 'NTB', timeZone: 'Asia/Makassar' },
    score: score(95, 'YELLOW'),
    perspectives: [
      { perspective: 'STAKEHOLDER', weight: 30, score: score(90, 'YELLOW') },
      { perspective: 'CUSTOMER', weight: 20, score: score(100) },
    ],
    ranking: [unit('A', 1, 110), unit('B', 2, 100), unit('C', 3, 90)],
    regencies: [],
    budget: null,
    atRisk: [],
    openIssues: [],
    latestActivity: [],
  };
}

const delta = (changes: WallDelta['changes'], rankingOrder: string[] = [], seq = '11'): WallDelta => ({
  kind: 'DELTA',
  scopeId: 'T',
  year: 2025,
  month: 3,
  seq,
  changes,
  rankingOrder,
});

const change = (
  role: string,
  nodeId: string,
  value: number,
  rank: number | null = null,
): WallDelta['changes'][number] => ({
  role,
  nodeId,
  score: score(value),
  rank,
  index: value,
  timeliness: 90,
  budget: null,
});

describe('applyScoreboardDelta', () => {
  it('updates the scope score and advances the sequence', () => {
    const next = applyScoreboardDelta(board(), delta([change('SCOPE', 'T', 101)]));
    expect(next.score.value).toBe(101);
    expect(next.seq).toBe('11');
  });

  it('updates a perspective by its name', () => {
    const next = applyScoreboardDelta(board(), delta([change('PERSPECTIVE', 'STAKEHOLDER', 85)]));
    expect(next.perspectives.map((p) => p.score.value)).toEqual([85, 100]);
  });

  it('patches ranked units and reorders them by the ranking order', () => {
    const next = applyScoreboardDelta(
      board(),
      delta(
        [change('RANKING', 'C', 120, 1), change('RANKING', 'A', 110, 2), change('RANKING', 'B', 100, 3)],
        ['C', 'A', 'B'],
      ),
    );
    expect(next.ranking.map((r) => [r.node.id, r.rank, r.score.value])).toEqual([
      ['C', 1, 120],
      ['A', 2, 110],
      ['B', 3, 100],
    ]);
  });

  it('ignores units this viewer does not list', () => {
    const next = applyScoreboardDelta(board(), delta([change('RANKING', 'X', 50, 1)], ['X', 'A', 'B', 'C']));
    expect(next.ranking.map((r) => r.node.id)).toEqual(['A', 'B', 'C']);
  });

  it('leaves the input untouched', () => {
    const before = board();
    applyScoreboardDelta(before, delta([change('SCOPE', 'T', 1)]));
    expect(before.score.value).toBe(95);
  });
});
