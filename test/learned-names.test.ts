/**
 * Values the export learns (from a `.env` file, a label file, an assignment in another file) that also appear in a
 * file or folder name: no name that leaves the machine holds one (gist file names, archive members, `--output` paths,
 * the manifest, the printed listing), and the share still pulls back. Through the real CLI and the fake GitHub.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { fakeGitHubForSuite, ghEnv, manyFilesProject } from './helpers/share-env.js';

const WS = 'turn_1/attempt_1/final/agent_a/workspace';
/** Prefix-less values, each learned from another file than the one named after it. */
const ENV_VALUE = 'bOfofKWze6Rw6bxzSQgLrBNZVlLLhdNL';
const ENV_DIR_VALUE = 'Xq7TnB2vLp9sKd4mWc8rYh3jFg6tZa1e';
const ASSIGNED = 'Rk4wPz8nQd2sVm6tLx9cBh3yJf7gNa5u';
const LABEL_FILE = 'Hs5kVb9qWe3rTy7uIo1pAz4xCn8mLd2f';
const BIG_VALUE = 'Mn3bVc7xZl1kJh5gFd9sAp2oIu6yTr4e';
const LEARNED = [ENV_VALUE, ENV_DIR_VALUE, ASSIGNED, LABEL_FILE, BIG_VALUE];
/** Names that look like the learned ones and must go out under their real names. */
const KEPT = [
  'cache/3f2a9c1e-7b4d-4e8a-9f6c-2d1b0a9e8c7f.json',
  'cache/45c08474a1b2c3d4e5f60718293a4b5c6d7e8f9045c08474a1b2c3d4e5f60718.json',
  'results/claude-3-5-sonnet-20241022.json',
  'runs/run_20260301_100000/result.md',
  'blobs/big.txt',
];

function extra(): Record<string, string> {
  const big = `${'lorem ipsum dolor sit amet\n'.repeat(12_000)}`;
  const files: Record<string, string> = {
    '.env.local': `OTHER_KEY=${ENV_VALUE}\nRUN_TOKEN=${ENV_DIR_VALUE}\nBIG_SECRET=${BIG_VALUE}\n`,
    'config.py': `import os\nMISTRAL_API_KEY = "${ASSIGNED}"\n`,
    'api_key.txt': `${LABEL_FILE}\n`,
    [`cache/${ENV_VALUE}.json`]: '{"ok": true}\n',
    [`runs/${ENV_DIR_VALUE}/result.md`]: '# result\n',
    [`out/${ASSIGNED}.log`]: 'started\n',
    [`logs/${LABEL_FILE}.log`]: 'started\n',
    [`blobs/${BIG_VALUE}.txt`]: big,
  };
  for (const rel of KEPT) files[rel] = rel.endsWith('big.txt') ? big : `{"name": "${path.basename(rel)}"}\n`;
  return Object.fromEntries(Object.entries(files).map(([rel, c]) => [`${WS}/${rel}`, c]));
}

/** The 10-character windows of any learned value found in `text`. */
function windowsIn(text: string): string[] {
  const found: string[] = [];
  for (const v of LEARNED)
    for (let i = 0; i + 10 <= v.length; i++) if (text.includes(v.slice(i, i + 10))) found.push(v.slice(i, i + 10));
  return found;
}

/** Every path under `dir` (relative), recursively. */
async function pathsUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) out.push(path.relative(dir, path.join(e.parentPath, e.name)));
  return out.sort();
}

/** A zip's member names and their text. */
function zipListing(zip: string): string {
  return `${execFileSync('unzip', ['-Z1', zip], { encoding: 'utf8' })}\n${execFileSync('unzip', ['-p', zip]).toString('latin1')}`;
}

/** Writes the archive's base64 parts (gist files) out as one zip; null without an archive. */
async function archiveOf(files: Map<string, string>): Promise<string | null> {
  const parts = [...files.keys()].filter((n) => n.startsWith('_archive.zip.b64.part')).sort();
  if (parts.length === 0) return null;
  const zip = path.join(await tempDir('mgs-ln-zip-'), 'a.zip');
  await writeFile(zip, Buffer.concat(parts.map((p) => Buffer.from(files.get(p)!, 'base64'))));
  return zip;
}

const ARGS = ['--max-file-size', '100KB', '--workspace-limit', '100MB', '--json'];

describe('learned values in file and folder names', () => {
  const fake = fakeGitHubForSuite();

  it('a share names no file after a learned value, lists what it uploads, and pulls back', async () => {
    const cwd = await manyFilesProject({ files: 1, extra: extra(), prefix: 'mgs-ln-' });
    const env = await ghEnv(fake);
    const up = await runCli(['export', '--yes', ...ARGS], { cwd, env, timeoutMs: 120_000 });
    assert.equal(up.code, 0, up.stderr);
    assert.deepEqual(windowsIn(up.stdout + up.stderr), []);
    const gist = fake.gists.get(onlyJson(up.stdout).gist_id as string)!;
    const files = new Map([...gist.files].map(([name, f]) => [name, f.content]));
    const zip = await archiveOf(files);
    assert.ok(zip, 'the big files travel in the archive');
    assert.deepEqual(windowsIn([...files.keys()].join('\n')), [], 'gist file names');
    assert.deepEqual(windowsIn([...files.values()].join('\n')), [], 'gist files');
    assert.deepEqual(windowsIn(zipListing(zip)), [], 'archive members');
    const manifest = JSON.parse(files.get('_session_manifest.json')!) as {
      files: Record<string, { path: string }>;
      left_out?: unknown;
    };
    for (const name of Object.keys(manifest.files)) assert.ok(files.has(name), `manifest lists ${name}, not uploaded`);
    const listed = JSON.stringify(manifest);
    assert.match(listed, /cache\/\[REDACTED[^"]*\]\.json/, 'the file left out is listed, its name redacted');
    const dest = await tempDir('mgs-ln-pull-');
    const pulled = await runCli(['shares', 'pull', gist.id, 'out'], { cwd: dest, env, timeoutMs: 60_000 });
    assert.equal(pulled.code, 0, pulled.stderr);
    const tree = await pathsUnder(path.join(dest, 'out'));
    assert.deepEqual(windowsIn(tree.join('\n')), []);
    for (const rel of KEPT)
      assert.ok(
        tree.some((p) => p.endsWith(`workspace/${rel}`)),
        `${rel} pulled`,
      );
  });

  it('--output writes no path named after a learned value, and keeps the look-alikes', async () => {
    const cwd = await manyFilesProject({ files: 1, extra: extra(), prefix: 'mgs-ln-' });
    const out = path.join(await tempDir('mgs-ln-out-'), 'export');
    const r = await runCli(['export', '--output', out, ...ARGS], { cwd, timeoutMs: 120_000 });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(windowsIn(r.stdout + r.stderr), []);
    const written = await pathsUnder(out);
    assert.deepEqual(windowsIn(written.join('\n')), [], 'output paths');
    let text = '';
    for (const rel of written) {
      text += await readFile(path.join(out, rel), 'utf8');
      if (rel.endsWith('.zip')) text += zipListing(path.join(out, rel));
    }
    assert.deepEqual(windowsIn(text), [], 'output files and archive members');
    const flat = written.join('\n');
    for (const rel of KEPT) {
      const name = rel.split('/').join('__');
      assert.ok(flat.includes(name) || text.includes(`workspace/${rel}`), `${rel} kept under its name`);
    }
  });
});
