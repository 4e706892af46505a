/**
 * Compression bombs in a workspace (attack 12): a 51 KB zip of one 50 MB member and a zip of zips ran `export` for
 * minutes at gigabytes of memory, in one synchronous scan that SIGTERM could not stop. A carrier whose parts decode to
 * far more than its own size is withheld unscanned, with its reason, before any of it is scanned; an ordinary carrier
 * is still opened and scanned.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { oneAgentAttempt, type Tree, under, writeTree } from './helpers/session-builder.js';
import { randomStrings } from './helpers/fake-secrets.js';
import { buildZip } from './helpers/zip.js';

const MB = 1024 * 1024;
// From a seed (REDACT_SEED replays another), not from the run: a test's values are the same in every run.
const seed = Number(process.env.REDACT_SEED ?? 20261202);
const secret = `ghp_${randomStrings(seed)('alnum', 36)}`;

/** One member of `n` MB of one letter. */
const flat = (n: number, letter = 'A'): Buffer => buildZip([{ name: 'a.txt', data: Buffer.alloc(n * MB, letter) }]);
/** Ten zips of ten members of 2 MB each, zipped again (200 MB from a few KB). */
const nested = (): Buffer =>
  buildZip(
    Array.from({ length: 10 }, (_, i) => ({
      name: `inner${i}.zip`,
      data: buildZip(Array.from({ length: 10 }, (_, j) => ({ name: `${j}.txt`, data: Buffer.alloc(2 * MB, 'B') }))),
    })),
  );

describe(`compression bombs in a workspace (REDACT_SEED=${seed})`, () => {
  let cwd: string;
  const bombs = { 'flat.zip': flat(50), 'nested.zip': nested(), 'zeros.txt.gz': gzipSync(Buffer.alloc(60 * MB, 'A')) };
  // Repetitive, compressing well, but no bomb: a log that repeats itself, with a key in it.
  const log = Buffer.from(`${'INFO step done\n'.repeat(20000)}token ${secret}\n${'INFO step done\n'.repeat(20000)}`);
  const ordinary = { 'run.log.zip': buildZip([{ name: 'run.log', data: log }]) };
  before(async () => {
    cwd = path.join(await tempDir(), 'project');
    const extra: Tree = {};
    for (const [name, buf] of Object.entries({ ...bombs, ...ordinary })) extra[`workspace/${name}`] = buf;
    const tree = oneAgentAttempt({ question: 'Zip it', sessionName: 'log_20261202_100000_000001', extra });
    await writeTree(
      path.join(cwd, '.massgen', 'massgen_logs', 'log_20261202_100000_000001'),
      under('turn_1/attempt_1', tree),
    );
  });

  it('are withheld as bombs within seconds; a repetitive carrier holding a key is still opened', async () => {
    assert.ok(Object.values(bombs).every((b) => b.length < 200 * 1024));
    const started = Date.now();
    const r = await runCli(['export', '--dry-run', '--json'], { cwd, env: { HOME: cwd }, timeoutMs: 90_000 });
    assert.equal(r.code, 0, `${r.stderr} (after ${Date.now() - started} ms)`);
    const doc = onlyJson(r.stdout);
    const leftOut = new Map<string, string>(
      doc.left_out.map((l: { path: string; reason: string }) => [path.basename(l.path), l.reason]),
    );
    for (const name of Object.keys(bombs)) assert.match(leftOut.get(name) ?? 'not left out', /compression bomb/, name);
    assert.match(leftOut.get('run.log.zip') ?? 'not left out', /zip file holding a secret/);
  });
});
