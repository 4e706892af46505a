import type { GistService } from './service.js';

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
export type SweepOutcome = 'deleted' | 'absent' | 'unknown';

/**
 * The orphan sweep: deletes the gist a failed create made, found by its unique description
 * among the newest gists: looks at once, then with back-off until the window has passed (one
 * create makes at most one gist: found, done). Best effort: never throws (the error that
 * brought us here is the one to report).
 */
export async function sweepOrphan(
  gists: GistService,
  marked: string,
  timing: SweepTiming,
  onWait: () => void,
): Promise<SweepOutcome> {
  const end = Date.now() + timing.windowMs;
  let wait = timing.baseMs;
  for (;;) {
    let seen = false;
    try {
      const found = (await gists.firstPage()).filter((g) => g.description === marked);
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
   * Starts a sweep for the gist described `marked`: patient (the whole window) when GitHub gave no clear answer, else
   * one look.
   */
  start(marked: string, patient: boolean): void {
    this.running.push(
      sweepOrphan(this.gists, marked, patient ? this.timing : { ...this.timing, windowMs: 0 }, () => {
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
