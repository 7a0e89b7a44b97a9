import { useEffect } from 'react';

/** Calls `tick` every `intervalMs` while `active`; the page stops asking once a job has finished. */
export function usePolling(active: boolean, intervalMs: number, tick: () => void): void {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(tick, intervalMs);
    return () => window.clearInterval(timer);
  }, [active, intervalMs, tick]);
}
