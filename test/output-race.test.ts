import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { GistFile } from '../src/adapters/gist-files.js';
import { writeOutput } from '../src/adapters/output.js';
import { resolveOutputTarget } from '../src/adapters/output-target.js';
import { tempDir } from './helpers/env.js';

/** Two gist files; the second, as it is written, runs `meanwhile` (another program writing at the target). */
function filesWith(meanwhile: () => Promise<void>): GistFile[] {
  const file = (name: string, before?: () => Promise<void>): GistFile => ({
    name,
    bytes: 6,
    data: async function* () {
      await before?.();
      yield Buffer.from(`${name}\n`);
    },
  });
  return [file('a.txt'), file('b.txt', meanwhile)];
}

const write = (out: string, force: boolean, meanwhile: () => Promise<void>): Promise<{ stale: string[] }> =>
  writeOutput(resolveOutputTarget(out, '/'), filesWith(meanwhile), { force, date: new Date() });

describe('--output: what comes to stand at the target while the export runs is never replaced (attack S3)', () => {
  it('a folder made there, with a file of the user in it, is kept; nothing is written', async () => {
    const base = await tempDir();
    const out = path.join(base, 'out');
    const mine = async () => {
      await mkdir(out);
      await writeFile(path.join(out, 'mine.txt'), 'precious\n');
    };
    await assert.rejects(write(out, false, mine), /^UserError: --output \S+ appeared while the export ran .* --force/);
    assert.deepEqual(await readdir(out), ['mine.txt']);
    assert.equal(await readFile(path.join(out, 'mine.txt'), 'utf8'), 'precious\n');
    assert.deepEqual(await readdir(base), ['out'], 'no staging left beside it');
  });

  it('a file made at a .zip target is kept; nothing is written', async () => {
    const base = await tempDir();
    const out = path.join(base, 'share.zip');
    await assert.rejects(
      write(out, false, () => writeFile(out, 'precious\n')),
      /appeared while the export ran/,
    );
    assert.equal(await readFile(out, 'utf8'), 'precious\n');
    assert.deepEqual(await readdir(base), ['share.zip']);
  });

  it('with --force, a folder that is no export, made there meanwhile, is still refused', async () => {
    const base = await tempDir();
    const out = path.join(base, 'out');
    const mine = async () => {
      await mkdir(out);
      await writeFile(path.join(out, 'mine.txt'), 'precious\n');
    };
    await assert.rejects(write(out, true, mine), /is a folder that is not a previous export/);
    assert.deepEqual(await readdir(out), ['mine.txt']);
    assert.deepEqual(await readdir(base), ['out']);
  });

  it('an empty folder made there, or nothing, takes the output as before', async () => {
    const base = await tempDir();
    await write(path.join(base, 'out'), false, () => mkdir(path.join(base, 'out')));
    assert.deepEqual((await readdir(path.join(base, 'out'))).sort(), ['a.txt', 'b.txt']);
    await write(path.join(base, 'x.zip'), false, async () => undefined);
    assert.deepEqual((await readdir(base)).sort(), ['out', 'x.zip']);
  });
});
