import { writeFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { eachUntilFailure } from '../../core/concurrency.js';
import { isGistId } from '../../core/gist-ref.js';
import { CancelledError, UserError } from '../../errors.js';
import { newTempDir } from '../cleanup.js';
import { GhApiError, Gh, type GhOptions } from '../gh.js';
import type { ByteBudget } from '../gh-process.js';
import type { GistFile } from '../gist-files.js';
import { API_FILES, asGist, GistNotFoundError, type GistResponse } from './types.js';
import { checkRawUrl } from './raw-url.js';
import { isGistUrl, nextPage, unstored } from './answers.js';

export { nextPage } from './answers.js';
import { parseAnswer } from '../json-keys.js';
import { terminalSafe } from '../../ui/terminal-safe.js';

/**
 * What one request may carry: at most 8 MiB of file content and 300 files (a single larger file
 * goes alone). 300 is every file a gist shows through the API (the `files` map is cut there), and
 * MassGen's own exporter creates gists of up to 290 files in one `gh gist create`. GitHub
 * documents no cap on a request, but very large ones time out (a 243 MiB create ended in HTTP
 * 502); MassGen switches strategy at 10 MB. Fewer requests is what users wait less for: each is
 * one gh process and one round trip (0.05-0.15 s here).
 */
export const BATCH_BYTES = 8 * 1024 * 1024;
export const BATCH_FILES = API_FILES;
/** gh prints the status line and headers before a raw file's body: room for them beside the file. */
export const GH_HEADER_ROOM = 64 * 1024;

/** Files per request: BATCH_FILES, or fewer from MASSGEN_SHARE_BATCH_FILES (the tests' way to exercise batching). */
export function batchFiles(env: NodeJS.ProcessEnv): number {
  const n = Number(env.MASSGEN_SHARE_BATCH_FILES);
  return Number.isInteger(n) && n >= 1 && n <= BATCH_FILES ? n : BATCH_FILES;
}

/** Files written into a private temporary directory for `gh gist create`, which names each by its basename. */
export interface StagedFiles {
  dir: string;
  names: string[];
  dispose(): Promise<void>;
}

interface BatchOptions {
  /** The label of batch i (0-based) of n, as failures name it. */
  what: (i: number, n: number) => string;
  /** Set with the last batch (an upload's final description, without the partial-upload marker). */
  finalDescription?: string;
  signal?: AbortSignal;
  onBatch?: (done: number, total: number, files: number, bytes: number) => void;
}

/** Maps GitHub's 404 for one gist to the one "not found" error. */
function notFound(id: string): (err: unknown) => never {
  return (err) => {
    if (err instanceof GhApiError && err.status === 404) throw new GistNotFoundError(id);
    throw err;
  };
}

/**
 * Pages read on the listing's word alone: a header that keeps naming new pages is refused after 40, a few seconds of
 * requests (1,000 took minutes, a seeming hang: attack S). A user with more gists than 40 pages hold (attack S3) is
 * counted by GitHub itself (`GET /user`), and the listing goes on to the pages that count fills, MAX_COUNTED_PAGES at
 * most (100,000 gists).
 */
const MAX_PAGES = 40;
const MAX_COUNTED_PAGES = 1000;

export async function readText(file: GistFile): Promise<string> {
  return (await readBytes(file)).toString('utf8');
}

async function readBytes(file: GistFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of file.data()) chunks.push(c);
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

/**
 * Staged files up to this size are written with one synchronous call: through the thread pool, the
 * 300 files of a create left the process idle about 0.08 s (profiled, on two loaded cores).
 */
const SYNC_WRITE = 1 << 20;

/**
 * Every gist operation massgen-share performs, by name: the gist REST paths and bodies live
 * here and nowhere else. The transport (spawning gh, timeouts, retries, error classes) is gh.ts.
 */
export class GistService {
  constructor(readonly gh: Gh) {}

  /** The preflight, done once: gh is installed (exit 3 otherwise) and logged in (exit 4). */
  static async connect(opts: GhOptions): Promise<GistService> {
    const gists = new GistService(new Gh(opts));
    await gists.preflight();
    return gists;
  }

  /**
   * The preflight with a first request sent alongside it (reading a gist, a page of the list):
   * one round of gh processes instead of two. A failed preflight is the error reported.
   */
  static async connectWith<T>(opts: GhOptions, first: (gists: GistService) => Promise<T>): Promise<[GistService, T]> {
    const gists = new GistService(new Gh(opts));
    const [checked, value] = await Promise.allSettled([gists.preflight(), first(gists)]);
    if (checked.status === 'rejected') throw checked.reason;
    if (value.status === 'rejected') throw value.reason;
    return [gists, value.value];
  }

  /** Set for a service made `deferred`: its preflight waits for a failed first request (`whyFailed`). */
  private unchecked = false;

  /**
   * A service whose preflight waits until its first request has failed (`whyFailed`): no gh process before that
   * request (`gh auth status` beside the collect was a second Go process on the two cores). The request tells as
   * much: gh missing is ENOENT, not logged in is gh's exit 4 or GitHub's 401.
   */
  static deferred(opts: GhOptions): GistService {
    const gists = new GistService(new Gh(opts));
    gists.unchecked = true;
    return gists;
  }

  /**
   * After the first failed request of a `deferred` service (not a cancel): the preflight, once, and its error (gh
   * missing or broken: exit 3; not logged in: exit 4) when it fails; undefined otherwise.
   */
  async whyFailed(err: unknown): Promise<Error | undefined> {
    if (!this.unchecked || err instanceof CancelledError) return undefined;
    this.unchecked = false;
    return this.preflight().then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
  }

  /**
   * gh is logged in (exit 4 otherwise), which also proves it installed: one gh process (~0.05-0.15 s, sharing the
   * two cores with the collect). Only when the login check fails is `gh --version` asked, so that a missing or
   * broken gh (exit 3) is still reported before a failed login.
   */
  async preflight(): Promise<void> {
    try {
      await this.gh.authStatus();
    } catch (err) {
      await this.gh.version();
      throw err;
    }
  }

  /** One gist, with its files' content (cut at 1 MB); a 404 is GistNotFoundError. */
  async get(id: string): Promise<GistResponse> {
    const what = `Reading gist ${id}`;
    const gist = asGist(await this.gh.json<unknown>('GET', `gists/${id}`, what).catch(notFound(id)));
    if (!gist) throw new UserError(`${what} failed: GitHub's answer is not a gist`);
    // Another gist's answer is judged as no one's (hostile 60: a dotfiles gist deleted for its neighbour's manifest).
    if (gist.id.toLowerCase() !== id.toLowerCase())
      throw new UserError(
        `${what} failed: GitHub answered with another gist (${terminalSafe(gist.id)}); nothing was changed.`,
      );
    return gist;
  }

  /**
   * The user's gists, newest first, a page of up to 100 at a time: one request per page, following `Link: rel="next"`;
   * a gist a shifted page repeats is given once.
   */
  async *pages(): AsyncGenerator<GistResponse[]> {
    const seen = new Set<string>();
    // A gist made or deleted while the pages are read shifts the rest: one may come again on the next page (hostile
    // 59: listed twice, deleted twice, the second a 404). Each gist is given once.
    const given = new Set<string>();
    const unseen = (g: GistResponse | null): g is GistResponse => {
      if (g === null || given.has(g.id)) return false;
      given.add(g.id);
      return true;
    };
    let cap = MAX_PAGES;
    for (let next: string | null = 'gists?per_page=100'; next !== null;) {
      if (seen.size === MAX_PAGES && cap === MAX_PAGES && !seen.has(next)) cap = await this.countedPages();
      if (seen.has(next) || seen.size >= cap)
        throw new UserError(
          `Listing your gists failed: GitHub's pages do not end (page ${seen.size + 1} is ${seen.has(next) ? 'one already read' : `past ${cap}`}).`,
        );
      seen.add(next);
      const r = await this.gh.api('GET', next, 'Listing your gists');
      const page = parseAnswer(r.body, 'Listing your gists', []);
      if (!Array.isArray(page))
        throw new UserError("Listing your gists failed: GitHub's answer is not a list of gists");
      // Entries that are not gists are dropped; the rest have every field in its type.
      yield page.map(asGist).filter(unseen);
      next = nextPage(r.headers.link);
    }
  }

  /** The pages of 100 the user's gists fill by GitHub's count (`public_gists`, `private_gists`); MAX_PAGES at least. */
  private async countedPages(): Promise<number> {
    let user: { public_gists?: unknown; private_gists?: unknown };
    try {
      user = JSON.parse((await this.gh.api('GET', 'user', 'Counting your gists')).body) as typeof user;
    } catch (err) {
      if (err instanceof CancelledError) throw err;
      return MAX_PAGES;
    }
    const n = (v: unknown): number => (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : 0);
    const pages = Math.ceil((n(user?.public_gists) + n(user?.private_gists)) / 100) + 1;
    return Math.min(MAX_COUNTED_PAGES, Math.max(MAX_PAGES, pages));
  }

  /** The newest 100 gists (where a gist created moments ago is). */
  async firstPage(): Promise<GistResponse[]> {
    for await (const page of this.pages()) return page;
    return [];
  }

  /** Writes the files a create carries into a private temporary directory (always removed by dispose). */
  async stage(files: readonly GistFile[]): Promise<StagedFiles> {
    const { dir, untrack } = await newTempDir('massgen-share-gist-');
    const dispose = async (): Promise<void> => {
      await rm(dir, { recursive: true, force: true });
      untrack();
    };
    try {
      // Each file is read back (checked; redacted again only if the collect kept nothing of it: core/content/reuse.ts)
      // and written: 16 at a time, not one awaited call after another.
      await eachUntilFailure(files.length, 16, async (i) => {
        const f = files[i]!;
        const data = await readBytes(f);
        const file = path.join(dir, f.name);
        if (data.length <= SYNC_WRITE) writeFileSync(file, data, { mode: 0o600 });
        else await writeFile(file, data, { mode: 0o600 });
      });
    } catch (err) {
      await dispose();
      throw err;
    }
    return { dir, names: files.map((f) => f.name), dispose };
  }

  /**
   * `gh gist create -d DESC [--public] -- FILES...` (as the Viewer's users expect); gh prints the URL alone on stdout.
   */
  async create(staged: StagedFiles, description: string, isPublic: boolean): Promise<{ id: string; url: string }> {
    const what = 'Creating the gist';
    const r = await this.gh.command(
      ['gist', 'create', '-d', description, ...(isPublic ? ['--public'] : []), '--', ...staged.names],
      what,
      staged.dir,
    );
    const lines = r.stdout.trim().split('\n');
    const url = lines.pop() ?? '';
    if (r.exitCode !== 0 || !/^https?:\/\//.test(url)) throw this.gh.failure(r.stderr, what, 'gh gist create failed');
    const id = url.replace(/\/+$/, '').split('/').pop()!;
    // gh prints the new gist's URL alone: one line, no `.` or `..` segment (`…/gist/<id>/../../user` named another
    // page's last segment; a URL holding a line break, a second URL: hostile 60).
    if (!isGistId(id) || lines.some((l) => /^https?:\/\//.test(l)) || !isGistUrl(url))
      throw new UserError(`Creating the gist failed: gh printed "${terminalSafe(url)}", not a gist URL.`);
    return { id, url };
  }

  /** Sets a gist's description and/or files (a file set to null is removed). */
  async patch(
    id: string,
    change: { description?: string; files?: Record<string, { content: string } | null> },
    what: string,
  ): Promise<void> {
    const r = await this.gh.api('PATCH', `gists/${id}`, what, JSON.stringify(change));
    const missing = unstored(change.files ?? {}, r.body);
    if (missing !== null) throw new GhApiError(what, r.status, missing);
  }

  /** Writes the batches (each one request, read into memory only when sent), from batch `from` on. */
  async patchBatches(
    id: string,
    batches: readonly (readonly GistFile[])[],
    from: number,
    opts: BatchOptions,
  ): Promise<void> {
    for (let i = from; i < batches.length; i++) {
      if (opts.signal?.aborted) throw new CancelledError();
      const files: Record<string, { content: string }> = {};
      for (const f of batches[i]!) files[f.name] = { content: await readText(f) };
      const last = i === batches.length - 1 && opts.finalDescription !== undefined;
      await this.patch(
        id,
        last ? { description: opts.finalDescription, files } : { files },
        opts.what(i, batches.length),
      );
      opts.onBatch?.(
        i + 1,
        batches.length,
        batches[i]!.length,
        batches[i]!.reduce((n, f) => n + f.bytes, 0),
      );
    }
  }

  /** Removes files from a gist, BATCH_FILES names a request. */
  async removeFiles(id: string, names: readonly string[]): Promise<void> {
    for (let i = 0; i < names.length; i += BATCH_FILES) {
      const files = Object.fromEntries(names.slice(i, i + BATCH_FILES).map((n) => [n, null]));
      await this.patch(id, { files }, 'Removing files that no longer exist');
    }
  }

  /** Deletes a gist (`gh api -X DELETE gists/ID`, on gh 2.23 and current gh); a 404 is GistNotFoundError. */
  async delete(id: string, what = `Deleting gist ${id}`): Promise<void> {
    await this.gh.api('DELETE', `gists/${id}`, what).catch(notFound(id));
  }

  /** Deletes a gist, best effort: true when it is gone. */
  tryDelete(id: string, what: string): Promise<boolean> {
    return this.delete(id, what).then(
      () => true,
      () => false,
    );
  }

  /**
   * A file's full text from its raw URL (the API cuts `content` at 1 MB; gh passes raw bytes through unchanged);
   * `maxBytes`: gh is stopped once the file passes it (GhOutputTooLargeError), so it is never held whole (or once the
   * files sharing the budget pass it together: its bytes include gh's headers, GH_HEADER_ROOM each); `gistId`:
   * the gist the file must belong to.
   */
  async raw(url: string, what: string, maxBytes?: number | ByteBudget, gistId?: string): Promise<string> {
    const checked = checkRawUrl(url, this.gh.host, gistId);
    if ('problem' in checked)
      throw new UserError(`${what}: the gist ${checked.problem}; it was not fetched and nothing was written.`);
    const most = typeof maxBytes === 'number' ? maxBytes + GH_HEADER_ROOM : maxBytes;
    return (await this.gh.api('GET', checked.href, what, undefined, most)).body;
  }
}
