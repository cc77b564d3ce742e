// Internal models behind the analysis module's GraphQL types (used by codegen).
export type { AnalysisRow as PerformanceAnalysisMapper } from './providers/analysisLoaders';
