/**
 * Exports a one-agent session whose workspace holds `files` (workspace-export.ts writes it) three ways through the
 * real CLI (a folder with `--json`, a zip with `--json` read back with the real `unzip -l` and `unzip -p`,
 * `--dry-run --json -v`) and returns every text that left the machine or was printed: file names, file contents, the
 * zip's listing and members, stdout, stderr.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CLI, runCli, tempDir } from './env.js';
import type { Content } from './session-builder.js';
import { workspaceSession } from './workspace-export.js';

export interface PathsExport {
  /** Everything that went out or was printed, one text per file, listing or stream. */
  texts: string[];
  /** The folder export: gist file name → text. */
  written: Map<string, string>;
  /** The overflow archive's members (their path in the archive → text), read back with the real `unzip`. */
  archived: Map<string, string>;
  /** The folder export's plan paths and left-out paths (session-relative). */
  shared: string[];
  leftOut: string[];
}

async function run(
  cli: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<[number | null, string, string]> {
  const res = await runCli(args, { cli, cwd, env, timeoutMs: 300_000 });
  return [res.code, res.stdout, res.stderr];
}

export async function exportPaths(
  files: Record<string, Content>,
  opts: { tag: string; env?: NodeJS.ProcessEnv; cli?: string },
): Promise<PathsExport> {
  const cli = opts.cli ?? CLI;
  const { base, root } = await workspaceSession(files, { tag: opts.tag, question: 'write the files' });
  const env = { HOME: base, ...opts.env };
  const limits = ['--workspace-limit', '50MB'];
  const outs = await tempDir(`mgs-${opts.tag}-out-`);
  const dir = path.join(outs, 'o');
  const zip = path.join(outs, 'o.zip');
  const [c1, o1, e1] = await run(cli, ['export', root, '--output', dir, '--json', ...limits], base, env);
  assert.equal(c1, 0, e1);
  const [c2, o2, e2] = await run(cli, ['export', root, '--output', zip, '--json', ...limits], base, env);
  assert.equal(c2, 0, e2);
  const [c3, o3, e3] = await run(cli, ['export', root, '--dry-run', '--json', '-v', ...limits], base, env);
  assert.equal(c3, 0, e3);
  const [c4, o4, e4] = await run(cli, ['export', root, '--dry-run', '-v', ...limits], base, env);
  assert.equal(c4, 0, e4);
  const list = spawnSync('unzip', ['-l', zip], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const members = spawnSync('unzip', ['-p', zip], { encoding: 'latin1', maxBuffer: 1 << 28 });
  assert.equal(list.status, 0, list.stderr);
  const written = new Map<string, string>();
  for (const n of await readdir(dir)) written.set(n, await readFile(path.join(dir, n), 'utf8'));
  const parts = [...written.keys()].filter((n) => n.startsWith('_archive.zip.b64.part')).sort();
  const archived = new Map<string, string>();
  const texts: string[] = [];
  if (parts.length > 0) {
    const bin = path.join(outs, 'overflow.zip');
    await writeFile(bin, Buffer.from(parts.map((n) => written.get(n)!.replace(/\s+/g, '')).join(''), 'base64'));
    const overflow = spawnSync('unzip', ['-Z1', bin], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(overflow.status, 0, overflow.stderr);
    const into = path.join(outs, 'overflow');
    const x = spawnSync('unzip', ['-q', '-o', bin, '-d', into], { encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(x.status, 0, x.stderr);
    for (const m of overflow.stdout.split('\n').filter((l) => l !== '' && !l.endsWith('/')))
      archived.set(m, await readFile(path.join(into, m), 'utf8'));
    texts.push(overflow.stdout, ...archived.values());
  }
  const doc = JSON.parse(o1) as { plan: { files: { path: string }[] }; left_out?: { path: string }[] };
  return {
    texts: [
      ...written.keys(),
      ...written.values(),
      o1,
      e1,
      o2,
      e2,
      o3,
      e3,
      o4,
      e4,
      list.stdout,
      members.stdout,
      ...texts,
    ],
    written,
    archived,
    shared: doc.plan.files.map((f) => f.path),
    leftOut: (doc.left_out ?? []).map((l) => l.path),
  };
}
