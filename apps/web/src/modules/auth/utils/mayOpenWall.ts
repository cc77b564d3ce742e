// Who may open the wall with their own session: anyone who reads a scope's scoreboard except
// data-entry operators, whose home is their entry work (wall devices use their own token).
import type { ViewerRole } from '../types/ViewerRole';

export function mayOpenWall(roles: readonly ViewerRole[]): boolean {
  return roles.some((r) => r.role !== 'OPERATOR');
}
