import type { GistService } from './service.js';
import type { GistResponse } from './types.js';

/** Whether a listed gist is the one a failed create made (may read it: a request). */
export type OrphanMatch = (gist: GistResponse) => boolean | Promise<boolean>;

export interface SweepTiming {
  windowMs: number;
  baseMs: number;
  maxMs: number;
}

/**
 * After a create that failed without a clear answer (a dropped connection, a timeout, Ctrl-C),
 * GitHub may still store the gist, seconds later. The sweep looks for it by its unique marker
 * until it is found or this window has passed: 30 s (`MASSGEN_SHARE_SWEEP_WINDOW_MS`), first
 * after 500 ms then doubling up to 5 s (`MASSGEN_SHARE_SWEEP_BASE_MS`).
 */
export function sweepTiming(env: NodeJS.ProcessEnv): SweepTiming {
  const num = (v: string | undefined, d: number): number =>
    v !== undefined && v !== '' && Number.isFinite(Number(v)) && Number(v) >= 0 ? Number(v) : d;
  return {
    windowMs: num(env.MASSGEN_SHARE_SWEEP_WINDOW_MS, 30_000),
    baseMs: Math.max(1, num(env.MASSGEN_SHARE_SWEEP_BASE_MS, 500)),
    maxMs: 5_000,
  };
}

/** What a sweep saw: the gist found and deleted, GitHub without it, or GitHub never reached (or the delete failed). */
type SweepOutcome = 'deleted' | 'absent' | 'unknown';

/**
 * The orphan sweep: deletes the gist a failed create made, found among the newest gists by
 * `match` (its unique description, or its final one and its manifest): looks at once, then with
 * back-off until the window has passed (one create makes at most one gist: found, done). Best
 * effort: never throws (the error that brought us here is the one to report).
 */
export async function sweepOrphan(
  gists: GistService,
  match: OrphanMatch | string,
  timing: SweepTiming,
  onWait: () => void,
): Promise<SweepOutcome> {
  const is: OrphanMatch = typeof match === 'string' ? (g) => g.description === match : match;
  const end = Date.now() + timing.windowMs;
  let wait = timing.baseMs;
  for (;;) {
    let seen = false;
    try {
      const found: GistResponse[] = [];
      for (const g of await gists.firstPage()) if (await is(g)) found.push(g);
      seen = true;
      if (found.length > 0) {
        let ok = true;
        for (const g of found) ok = (await gists.tryDelete(g.id, 'Deleting an incomplete gist')) && ok;
        return ok ? 'deleted' : 'unknown';
      }
    } catch {
      // GitHub unreachable for now: keep trying within the window.
    }
    const left = end - Date.now();
    if (left <= 0) return seen ? 'absent' : 'unknown';
    onWait();
    await new Promise((resolve) => setTimeout(resolve, Math.min(wait, left)));
    wait = Math.min(wait * 2, timing.maxMs);
  }
}

/** The sweeps of an upload's failed creates, running while the upload goes on. */
export class Sweeps {
  private readonly running: Promise<SweepOutcome>[] = [];
  private waitShown = false;

  constructor(
    private readonly gists: GistService,
    private readonly timing: SweepTiming,
    private readonly onWait?: (ms: number) => void,
  ) {}

  /**
   * Starts a sweep for the gist `match` finds: patient (the whole window) when GitHub gave no clear answer, else
   * one look.
   */
  start(match: OrphanMatch, patient: boolean): void {
    this.running.push(
      sweepOrphan(this.gists, match, patient ? this.timing : { ...this.timing, windowMs: 0 }, () => {
        if (!this.waitShown) this.onWait?.(this.timing.windowMs);
        this.waitShown = true;
      }),
    );
  }

  /** True when every failed create is accounted for (its gist deleted, or GitHub seen without it). */
  async done(): Promise<boolean> {
    return (await Promise.all(this.running)).every((o) => o !== 'unknown');
  }
}
