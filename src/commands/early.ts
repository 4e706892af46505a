import { retryNote, slowNote } from './context.js';
import type { SharedGist } from './shares-pull-source.js';
import type { SharesPullOptions } from './shares-pull-write.js';

/**
 * Work a command starts before the CLI's parser loads. The parser and the command table (yargs, in the bin's main
 * chunk) take 20-40 ms to load and run on every command; `massgen shares pull <ref>` spends that waiting for nothing,
 * since its first act is a download (one gh process, 50-60 ms). Started here, from the bin's entry, the download runs
 * while the parser loads, and the pull takes it over (takeEarlyRead) once yargs has dispatched to it.
 *
 * Only a plain invocation qualifies: `shares pull` and a ref that is no flag, with no help or version flag anywhere.
 * The pull takes the read only for the same gist id and the same environment, and links its abort signal to it;
 * a read nobody took (a bad flag, a usage error before the read) is stopped when the run ends (stopEarly). The read
 * is the one the pull makes itself (SharedGist.read): its failures are the pull's, reported when the pull takes it.
 */
interface EarlyRead {
  id: string;
  env: NodeJS.ProcessEnv;
  controller: AbortController;
  reading: Promise<SharedGist>;
}

let pending: EarlyRead | undefined;

const HELP_OR_VERSION = new Set(['--help', '-h', '--version']);

/** The ref of `shares pull <ref> ...` when the arguments are a plain pull, else undefined. */
export function plainPullRef(args: readonly string[]): string | undefined {
  if (args[0] !== 'shares' || args[1] !== 'pull') return undefined;
  const ref = args[2];
  if (ref === undefined || ref.startsWith('-') || args.some((a) => HELP_OR_VERSION.has(a))) return undefined;
  return ref;
}

/** A value yargs would read otherwise than as the string typed: a number, or a boolean a flag before it takes. */
const parserReads = (arg: string): boolean =>
  arg === 'true' || arg === 'false' || (arg.trim() !== '' && !Number.isNaN(Number(arg)));

/**
 * The options of a plain `shares pull <ref> [dir] [--json] [--tool-files] [--max-size SIZE]`, when every argument is
 * one the parser (yargs) reads exactly so, else undefined: the bin then runs the pull without loading the parser
 * (20-40 ms of every run). Anything else (another flag or spelling, a flag twice, a third positional, a value yargs
 * would read as a number or a boolean) goes through the parser, with its checks and messages.
 */
export function directPull(args: readonly string[]): SharesPullOptions | undefined {
  const ref = plainPullRef(args);
  if (ref === undefined || parserReads(ref)) return undefined;
  const opts: SharesPullOptions = { ref, json: false, toolFiles: false };
  const seen = new Set<string>();
  for (let i = 3; i < args.length; i++) {
    const arg = args[i]!;
    const flag = arg.startsWith('--max-size=') ? '--max-size' : arg;
    if (parserReads(arg) || seen.has(flag)) return undefined;
    seen.add(flag);
    if (arg === '--json') opts.json = true;
    else if (arg === '--tool-files') opts.toolFiles = true;
    else if (flag === '--max-size') {
      const value = arg === flag ? args[++i] : arg.slice(flag.length + 1);
      if (value === undefined || value === '' || value.startsWith('-') || parserReads(value)) return undefined;
      opts.maxSize = value;
    } else if (!arg.startsWith('-') && opts.dir === undefined) opts.dir = arg;
    else return undefined;
  }
  return opts;
}

/** Starts what the command named by `args` can start before the parser loads (resolves once it has started). */
export async function startEarly(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  const ref = plainPullRef(args);
  if (ref === undefined) return;
  const [{ parseGistRef }, { SharedGist }] = await Promise.all([
    import('../core/gist-ref.js'),
    import('./shares-pull-source.js'),
  ]);
  let id: string;
  try {
    id = parseGistRef(ref);
  } catch {
    return; // The pull reports it, as it always did.
  }
  const controller = new AbortController();
  const notes = { onRetry: retryNote(process.stderr), onSlow: slowNote(process.stderr) };
  const reading = SharedGist.read({ env, signal: controller.signal, ...notes }, id);
  // Handled here: a read nobody takes may fail unobserved.
  reading.catch(() => {});
  pending = { id, env, controller, reading };
}

/**
 * The read started early for gist `id` with this environment, now the caller's (aborted with `signal`), or undefined.
 */
export function takeEarlyRead(
  id: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Promise<SharedGist> | undefined {
  const early = pending;
  if (!early || early.id !== id || early.env !== env) return undefined;
  pending = undefined;
  if (signal?.aborted) early.controller.abort();
  else signal?.addEventListener('abort', () => early.controller.abort(), { once: true });
  return early.reading;
}

/** Stops a read nobody took (its gh process is ended); the run is over. */
export function stopEarly(): void {
  pending?.controller.abort();
  pending = undefined;
}
