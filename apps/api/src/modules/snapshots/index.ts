// Score snapshots: the stored year-to-date score of every scored node, rebuilt from measurements.
export { computeSnapshots, type ScoreTree, type SnapshotRow } from './lib/scoreTree';
export {
  compareStoredScores,
  loadScoreTree,
  rebuildScores,
  type SnapshotDifference,
} from './providers/scoreTreeStore';
