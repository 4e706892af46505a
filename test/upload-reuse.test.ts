/**
 * Writing an export (the upload, `--output`) reuses what the collect's measurement kept of each
 * text file (src/core/content/kept.ts, reuse.ts) instead of redacting the file a second time, and
 * loses none of the guarantees of the second pass: a file measured before a value was learned is
 * measured again; a file that changed after it was measured goes out as measured when its output was held (nothing
 * is read again), and is refused when it must be read again (nothing held: past the memory budget).
 */
import assert from 'node:assert/strict';
import { readdir, readFile, utimes, writeFile, appendFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { prepareGistFiles, type GistFile } from '../src/adapters/gist-files.js';
import { extractZip } from '../src/adapters/unzip.js';
import type { Prompter } from '../src/adapters/prompt.js';
import { createPrompter } from '../src/adapters/prompt.js';
import type { CommandContext } from '../src/commands/context.js';
import { collect } from '../src/core/collect.js';
import { exportContent, type TextFilterFactory } from '../src/core/content.js';
import { nameJudge } from '../src/core/name-judge.js';
import type { ExportLimits } from '../src/core/plan.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { main } from '../src/main.js';
import { runCli, tempDir } from './helpers/env.js';
import { fakeSecrets, rng, type FakeSecret } from './helpers/fake-secrets.js';
import { oneAgentAttempt, writeTree, type Tree } from './helpers/session-builder.js';
import { fakeGitHubForSuite, ghEnv } from './helpers/share-env.js';

const SESSION = 'log_20260301_090000_000001';
const LIMITS: ExportLimits = {
  maxFiles: 300,
  maxFileSize: 10 * 1024 * 1024,
  maxTotalSize: 100 * 1024 * 1024,
  workspaceLimit: 100 * 1024 * 1024,
  includeWorkspace: true,
};

/** A password made at test time (no literal committed), with a `/` that JSON escapes as `\/`. */
function password(seed: number): string {
  const r = rng(seed);
  const word = (n: number): string =>
    Array.from({ length: n }, () => 'abcdefghijkmnopqrstuvwxyz'[Math.floor(r() * 25)]).join('');
  return `${word(6)}/${word(7)}/${word(5)}${Math.floor(r() * 90 + 10)}`;
}

/** A project whose one session's workspace holds `workspace`; returns the project dir and the session root. */
async function project(workspace: Tree): Promise<{ cwd: string; root: string }> {
  const cwd = path.join(await tempDir('mgs-reuse-'), 'proj');
  const root = path.join(cwd, '.massgen', 'massgen_logs', SESSION);
  const tree = oneAgentAttempt({ question: 'reuse', sessionName: SESSION, workspace: () => workspace });
  await writeTree(path.join(root, 'turn_1', 'attempt_1'), tree);
  return { cwd, root };
}

/**
 * `notes.json` holds the password JSON-escaped (`a\/b`), under a name that is not secret, so
 * nothing finds it there until the value is known; `setup.md` teaches it (`password: a/b`).
 * Config-like files are measured first, so notes.json is measured before the value is learned,
 * and no search of its bytes would see the escaped form: it is measured again all the same.
 */
const learnedLater = (value: string): Tree => ({
  'notes.json': `{"note": "${value.replaceAll('/', '\\/')}", "n": 1}\n`,
  'setup.md': `Log in with password: ${value} and nothing else.\n`,
});

/** The planted secrets a provider shape finds (nothing is learned from them: no later value to wait for). */
function shapeFound(seed: number): FakeSecret[] {
  return fakeSecrets(seed).filter((p) => {
    const r = new Redactor({ learn: true });
    r.active(true);
    r.redactString(p.context);
    return r.version() === 0;
  });
}

async function bytesOf(f: GistFile): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of f.data()) chunks.push(c);
  return Buffer.concat(chunks);
}

/** The overflow archive's members (path to text), from the prepared gist files' base64 parts. */
async function archiveMembers(files: readonly GistFile[]): Promise<Map<string, string>> {
  const parts = files.filter((f) => /^_archive/.test(f.name));
  const zip = Buffer.concat(
    await Promise.all(parts.map(async (f) => Buffer.from((await bytesOf(f)).toString('latin1'), 'base64'))),
  );
  const dir = await tempDir('mgs-reuse-zip-');
  const names = await extractZip(zip, dir);
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')] as const)));
}

