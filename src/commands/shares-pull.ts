import { parseGistRef } from '../core/gist-ref.js';
import { parseSizeFlag } from '../core/sizes.js';
import { ghOptions, type CommandContext } from './context.js';
import { takeEarlyRead } from './early.js';
import { SharedGist } from './shares-pull-source.js';
import type { SharesPullOptions } from './shares-pull-write.js';

export type { SharesPullOptions } from './shares-pull-write.js';

/** What a pull writes at most unless --max-size says otherwise. */
export const DEFAULT_PULL_CAP = 4 * 1024 ** 3;

/**
 * `massgen shares pull <id|url> [DIR]`: downloads a share into a local log tree with the
 * original paths. The manifest is validated against its one schema before anything is written;
 * every file is checked against the manifest's size and sha256, and fetched whole from its raw
 * URL when the API's `content` is cut short or does not match (gh rewrites control characters
 * in JSON); the overflow archive is checked member by member against the manifest; links are
 * made last, only those that stay inside DIR. Everything goes into a staging directory beside
 * DIR, renamed into place at the end (removed on any failure), under a cap on the bytes written.
 *
 * The gist is read first, with one gh process (gh is checked, installed and logged in, only when
 * the read fails); the code that checks and writes (shares-pull-write.ts: the manifest's
 * validator, the safe tree, the zip reader, zlib) loads while gh runs. Run from the bin, the read has usually started
 * before the CLI's parser loaded (commands/early.ts): it is taken over here.
 */
export async function runSharesPull(opts: SharesPullOptions, ctx: CommandContext): Promise<number> {
  const id = parseGistRef(opts.ref);
  const cap = opts.maxSize === undefined ? DEFAULT_PULL_CAP : parseSizeFlag('max-size', opts.maxSize);
  const reading = takeEarlyRead(id, ctx.env, ctx.signal) ?? SharedGist.read(ghOptions(ctx), id);
  const writer = import('./shares-pull-write.js');
  // The read's failure is the one reported (the import does not fail).
  const share = await reading;
  return (await writer).pullShare(share, cap, opts, ctx);
}
