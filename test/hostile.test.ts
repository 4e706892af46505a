import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  mkdirSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, it } from 'node:test';
import { prepareGistFiles } from '../src/adapters/gist-files.js';
import { writeOutput } from '../src/adapters/output.js';
import { resolveOutputTarget } from '../src/adapters/output-target.js';
import { collect } from '../src/core/collect.js';
import { exportContent } from '../src/core/content.js';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { asNobody, LIMITS, NOBODY_SKIP, onlyJson, runCli, tempDir } from './helpers/env.js';

const SESSION = 'log_20260401_120000_000001';

/** A small real session to make hostile; returns its root and the attempt directory. */
async function hostileSession() {
  const base = await tempDir('mgs-hostile-');
  const root = path.join(base, '.massgen', 'massgen_logs', SESSION);
  await writeTree(
    root,
    under(
      'turn_1/attempt_1',
      oneAgentAttempt({
        question: 'hostile',
        sessionName: SESSION,
        workspace: () => ({ 'index.html': '<h1>x</h1>\n' }),
      }),
    ),
  );
  const attempt = path.join(root, 'turn_1', 'attempt_1');
  const ws = path.join(attempt, 'final', 'agent_a', 'workspace');
  return { base, root, attempt, ws };
}

/** Runs a dry run with --json and returns the document (asserting exit 0 and a clean run). */
async function dry(
  cwd: string,
  extra: string[] = [],
  opts: { uid?: number; gid?: number; env?: NodeJS.ProcessEnv } = {},
) {
  const r = await runCli(['export', '--dry-run', '--json', ...extra], { cwd, timeoutMs: 120_000, ...opts });
  assert.equal(r.code, 0, r.stderr + r.stdout.slice(0, 500));
  const doc = onlyJson(r.stdout);
  const a = doc.plan.accounting;
  assert.equal(a.uploaded + a.archived + a.left_out, a.walked, 'the accounting adds up');
  return doc;
}
const reasonOf = (doc: Record<string, any>, suffix: string): string | undefined =>
  doc.left_out.find((l: any) => l.path.endsWith(suffix))?.reason;