/** Collects a session as the CLI does (a learning redactor), the filter counted; then prepares its gist files. */
async function collectAndPrepare(
  root: string,
  opts: { keep: boolean; budget?: number; maxFiles?: number; between?: () => Promise<void> },
) {
  const redactor = new Redactor({ learn: true });
  const redacted: string[] = [];
  const filter: TextFilterFactory = (f) => {
    redacted.push(f.rel);
    return redactor.filter(f);
  };
  const content = exportContent({
    filter,
    scanBinary: (c) => redactor.scanBinary(c),
    reuse: opts.keep ? { version: () => redactor.version(), budget: opts.budget } : undefined,
  });
  const redactString = (s: string): string => redactor.redactString(s);
  const plan = await collect({
    session: { root, id: SESSION },
    limits: { ...LIMITS, maxFiles: opts.maxFiles ?? LIMITS.maxFiles },
    content,
    names: nameJudge(redactor),
    redactString,
    learning: redactor,
  });
  const measured = redacted.splice(0);
  await opts.between?.();
  const prepared = await prepareGistFiles(plan, {
    content,
    redactString,
    exporter: { name: 't', version: '0' },
    createdAt: new Date('2026-11-25T08:00:00Z'),
  });
  return { plan, prepared, redacted, measured, redactor };
}

/** The session's own files among the gist files (not the manifest, not the archive), by name. */
const ownFiles = (files: readonly GistFile[]): GistFile[] =>
  files.filter((f) => f.name !== '_session_manifest.json' && !/^_archive/.test(f.name));

