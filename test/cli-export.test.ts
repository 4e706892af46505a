import { checkOutputTarget, resolveOutputTarget } from '../src/adapters/output-target.js';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { lstat, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  cliEnv,
  CLI,
  FIXTURE_SESSIONS,
  FIXTURES,
  hashTree,
  onlyJson,
  runCli,
  sessionOf,
  tempDir,
  type Scenario,
} from './helpers/env.js';
import { oneAgentAttempt, type Tree, under, writeTree } from './helpers/session-builder.js';

const exec = promisify(execFile);
const scenarios = Object.keys(FIXTURE_SESSIONS) as Scenario[];

describe('massgen export on every fixture', () => {
  for (const scenario of scenarios) {
    it(`${scenario}: --dry-run, --json, --output zip and dir, session untouched`, async () => {
      const session = sessionOf(scenario);
      const before = await hashTree(session);
      const out = await tempDir();

      const dry = await runCli(['export', session, '--dry-run']);
      assert.equal(dry.code, 0, dry.stderr);
      // The plan is the dry run's result (stdout, pageable); messages stay on stderr.
      assert.match(dry.stdout, new RegExp(`Session: ${FIXTURE_SESSIONS[scenario]}`));
      assert.match(dry.stdout, /^Turns: \d+/m);
      assert.match(dry.stderr, /Collecting files\.\.\./);
      assert.doesNotMatch(dry.stdout, /Collecting files/);
      assert.match(dry.stdout, /Would upload \d+ files \(/);

      const json = await runCli(['export', session, '--dry-run', '--json']);
      assert.equal(json.code, 0, json.stderr);
      assert.equal(json.stderr, '', '--json keeps stderr quiet');
      const doc = onlyJson(json.stdout);
      assert.equal(doc.success, true);
      assert.equal(doc.manifest.session_id, FIXTURE_SESSIONS[scenario]);
      assert.ok(doc.files <= 300);

      const zip = path.join(out, 'share.zip');
      const z = await runCli(['export', session, '--output', zip, '--json']);
      assert.equal(z.code, 0, z.stderr);
      const zdoc = onlyJson(z.stdout);
      const { stdout: test } = await exec('unzip', ['-t', zip]);
      assert.match(test, /No errors detected/);
      const { stdout: listing } = await exec('unzip', ['-Z1', zip]);
      const names = listing.trim().split('\n').sort();
      assert.equal(names.length, zdoc.files);
      assert.ok(names.includes('_session_manifest.json'));

      const dir = path.join(out, 'share');
      const d = await runCli(['export', session, '--output', dir]);
      assert.equal(d.code, 0, d.stderr);
      assert.deepEqual((await readdir(dir)).sort(), names, 'the zip and the directory hold exactly the same files');
      const manifest = JSON.parse(await readFile(path.join(dir, '_session_manifest.json'), 'utf8'));
      for (const [name, entry] of Object.entries<any>(manifest.files)) {
        const content = await readFile(path.join(dir, name));
        const restored = entry.encoding === 'base64' ? Buffer.from(content.toString('latin1'), 'base64') : content;
        assert.equal(restored.length, entry.bytes, name);
        const { createHash } = await import('node:crypto');
        assert.equal(createHash('sha256').update(restored).digest('hex'), entry.sha256, name);
        assert.ok(content.length > 0 && /\S/.test(content.toString('utf8')), `${name} is not blank`);
      }
      assert.equal(await hashTree(session), before, 'the session directory is never modified');
    });
  }
});

describe('massgen export behaviour', () => {
  it('finds the newest session from the current directory with no argument', async () => {
    const r = await runCli(['export', '--dry-run'], { cwd: path.join(FIXTURES, 'error-session') });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Session: log_20260202_120000_000002/);
    assert.match(r.stdout, /✗ Turn 1 \(attempt 1\/1\) \[error\]: Summarise the quarterly report/);
  });
  it("reports the error in the manifest (agent error objects, not the first agent's null)", async () => {
    const r = await runCli(['export', sessionOf('error-session'), '--dry-run', '--json']);
    const doc = onlyJson(r.stdout);
    assert.equal(doc.manifest.status, 'error');
    assert.deepEqual(doc.manifest.error, {
      type: 'timeout',
      message: 'Agent timed out after 300s',
      timestamp: 1770033680,
      agent_id: 'agent_b',
    });
  });
  it('exports one attempt when given its directory', async () => {
    const r = await runCli([
      'export',
      path.join(sessionOf('multi-turn-restart'), 'turn_3', 'attempt_9'),
      '--dry-run',
      '--json',
    ]);
    const doc = onlyJson(r.stdout);
    assert.deepEqual(
      doc.turns.map((t: any) => [t.turn_number, t.attempt_number, t.status]),
      [[3, 9, 'restarted']],
    );
    assert.ok(doc.plan.files.every((f: any) => f.path.startsWith('turn_3/attempt_9/')));
  });
  it('usage errors exit 2 with one line naming the problem', async () => {
    for (const [args, pattern] of [
      [['--turns', '7'], /Invalid --turns "7": .*the session has 3 turns \(1-3\)/],
      [['--turns', 'abc'], /Invalid --turns "abc"/],
      [['--workspace-limit', 'lots'], /Invalid size for --workspace-limit: "lots"/],
      [['--attempts', 'some'], /Invalid values/],
      [['--frobnicate'], /Unknown option: --frobnicate/],
    ] as const) {
      const r = await runCli(['export', sessionOf('multi-turn-restart'), '--dry-run', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, pattern);
      assert.equal(
        r.stderr
          .trim()
          .split('\n')
          .filter((l) => l.startsWith('Error')).length,
        1,
      );
      assert.doesNotMatch(r.stderr, /at .*\.js:\d+/, 'no stack trace');
    }
  });
  it('--dry-run with --output is a usage error, and nothing is written (it used to ignore --output)', async () => {
    const out = await tempDir();
    for (const target of ['x.zip', 'dir']) {
      const r = await runCli([
        'export',
        sessionOf('multi-turn-restart'),
        '--dry-run',
        '--output',
        path.join(out, target),
      ]);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /--dry-run writes nothing, so it cannot be combined with --output/);
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    }
    assert.deepEqual(await readdir(out), []);
  });
  it('an empty --output is a usage error, never an upload (`--output "$DEST"` with DEST unset: attack S2)', async () => {
    for (const empty of ['', '  ']) {
      const r = await runCli(['export', sessionOf('multi-turn-restart'), '--output', empty, '--yes'], {
        env: { PATH: '/nonexistent' },
      });
      assert.equal(r.code, 2, r.stderr);
      assert.match(
        r.stderr,
        /^Error: --output needs a path \(a \.zip file or a folder\); to upload to a gist, drop --output\. \(see --help\)$/m,
      );
      assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
    }
  });
  it('a --max-total-size under 1KB and a bad --update are usage errors before the session is read', async () => {
    const cases: [string[], RegExp][] = [
      [['--max-total-size', '0', '--dry-run'], /^Error: --max-total-size must be at least 1KB/],
      [['--update', 'zz', '--yes'], /^Error: "zz" is not a gist id or URL/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['export', '/nonexistent/log_20260131_101500_123456', ...args], {
        env: { PATH: '/nonexistent' },
      });
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, message);
    }
  });
  it('a missing session exits 1 with one line; --json still prints one JSON document', async () => {
    const r = await runCli([
      'export',
      'log_19990101_000000',
      '--dry-run',
      '--json',
      '--logs-dir',
      path.join(FIXTURES, 'error-session', '.massgen', 'massgen_logs'),
    ]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^Error: Session not found: "log_19990101_000000"/);
    assert.deepEqual(Object.keys(onlyJson(r.stdout)), ['success', 'error', 'exit_code']);
  });
  it('refuses a non-empty --output unless --force, and never writes inside the session', async () => {
    const out = await tempDir();
    const target = path.join(out, 'existing');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'mine');
    const refused = await runCli(['export', sessionOf('flat-single-run'), '--output', target]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /already exists and is not empty\. Pass --force/);
    assert.deepEqual(await readdir(target), ['keep.txt']);
    // --force replaces a previous export only: a folder of the user's is refused whole, never deleted (attack F4).
    const notOurs = await runCli(['export', sessionOf('flat-single-run'), '--output', target, '--force']);
    assert.equal(notOurs.code, 1);
    assert.match(notOurs.stderr, /^Error: --output \S+ is a folder that is not a previous export .*Remove it yourself/);
    assert.equal(notOurs.stderr.trim().split('\n').length, 1);
    assert.deepEqual(await readdir(target), ['keep.txt']);
    await rm(path.join(target, 'keep.txt'));
    const first = await runCli(['export', sessionOf('flat-single-run'), '--output', target]);
    assert.equal(first.code, 0, first.stderr);
    // R2: a manifest beside files it does not list (the user's, dropped into the folder) is no export: refused whole.
    await writeFile(path.join(target, 'notes.txt'), 'mine');
    const mixed = await runCli(['export', sessionOf('flat-single-run'), '--output', target, '--force']);
    assert.equal(mixed.code, 1);
    assert.match(mixed.stderr, /^Error: --output \S+ is a folder that is not a previous export \("notes\.txt", which/);
    assert.equal(mixed.stderr.trim().split('\n').length, 1, mixed.stderr);
    assert.ok((await readdir(target)).includes('notes.txt'), 'nothing deleted');
    await rm(path.join(target, 'notes.txt'));
    const forced = await runCli(['export', sessionOf('flat-single-run'), '--output', target, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok((await readdir(target)).includes('_session_manifest.json'));
    // A planted manifest that is not JSON, or lists nothing, makes no folder an export either.
    await writeFile(path.join(target, '_session_manifest.json'), 'not json');
    const planted = await runCli(['export', sessionOf('flat-single-run'), '--output', target, '--force']);
    assert.equal(planted.code, 1);
    assert.match(planted.stderr, /is a folder that is not a previous export \(no readable _session_manifest\.json/);
    const inside = await runCli([
      'export',
      sessionOf('flat-single-run'),
      '--output',
      path.join(sessionOf('flat-single-run'), 'x.zip'),
    ]);
    assert.equal(inside.code, 1);
    assert.match(inside.stderr, /inside the session directory/);
    assert.deepEqual((await readdir(out)).sort(), ['existing'], 'no partial output left behind');
  });
  it('names a symbolic link at --output as one: a dangling zip link is replaced only with --force, a folder never', async () => {
    const out = await tempDir();
    const zip = path.join(out, 'share.zip');
    await symlink(path.join(out, 'elsewhere', 'real.zip'), zip);
    const refused = await runCli(['export', sessionOf('flat-single-run'), '--output', zip]);
    assert.equal(refused.code, 1);
    assert.match(
      refused.stderr,
      /^Error: --output \S+ is a symbolic link \(to \S+real\.zip\): pass --force to replace/,
    );
    const forced = await runCli(['export', sessionOf('flat-single-run'), '--output', zip, '--force']);
    assert.equal(forced.code, 0, forced.stderr);
    assert.ok((await lstat(zip)).isFile(), 'the link itself was replaced by the zip');
    assert.deepEqual((await readdir(out)).sort(), ['share.zip'], 'nothing written where the link pointed');
    const mine = path.join(out, 'mine');
    await mkdir(mine);
    await writeFile(path.join(mine, 'keep.txt'), 'mine');
    await symlink(mine, path.join(out, 'folder'));
    const folder = await runCli([
      'export',
      sessionOf('flat-single-run'),
      '--output',
      path.join(out, 'folder'),
      '--force',
    ]);
    assert.equal(folder.code, 1);
    assert.match(folder.stderr, /^Error: --output \S+ is a symbolic link \(to \S+mine\): choose another path\.$/m);
    assert.deepEqual(await readdir(mine), ['keep.txt']);
  });
  it('refuses / as --output, --force or not: it contains the session (checked alone, never run: it would delete /)', async () => {
    const root = resolveOutputTarget('/', '/');
    await assert.rejects(
      checkOutputTarget(root, sessionOf('flat-single-run'), true),
      /--output \/ contains the session/,
    );
  });
  it('--verbose lists every file with its size and fate', async () => {
    const r = await runCli(['export', sessionOf('workspace-heavy'), '--dry-run', '--verbose']);
    assert.match(r.stdout, /upload +\S+ \S+ +turn_1__attempt_1__status\.json/);
    assert.match(r.stdout, /archive +10 B +turn_1\/attempt_1\/final\/agent_b\/workspace\/data\/sample\.bin/);
    assert.match(r.stdout, /left out +directory +turn_1\/attempt_1\/final\/agent_b\/workspace\/node_modules\//);
  });
  it('without --dry-run or --output it uploads, which without a terminal needs --yes', async () => {
    const r = await runCli(['export', sessionOf('flat-single-run')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /pass --yes to upload with the defaults, or use --dry-run/);
  });
});

describe('a reader that goes away', () => {
  it('--json | head: the run ends quietly with 141, no stack trace', async () => {
    // A document far larger than a pipe holds (64 KB), so the export is still writing when its reader leaves.
    const root = path.join(await tempDir(), '.massgen', 'massgen_logs', 'log_20260501_100000_000009');
    const many: Tree = {};
    for (let i = 0; i < 3000; i++) many[`agent_outputs/notes/n${i}.txt`] = `note ${i}\n`;
    await writeTree(
      root,
      under(
        'turn_1/attempt_1',
        oneAgentAttempt({
          question: 'q',
          sessionName: path.basename(root),
          extra: many,
        }),
      ),
    );
    const child = spawn(CLI, ['export', root, '--dry-run', '--json'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: cliEnv(),
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code] = await once(child, 'close');
    assert.equal(code, 141);
    assert.equal(stderr, '', 'nothing on stderr: no error, no stack trace');
  });
});
