// Steps through `count` panels, one every `intervalMs`; restarts from the first when the list
// changes length. One interval, cleared on unmount.
import { useEffect, useState } from 'react';

export function usePlaylist(count: number, intervalMs: number): number {
  const [index, setIndex] = useState(0);
  useEffect(() => {
    if (count <= 1) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), intervalMs);
    return () => clearInterval(timer);
  }, [count, intervalMs]);
  return count > 0 ? index % count : 0;
}
