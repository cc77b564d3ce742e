// What the live feeds send: scoreboard deltas (compared from stored rows) and the activity feed.
import type { PrismaClient } from '@ekinerja/db';
import type { ChangeNotice } from '../../../realtime/eventBus';
import type { FeedSource } from '../../../realtime/liveHub';
import { toGlobalId } from '../../../ids';
import {
  scoreboardFigures,
  type BudgetView,
  type ScoreView,
} from '../../scoreboard/providers/scoreboardFigures';
import type { Scope } from '../../org/providers/readableScope';
import type { ActivityItemMapper } from '../../scoreboard/schema.mappers';

export interface LiveNodeChange {
  nodeId: string;
  role: 'SCOPE' | 'PERSPECTIVE' | 'RANKING' | 'REGENCY';
  score: ScoreView;
  rank: number | null;
  index: number | null;
  timeliness: number | null;
  budget: BudgetView | null;
}

export interface ScoreboardDeltaMessage {
  kind: 'DELTA' | 'HEARTBEAT';
  scopeId: string;
  year: number;
  month: number;
  seq: string;
  changes: LiveNodeChange[];
  rankingOrder: string[];
}

interface ScoreboardView {
  nodes: Map<string, { change: LiveNodeChange; json: string }>;
  order: string[];
}

export function scoreboardSource(
  prisma: PrismaClient,
  scope: Scope,
  year: number,
  month: number,
): FeedSource<ScoreboardView> {
  const scopeId = toGlobalId(scope.type, scope.row.id);
  const message = (
    kind: ScoreboardDeltaMessage['kind'],
    seq: string,
    changes: LiveNodeChange[],
    order: string[],
  ) => ({ kind, scopeId, year, month, seq, changes, rankingOrder: order }) satisfies ScoreboardDeltaMessage;
  return {
    async load() {
      const board = await scoreboardFigures(prisma, scope, year, month);
      const nodes = new Map<string, { change: LiveNodeChange; json: string }>();
      const put = (change: LiveNodeChange) =>
        nodes.set(`${change.role}/${change.nodeId}`, { change, json: JSON.stringify(change) });
      put({
        nodeId: scopeId,
        role: 'SCOPE',
        score: board.score,
        rank: null,
        index: null,
        timeliness: null,
        budget: board.budget,
      });
      for (const p of board.perspectives)
        put({
          nodeId: p.perspective,
          role: 'PERSPECTIVE',
          score: p.score,
          rank: null,
          index: null,
          timeliness: null,
          budget: null,
        });
      const ranked = (role: 'RANKING' | 'REGENCY') => (r: (typeof board.ranking)[number]) =>
        put({
          nodeId: toGlobalId(r.node.__typename, r.node.id),
          role,
          score: r.score,
          rank: r.rank,
          index: r.index,
          timeliness: r.timeliness,
          budget: r.budget,
        });
      board.ranking.forEach(ranked('RANKING'));
      board.regencies.forEach(ranked('REGENCY'));
      return { nodes, order: board.ranking.map((r) => toGlobalId(r.node.__typename, r.node.id)) };
    },
    messages(before, after, seq) {
      const changes = [...after.nodes].filter(([key, node]) => before.nodes.get(key)?.json !== node.json);
      if (changes.length === 0) return [message('HEARTBEAT', seq, [], [])];
      return [
        message(
          'DELTA',
          seq,
          changes.map(([, node]) => node.change),
          after.order,
        ),
      ];
    },
    heartbeat: (seq) => message('HEARTBEAT', seq, [], []),
  };
}

/** A change as the activity feed shows it (the shape the ActivityItem resolvers read). */
export function activityItem(notice: ChangeNotice): ActivityItemMapper {
  return {
    seq: BigInt(notice.seq),
    tenantId: notice.tenantId,
    scopeIds: notice.scopeIds,
    entityType: notice.entityType,
    entityId: notice.entityId,
    action: notice.action,
    actorId: null,
    before: null,
    after: null,
    payload: null,
    createdAt: new Date(notice.at),
    actor: notice.actorName ? { displayName: notice.actorName } : null,
  };
}

const MAX_CATCH_UP = 100;

export function activitySource(prisma: PrismaClient, scopeId: string): FeedSource<null> {
  return {
    load: async () => null,
    messages: (_before, _after, _seq, events) => events.map(activityItem),
    async missed(since) {
      const rows = await prisma.changeEvent.findMany({
        where: { seq: { gt: since }, scopeIds: { has: scopeId } },
        orderBy: { seq: 'desc' },
        take: MAX_CATCH_UP,
        include: { actor: { select: { displayName: true } } },
      });
      return rows.reverse().map((r) => ({
        seq: r.seq.toString(),
        tenantId: r.tenantId,
        scopeIds: r.scopeIds,
        entityType: r.entityType,
        entityId: r.entityId,
        action: r.action,
        at: r.createdAt.toISOString(),
        actorName: r.actor?.displayName ?? null,
        scores: [],
      }));
    },
  };
}
