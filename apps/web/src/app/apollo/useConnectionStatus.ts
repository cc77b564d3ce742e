// The live socket's status for components (re-renders only when it changes).
import { useSyncExternalStore } from 'react';
import { connectionStatus, type ConnectionSnapshot } from './connectionStatus';

export function useConnectionStatus(): ConnectionSnapshot {
  return useSyncExternalStore(connectionStatus.subscribe, connectionStatus.getSnapshot);
}
