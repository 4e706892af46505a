/**
 * Decoders loaded only when a carrier needs them (seek-bzip for bzip2, fzstd for zstd): no other
 * run pays for them, and a missing one leaves its carriers withheld unscanned instead of failing.
 */
import { createRequire } from 'node:module';

const loaded = new Map<string, unknown>();

/** A CommonJS package, loaded on first use; null when it cannot be loaded. */
export function optional<T>(name: string): T | null {
  if (!loaded.has(name)) {
    try {
      loaded.set(name, createRequire(import.meta.url)(name));
    } catch {
      loaded.set(name, null);
    }
  }
  return loaded.get(name) as T | null;
}
