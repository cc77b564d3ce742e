// A node's stored year-to-date score (ScoreSnapshot) with its band and predikat by the tenant's rules.
import { band, predikat } from '@ekinerja/scoring';
import type { GraphQLContext } from '../../../context';
import type { ScoreView } from '../../scoreboard/providers/scoreboardFigures';
import { drilldownLoaders } from './drilldownLoaders';

export async function storedScore(
  ctx: GraphQLContext,
  node: { tenantId: string; nodeId: string },
  year: number,
  month: number,
): Promise<ScoreView> {
  const loaders = drilldownLoaders(ctx);
  const [settings, value] = await Promise.all([
    loaders.settings.load(node.tenantId),
    loaders.snapshotScore.load(`${node.nodeId}|${year}|${month}`),
  ]);
  return { value, band: band(value, settings), predikat: predikat(value, settings) };
}
