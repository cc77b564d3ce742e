import { resolveSettings } from '@ekinerja/scoring';
import { describe, expect, it } from 'vitest';
import { computeSnapshots, type ScoreTree } from './scoreTree';

const tree = (target: number): ScoreTree => ({
  tenantId: 't',
  year: 2026,
  settings: resolveSettings(),
  nodes: [
    { id: 'unit', parentId: null, kind: 'ORG_UNIT', weight: 1 },
    { id: 'card', parentId: 'unit', kind: 'SCORECARD', weight: 1 },
    { id: 'p', parentId: 'card', kind: 'PERSPECTIVE', weight: 30 },
    { id: 'o', parentId: 'p', kind: 'OBJECTIVE', weight: 1 },
    { id: 'i', parentId: 'o', kind: 'INDICATOR', weight: 1 },
  ],
  indicators: [
    {
      id: 'i',
      year: {
        polarity: 'MAXIMIZE',
        aggregation: 'LAST',
        frequency: 'MONTHLY',
        targets: new Map([[3, target]]),
        realisations: new Map([[3, 72]]),
      },
    },
  ],
});

describe('computeSnapshots', () => {
  it('carries an indicator’s achievement up to its owner (example 1: 72 of 80 → 90.00 YELLOW)', () => {
    const { rows, problems } = computeSnapshots(tree(80), 3);
    expect(problems).toEqual([]);
    const unit = rows.find((r) => r.nodeId === 'unit')!;
    expect(unit.score?.toFixed(2)).toBe('90.00');
    expect(unit.band).toBe('YELLOW');
    expect(rows.find((r) => r.nodeId === 'i')).toMatchObject({ rawScore: 90, parentId: 'o', month: 3 });
  });

  it('scores nothing before the first report', () => {
    const { rows } = computeSnapshots(tree(80), 2);
    expect(rows.every((r) => r.score === null && r.band === 'NO_DATA')).toBe(true);
  });

  it('reports an indicator the engine refuses (a MAXIMIZE target of 0) as no data, naming the rule', () => {
    const { rows, problems } = computeSnapshots(tree(0), 3);
    expect(problems).toEqual([
      { indicatorId: 'i', field: expect.stringContaining('target'), rule: 'targetPositive' },
    ]);
    expect(rows.find((r) => r.nodeId === 'unit')?.score).toBeNull();
  });
});
