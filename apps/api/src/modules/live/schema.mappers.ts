// Internal models behind the live module's GraphQL types (used by codegen).
export type {
  LiveNodeChange as LiveNodeChangeMapper,
  ScoreboardDeltaMessage as ScoreboardDeltaMapper,
} from './providers/liveSources';
