// Internal models behind the org administration module's GraphQL types (used by codegen).
import type { Official, Position } from '@ekinerja/db';

export type PositionMapper = Position & { __typename?: 'Position' };
export type OfficialMapper = Official & { position: Position | null; __typename?: 'Official' };