describe('hostile trees end in a clear result, never a crash or a hang', () => {
  it('symlinks: loops, to outside, dangling, to directories in and out, to an ancestor', async () => {
    const s = await hostileSession();
    mkdirSync(path.join(s.ws, 'sub'));
    writeFileSync(path.join(s.ws, 'sub', 'f.txt'), 'inside\n');
    symlinkSync('loop-b', path.join(s.ws, 'loop-a'));
    symlinkSync('loop-a', path.join(s.ws, 'loop-b'));
    symlinkSync('self', path.join(s.ws, 'self'));
    symlinkSync('/etc', path.join(s.ws, 'etc-dir'));
    symlinkSync('/etc/hostname', path.join(s.ws, 'outside-file'));
    symlinkSync('nope/nothing', path.join(s.ws, 'dangling'));
    symlinkSync('sub', path.join(s.ws, 'dir-link'));
    symlinkSync('..', path.join(s.ws, 'sub', 'up'));
    const doc = await dry(s.base);
    assert.equal(reasonOf(doc, '/loop-a'), 'symlink loop');
    assert.equal(reasonOf(doc, '/self'), 'symlink loop');
    assert.equal(reasonOf(doc, '/etc-dir'), 'symlink to outside the session (not followed)');
    assert.equal(reasonOf(doc, '/outside-file'), 'symlink to outside the session (not followed)');
    assert.equal(reasonOf(doc, '/dangling'), 'dangling symlink');
    const links = doc.plan.links.map((l: any) => l.path.split('/').slice(-2).join('/'));
    assert.ok(links.includes('workspace/dir-link') && links.includes('sub/up'), links.join(' '));
    assert.ok(
      !doc.plan.files.some((f: any) => f.path.includes('/dir-link/') || f.path.includes('/up/')),
      'links are never followed',
    );
  });

  it('FIFOs, sockets and device files are skipped and never opened', async () => {
    const s = await hostileSession();
    execFileSync('mkfifo', [path.join(s.ws, 'pipe')]);
    const server = net.createServer();
    // A socket path is limited to ~107 bytes: bind it relative to its directory.
    const cwd = process.cwd();
    process.chdir(s.ws);
    try {
      await new Promise<void>((resolve, reject) => server.once('error', reject).listen('sock', resolve));
    } finally {
      process.chdir(cwd);
    }
    let device = true;
    try {
      execFileSync('mknod', [path.join(s.ws, 'null-dev'), 'c', '1', '3'], { stdio: 'ignore' });
    } catch {
      device = false; // mknod needs CAP_MKNOD; the FIFO and socket cases still run
    }
    try {
      const doc = await dry(s.base);
      assert.equal(reasonOf(doc, '/pipe'), 'FIFO (never read)');
      assert.equal(reasonOf(doc, '/sock'), 'socket (never read)');
      if (device) assert.equal(reasonOf(doc, '/null-dev'), 'device file (never read)');
      else console.log('# note: mknod is not permitted here; the device-file case was not exercised');
    } finally {
      server.close();
    }
  });

  it('a file that vanishes or changes size between listing and reading', async () => {
    const s = await hostileSession();
    const gone = path.join(s.ws, 'gone.txt');
    const grows = path.join(s.ws, 'grows.txt');
    writeFileSync(gone, 'here for now\n');
    writeFileSync(grows, 'short\n');
    const plan = await collect({
      session: { root: s.root, id: SESSION },
      limits: LIMITS,
      onEvent: (e) => {
        if (e.type === 'walked' && e.files > 0 && readdirSync(s.ws).includes('gone.txt')) {
          unlinkSync(gone);
          appendFileSync(grows, 'and now a good deal longer than it was when listed\n');
        }
      },
    });
    assert.equal(
      [...plan.leftOut].find((l) => l.path.endsWith('gone.txt'))!.reason,
      'vanished before it could be read',
    );
    const g = [...plan.files].find((f) => f.path.endsWith('grows.txt'))!;
    assert.equal(
      g.bytes,
      Buffer.byteLength('short\nand now a good deal longer than it was when listed\n'),
      'bytes are what was read, not what was listed',
    );
    // A change after planning is caught when writing: nothing is half-written.
    writeFileSync(grows, 'changed again before writing\n');
    const prepared = await prepareGistFiles(plan, {
      content: exportContent(),
      redactString: (x) => x,
      exporter: { name: 't', version: '0' },
      createdAt: new Date(),
    });
    const out = path.join(await tempDir(), 'out');
    await assert.rejects(
      writeOutput(resolveOutputTarget(out, process.cwd()), prepared.files, { force: false, date: new Date() }),
      /grows\.txt changed while it was being exported, so nothing was written/,
    );
    await prepared.dispose();
    assert.deepEqual(await readdir(path.dirname(out)), [], 'no partial output');
  });

  it('unreadable files and directories are skipped with a reason (run as a non-root user)', async (t) => {
    const s = await hostileSession();
    writeFileSync(path.join(s.ws, 'unreadable.txt'), 'no read permission\n');
    mkdirSync(path.join(s.ws, 'locked'));
    writeFileSync(path.join(s.ws, 'locked', 'inner.txt'), 'inside a locked dir\n');
    // Root reads everything: run the CLI as `nobody` over a tree it may traverse.
    const as = await asNobody(s.base);
    if (as === 'unreadable') {
      t.skip(NOBODY_SKIP);
      return;
    }
    chmodSync(path.join(s.ws, 'unreadable.txt'), 0o000);
    chmodSync(path.join(s.ws, 'locked'), 0o000);
    try {
      const doc = await dry(s.base, [], as ?? {});
      assert.match(reasonOf(doc, '/unreadable.txt')!, /could not be read \(EACCES\)/);
      assert.match(reasonOf(doc, '/locked/')!, /directory could not be read \(EACCES\)/);
      if (as) t.diagnostic('ran as root: the CLI was run as the user nobody for this case');
    } finally {
      chmodSync(path.join(s.ws, 'locked'), 0o755);
    }
  });

  it('names: not UTF-8, newlines, 255 bytes, very deep paths, case-only differences, __ and ..', async () => {
    const s = await hostileSession();
    writeFileSync(
      Buffer.concat([Buffer.from(`${s.ws}/bad-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]),
      'latin\n',
    );
    writeFileSync(path.join(s.ws, 'line\nbreak.txt'), 'newline in the name\n');
    writeFileSync(path.join(s.ws, `${'n'.repeat(251)}.txt`), 'a 255-byte name\n');
    writeFileSync(path.join(s.ws, 'Case.txt'), 'upper\n');
    writeFileSync(path.join(s.ws, 'case.txt'), 'lower\n');
    writeFileSync(path.join(s.ws, '..dots..txt'), 'dots\n');
    writeFileSync(path.join(s.ws, '__dunder__.py'), 'x = 1\n');
    // A path deeper than PATH_MAX (4096), built with relative steps.
    const cwd = process.cwd();
    try {
      process.chdir(s.ws);
      for (let i = 0; i < 45; i++) {
        mkdirSync(`d${String(i).padStart(2, '0')}${'x'.repeat(95)}`);
        process.chdir(`d${String(i).padStart(2, '0')}${'x'.repeat(95)}`);
      }
      writeFileSync('deep.txt', 'very deep\n');
    } finally {
      process.chdir(cwd);
    }
    const out = path.join(await tempDir(), 'out');
    const r = await runCli(['export', '--output', out, '--json', '--workspace-limit', '5MB'], {
      cwd: s.base,
      timeoutMs: 120_000,
    });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    assert.equal(reasonOf(doc, 'bad-??.txt'), 'name is not valid UTF-8 (a gist cannot name it)');
    const paths = doc.plan.files.map((f: any) => f.path);
    for (const name of [
      'line\nbreak.txt',
      `${'n'.repeat(251)}.txt`,
      'Case.txt',
      'case.txt',
      '..dots..txt',
      '__dunder__.py',
    ]) {
      assert.ok(
        paths.some((p: string) => p.endsWith(`/workspace/${name}`)),
        name,
      );
    }
    const names = await readdir(out);
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, names.length, 'unique even without case');
    assert.ok(names.every((n) => Buffer.byteLength(n) <= 255 && !n.includes('\n') && !n.includes('/')));
    const deep =
      doc.left_out.find((l: any) => /ENAMETOOLONG/.test(l.reason)) ??
      doc.plan.files.find((f: any) => f.path.endsWith('deep.txt'));
    assert.ok(deep, 'the deep path is either exported or left out with a reason');
    const manifest = JSON.parse(await readFile(path.join(out, '_session_manifest.json'), 'utf8'));
    for (const [name, entry] of Object.entries<any>(manifest.files))
      assert.ok(names.includes(name) && entry.path.startsWith('turn_1/'));
  });

  it('contents: a 2 GB file is never read, 100,000 tiny files in one directory (140,000 in the attempt), odd JSON', async () => {
    const s = await hostileSession();
    const huge = path.join(s.attempt, 'huge.log.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 2 * 1024 ** 3); // sparse: 2 GB long, no disk used
    const many = path.join(s.attempt, 'agent_a', 'many');
    mkdirSync(many);
    for (let i = 0; i < 100_000; i++) writeFileSync(path.join(many, `f${i}.txt`), `${i}\n`);
    // More entries in one attempt than a spread into push() can take (about 125,000 here).
    const more = path.join(s.attempt, 'agent_a', 'more');
    mkdirSync(more);
    for (let i = 0; i < 40_000; i++) writeFileSync(path.join(more, `g${i}.txt`), `${i}\n`);
    writeFileSync(path.join(s.attempt, 'status.json'), '{"finish_reason": "completed", "meta": {"quest');
    writeFileSync(path.join(s.attempt, 'metrics_summary.json'), '"just a string"');
    writeFileSync(path.join(s.attempt, 'coordination_events.json'), '');
    const started = Date.now();
    const doc = await dry(s.base);
    assert.ok(Date.now() - started < 100_000);
    assert.equal(reasonOf(doc, 'huge.log.txt'), 'over --max-total-size');
    assert.equal(
      doc.plan.accounting.walked,
      doc.plan.accounting.uploaded + doc.plan.accounting.archived + doc.plan.accounting.left_out,
    );
    assert.ok(doc.plan.accounting.walked > 140_000);
    assert.ok(doc.files <= 300);
    assert.ok(doc.warnings.some((w: string) => /status\.json is not valid JSON/.test(w)));
    assert.ok(doc.warnings.some((w: string) => /metrics_summary\.json is not a JSON object/.test(w)));
    assert.ok(doc.left_out.some((l: any) => l.path.endsWith('coordination_events.json') && /empty/.test(l.reason)));
  });

  it('a huge status.json is a warning, not a crash', async () => {
    const s = await hostileSession();
    await writeFile(path.join(s.attempt, 'status.json'), `{"pad": "${'x'.repeat(65 * 1024 * 1024)}"}`);
    const doc = await dry(s.base, ['--max-file-size', '100MB', '--max-total-size', '200MB']);
    assert.ok(doc.warnings.some((w: string) => /status\.json is too large to read/.test(w)));
  });
});
