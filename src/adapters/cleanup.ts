import { rmSync } from 'node:fs';

/**
 * Paths to remove if the process is interrupted (Ctrl-C) before the work that made them is
 * done: staging directories, partial outputs, temporary archives. The CLI's signal handler
 * calls `removeAllNow`; normal code paths remove their own and unregister.
 */
const pending = new Set<string>();

export function trackTemp(p: string): () => void {
  pending.add(p);
  return () => {
    pending.delete(p);
  };
}

export function removeAllNow(): void {
  for (const p of pending) {
    try {
      rmSync(p, { recursive: true, force: true });
    } catch {
      // Best effort while exiting.
    }
  }
  pending.clear();
}
