import { describe, expect, it } from 'vitest';
import type { WallActivityItem } from '../../types/WallScoreboard';
import { mergeActivity } from '../mergeActivity';

const item = (seq: number): WallActivityItem => ({
  seq: String(seq),
  entityType: 'Measurement',
  entityId: `Measurement:${seq}`,
  action: 'VERIFIED',
  at: new Date(seq * 1000).toISOString(),
  actorName: null,
});

describe('mergeActivity', () => {
  it('keeps the newest first without duplicates', () => {
    expect(mergeActivity([item(2), item(1)], [item(3), item(2)]).map((i) => i.seq)).toEqual(['3', '2', '1']);
  });
  it('stays bounded however many events arrive', () => {
    let feed: WallActivityItem[] = [];
    for (let seq = 1; seq <= 1000; seq += 1) feed = mergeActivity(feed, [item(seq)]);
    expect(feed).toHaveLength(30);
    expect(feed[0]?.seq).toBe('1000');
  });
});
