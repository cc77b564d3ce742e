// Breadcrumb steps from the API's ScopeNode path (tenant down to the unit) and its extras.
import type { Crumb } from '../components/Breadcrumb';
import { drillPaths } from './drillPaths';

type ScopeLike = { __typename?: string; id?: string; name?: string } | null | undefined;

export function crumbsOf(path: readonly ScopeLike[]): Crumb[] {
  const crumbs: Crumb[] = [];
  for (const node of path) {
    if (node?.id && node.name) crumbs.push({ id: node.id, name: node.name, to: drillPaths.scope(node.id) });
  }
  return crumbs;
}
