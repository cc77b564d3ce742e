// Internal models behind the org administration module's GraphQL types (used by codegen).
import type { Position } from '@ekinerja/db';

export type PositionMapper = Position & { __typename?: 'Position' };