describe('writing reuses what the collect kept', () => {
  /** Collects `root` twice, with kept outputs and without (every file redacted again, as before), and compares. */
  async function bothWays(root: string) {
    const reused = await collectAndPrepare(root, { keep: true });
    const again = await collectAndPrepare(root, { keep: false });
    try {
      const got = await Promise.all(reused.prepared.files.map(bytesOf));
      const want = await Promise.all(again.prepared.files.map(bytesOf));
      assert.ok(again.redacted.length > 5, 'without kept outputs every text file is redacted again (as before)');
      const names = reused.prepared.files.map((f) => f.name);
      assert.deepEqual(
        names,
        again.prepared.files.map((f) => f.name),
      );
      for (let i = 0; i < names.length; i++)
        assert.ok(got[i]!.equals(want[i]!), `${names[i]} is byte for byte the same`);
      return { reused, text: got.map((b) => b.toString('utf8')).join('\n') };
    } finally {
      await reused.prepared.dispose();
      await again.prepared.dispose();
    }
  }

  it('redacts no text file a second time, and writes exactly what redacting again writes', async () => {
    const planted = shapeFound(31);
    const big = 'log line without anything secret in it\n'.repeat(40_000);
    const { root } = await project({
      'plain.txt': 'nothing to redact here\n',
      'keys.log': planted.map((p) => p.context).join('\n'),
      // Over 1 MiB: measured as a stream; one with a secret (its redacted output kept in pieces).
      'big.log': big,
      'big-secret.log': `${big}${planted[0]!.context}\n${big}`,
    });
    const { reused, text } = await bothWays(root);
    assert.equal(reused.redactor.version(), 0, 'no value was learned: every measurement may be reused');
    assert.deepEqual(reused.redacted, [], 'no file was redacted again when written');
    assert.ok(reused.measured.length > 5, `every file measured once (${reused.measured.length})`);
    for (const p of planted) assert.ok(!text.includes(p.value), `${p.family} does not go out`);
  });

  it('a value learned during the collect: the files measured before it are measured again, the output is the same', async () => {
    const value = password(3);
    const { root } = await project({
      // Measured first (config-like), with the value in it: measured again once it is learned.
      'config.json': `{"note": "${value}"}\n`,
      'setup.md': `Log in with password: ${value} and nothing else.\n`,
      'after.txt': 'measured once the value is known\n',
    });
    const { reused, text } = await bothWays(root);
    assert.ok(reused.redactor.since(0).includes(value), 'the value was learned from setup.md');
    assert.ok(!text.includes(value), 'the value does not go out');
    // The files measured before the value was learned are measured again during the collect: what was kept of them
    // holds the value's redactions, and no file is redacted a second time when written.
    assert.deepEqual(reused.redacted, [], 'no file is redacted again when written');
  });

  it('a value learned during the collect: a file measured before it that holds its reversed form or a piece is redacted again', async () => {
    // A random-looking value: its reversed form, rot13 and 12-character pieces are replaced too (known-variants.ts).
    const r = rng(41);
    const value = Array.from({ length: 28 }, (_, i) =>
      i % 5 === 0
        ? String(Math.floor(r() * 10))
        : 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ'[Math.floor(r() * 48)],
    ).join('');
    const reversed = [...value].reverse().join('');
    const { root } = await project({
      // Measured first (config-like), with the value's forms but not the value: measured again once it is learned.
      'config.json': `{"note": "${reversed}", "part": "${value.slice(0, 14)}"}\n`,
      'setup.md': `Log in with password: ${value} and nothing else.\n`,
    });
    const { reused, text } = await bothWays(root);
    assert.ok(reused.redactor.since(0).includes(value), 'the value was learned from setup.md');
    for (const form of [value, reversed, value.slice(0, 14)]) assert.ok(!text.includes(form), `${form} goes out`);
  });

  it('a value learned during the collect: a file measured before it whose redactions it changes is measured again', async () => {
    // The key's 10-character pieces in a JSON list are redacted as a shape when measured (config-like, first), then
    // as the value learned from the Python file's 12-character pieces: the export must write what it measured, not
    // stop with "changed while it was being exported" on a session nobody touched.
    const r = rng(7);
    const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const key = `sk-ant-api03-${Array.from({ length: 93 }, () => alnum[Math.floor(r() * alnum.length)]).join('')}AA`;
    const pieces = (n: number) =>
      Array.from({ length: Math.ceil(key.length / n) }, (_, i) => key.slice(i * n, i * n + n));
    const { root } = await project({
      'pieces.json': `${JSON.stringify({ anthropic_api_key_parts: pieces(10) }, null, 1)}\n`,
      'keys_split.py': `ANTHROPIC_API_KEY = (\n${pieces(12)
        .map((p) => `    ${JSON.stringify(p)}\n`)
        .join('')})\n`,
    });
    const { text } = await bothWays(root);
    for (const p of pieces(10).filter((p) => p.length === 10)) assert.ok(!text.includes(p), `${p} goes out`);
  });

  it('measures again a file measured before a value was learned, even where its bytes do not show it', async () => {
    const value = password(7);
    const { root } = await project({ ...learnedLater(value), 'other.txt': 'unrelated\n' });
    const r = await collectAndPrepare(root, { keep: true });
    try {
      assert.ok(r.redactor.since(0).includes(value), 'the value was learned from setup.md');
      const notes = r.prepared.files.filter((f) => f.name.endsWith('notes.json'));
      assert.equal(notes.length, 2, "the answer step's workspace and the final one");
      // Measured without the value, then measured again with it (no search of its bytes sees the escaped form): it
      // is written as measured the second time, the value's escaped form redacted.
      const escaped = value.replaceAll('/', '\\/');
      for (const f of notes) assert.ok(!(await bytesOf(f)).toString('utf8').includes(escaped), `${f.name}: escaped`);
      assert.deepEqual(r.redacted, [], 'no file is redacted again when written');
      for (const f of ownFiles(r.prepared.files).filter((f) => !notes.includes(f)))
        assert.ok(!(await bytesOf(f)).toString('utf8').includes(value), `${f.name} does not hold the value`);
    } finally {
      await r.prepared.dispose();
    }
  });

  it('an archived file changed after the collect goes out as measured (held), or is refused (not held)', async () => {
    const planted = shapeFound(59);
    const workspace: Tree = { 'keys.log': planted.map((p) => p.context).join('\n') };
    for (let i = 0; i < 20; i++) workspace[`src/m${i}.ts`] = `export const m${i} = ${i};\n`;
    const { root } = await project(workspace);
    const ws = path.join(root, 'turn_1', 'attempt_1', 'final', 'agent_a', 'workspace');
    const changes = [
      ['src/m7.ts', 'export const m7 = 8;\n'],
      ['keys.log', 'nothing secret any more\n'],
    ] as const;
    // Nothing held (no budget): each file is read again when the archive is built, and a changed one refused.
    for (const [file, change] of changes) {
      const r = collectAndPrepare(root, {
        keep: true,
        budget: 0,
        maxFiles: 4,
        between: () => writeFile(path.join(ws, file), change),
      });
      await assert.rejects(r, new RegExp(`workspace/${file.replace('.', '\\.')} changed while it was being exported`));
      await writeFile(path.join(ws, file), workspace[file] as string);
    }
    // Held: nothing is read again; what goes out is what was measured (and redacted), not the change.
    for (const [file, change] of changes) {
      const r = await collectAndPrepare(root, {
        keep: true,
        maxFiles: 4,
        between: () => writeFile(path.join(ws, file), change),
      });
      try {
        assert.ok(r.plan.accounting.archived > 20, `most files archived (${r.plan.accounting.archived})`);
        assert.deepEqual(r.redacted, []);
        const members = await archiveMembers(r.prepared.files);
        const member = members.get(`turn_1/attempt_1/final/agent_a/workspace/${file}`);
        assert.ok(member !== undefined, `${file} is in the archive`);
        assert.ok(!member.includes(change), `${file} goes out as measured`);
        if (file === 'keys.log') {
          assert.match(member, /\[REDACTED/);
          for (const p of planted) assert.ok(!member.includes(p.value), 'no planted secret goes out');
        } else assert.equal(member, workspace[file]);
      } finally {
        await r.prepared.dispose();
      }
      await writeFile(path.join(ws, file), workspace[file] as string);
    }
  });

  it('over the memory budget, a redacted output is not kept: that file is redacted again, the rest are not', async () => {
    const planted = shapeFound(41);
    const { root } = await project({
      'plain.txt': 'nothing to redact here\n',
      'keys.log': planted
        .map((p) => p.context)
        .join('\n')
        .repeat(20),
    });
    const r = await collectAndPrepare(root, { keep: true, budget: 16 * 1024 });
    try {
      for (const f of r.prepared.files) await bytesOf(f);
      assert.ok(r.redacted.length > 0 && r.redacted.every((rel) => rel.endsWith('keys.log')), r.redacted.join(', '));
    } finally {
      await r.prepared.dispose();
    }
  });
});

describe('export through the real gh: kept outputs lose no guarantee of the second pass', () => {
  const fake = fakeGitHubForSuite();
  const gistText = (): string =>
    [...fake.gists.values()].flatMap((g) => [...g.files.values()].map((f) => f.content)).join('\n');

  it('a value learned after a file was measured never goes out in that file (upload and --output)', async () => {
    const value = password(11);
    const escaped = value.replaceAll('/', '\\/');
    const { cwd } = await project(learnedLater(value));
    const env = await ghEnv(fake);
    const up = await runCli(['export', '--yes', '--json'], { cwd, env });
    assert.ok(!gistText().includes(value) && !gistText().includes(escaped), 'no gist holds the value');
    if (up.code === 0) assert.match(gistText(), /"note": "\[REDACTED:/);
    else {
      assert.equal(up.code, 1, up.stderr);
      assert.equal(fake.gists.size, 0, 'a refused export uploads nothing');
    }
    const out = path.join(await tempDir(), 'out');
    const local = await runCli(['export', '--output', out], { cwd, env });
    if (local.code === 0) {
      for (const name of await readdir(out)) {
        const text = await readFile(path.join(out, name), 'utf8');
        assert.ok(!text.includes(value) && !text.includes(escaped), `${name} does not hold the value`);
      }
    } else assert.equal(local.code, 1, local.stderr);
  });

  /** `export` run in this process, interactive, `change` run at the last question (after the collect). */
  async function exportChanging(cwd: string, change: () => Promise<void>) {
    let stderr = '';
    const real = createPrompter(new Writable({ write: (_c, _e, cb) => cb() }));
    const prompter: Prompter = {
      ...real,
      confirm: async () => {
        await change();
        return true;
      },
    };
    const env = await ghEnv(fake);
    const ctx: CommandContext = {
      cwd,
      env,
      home: env.HOME,
      stdout: { write: () => true },
      stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
      now: () => new Date('2026-11-25T08:00:00Z'),
      interactive: true,
      prompter,
    };
    const code = await main(['export'], ctx);
    return { code, stderr };
  }

  for (const [what, file, change] of [
    ['a file redaction left as it was, changed', 'plain.txt', (f: string) => appendFile(f, 'one more line\n')],
    ['a file whose redacted output was kept, changed', 'keys.log', (f: string) => appendFile(f, 'one more line\n')],
    [
      'a file rewritten to the same size and modification time',
      'plain.txt',
      async (f: string) => {
        const st = await stat(f);
        await writeFile(f, 'NOTHING to redact here\n');
        await utimes(f, st.atime, st.mtime);
      },
    ],
  ] as const) {
    it(`${what} after the collect goes out as it was measured (nothing is read again)`, async () => {
      const planted = shapeFound(53);
      const { cwd, root } = await project({
        'plain.txt': 'nothing to redact here\n',
        'keys.log': planted.map((p) => p.context).join('\n'),
      });
      const abs = path.join(root, 'turn_1', 'attempt_1', 'final', 'agent_a', 'workspace', file);
      await stat(abs);
      fake.gists.clear();
      const r = await exportChanging(cwd, () => change(abs));
      assert.equal(r.code, 0, r.stderr);
      const text = gistText();
      assert.ok(text.includes('nothing to redact here'), 'plain.txt as measured');
      assert.ok(!text.includes('one more line') && !text.includes('NOTHING to redact'), 'the change does not go out');
      for (const p of planted) assert.ok(!text.includes(p.value), 'no planted secret goes out');
    });
  }
});
