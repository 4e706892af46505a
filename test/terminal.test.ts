/**
 * Issue 14, the terminal (items 7–13): the CLI as a person meets it. The prompts are answered on
 * a real pseudo-terminal (helpers/pty.ts: the real CLI renders them and reads keys), the rest
 * through the real CLI in a child process with its own HOME and TMPDIR.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { cliEnv, copyFixture, FIXTURE_SESSIONS, REPO, runCli, tempDir } from './helpers/env.js';
import { KEYS, PTY_SKIP, runInPty } from './helpers/pty.js';
import { fakeGitHubForSuite, ghEnv, manyFilesProject } from './helpers/share-env.js';
import { writeTree } from './helpers/session-builder.js';

/** Any colour or style (SGR) sequence other than a reset: what NO_COLOR forbids. */
const SGR = /\u001b\[(?:[1-9]|[1-9]\d)m/;

describe('prompts on a real terminal', { skip: PTY_SKIP }, () => {
  const fake = fakeGitHubForSuite();

  it('item 9, 11, 8: the picker shows a count and scrolls, the answer is summarised, NO_COLOR holds, No exits 0', async () => {
    const s = await copyFixture('workspace-heavy');
    const r = await runInPty(['export', '--workspace-limit', '1KB'], {
      cwd: s.base,
      env: await ghEnv(fake, { NO_COLOR: '1' }),
      rows: 12,
      steps: [
        // The workspace over the limit (agent_b's, 30 files): Pick files (the fourth choice), accept what is checked.
        { when: /What should go out\?/, send: KEYS.down.repeat(3) + KEYS.enter },
        { when: /to upload.*enter to accept/s, send: KEYS.enter },
        { when: /Continue\?/, send: 'n' },
      ],
    });
    assert.equal(r.code, 0, r.text);
    // The whole choice is announced: how many there are, how many are checked, and that it scrolls.
    const hint = /\((\d+) of (\d+) checked; showing 1-(\d+) of (\d+), ↑↓ to scroll/.exec(r.text);
    assert.ok(hint, `a count and a scroll hint in the picker:\n${r.text}`);
    assert.equal(hint[2], hint[4]);
    assert.ok(Number(hint[3]) < Number(hint[4]), 'a 12-row terminal shows part of the list');
    // The answer: a count, then what is kept and dropped in short lines.
    const agent = /Files of (agent_\w+)'s workspace in turn 1 to upload [›…] \d+ of \d+ checked/.exec(r.text)?.[1];
    assert.ok(agent, r.text);
    assert.match(r.text, new RegExp(`${agent}, turn 1: keeping \\d+ of ${hint[2]} files \\([^)]+\\), dropping \\d+:`));
    // The prompt's echo and the summary (up to the report that follows): short lines, at most 3 of names.
    const after = r.text.slice(r.text.indexOf('✔ Files of')).split(/\r?\n/);
    const end = after.findIndex((l, i) => i > 0 && !/^(?:agent_\w+, turn \d+: | {4}\S)/.test(l));
    const lines = after.slice(0, end);
    assert.ok(lines.length >= 3 && lines.length <= 5, lines.join('\n'));
    for (const l of lines) assert.ok(l.length <= 110, `a line of ${l.length} characters: ${l}`);
    // NO_COLOR: the prompts (the library's theme) are not coloured either.
    assert.doesNotMatch(r.raw, SGR, 'no colour with NO_COLOR=1');
    // A deliberate no: a quiet line, exit 0, nothing uploaded.
    assert.match(r.text, /Nothing was uploaded\./);
    assert.doesNotMatch(r.text, /Error:|Cancelled/);
    assert.equal(fake.gists.size, 0);
  });

  it('item 11: without NO_COLOR the same terminal is coloured (the check above can fail)', async () => {
    const s = await copyFixture('single-turn-0.1.45');
    const r = await runInPty(['export'], {
      cwd: s.base,
      env: await ghEnv(fake, { NO_COLOR: '' }),
      steps: [{ when: /Continue\?/, send: 'n' }],
    });
    assert.equal(r.code, 0, r.text);
    assert.match(r.raw, SGR);
  });

  it('item 8: Ctrl-C at the question is still 130', async () => {
    const s = await copyFixture('single-turn-0.1.45');
    const r = await runInPty(['export'], {
      cwd: s.base,
      env: await ghEnv(fake),
      steps: [{ when: /Continue\?/, send: KEYS.ctrlC }],
    });
    assert.equal(r.code, 130, r.text);
    assert.equal(fake.gists.size, 0);
  });

  it('item 7: 150 small files are not "large": the question defaults to yes', async () => {
    const base = await manyFilesProject({ files: 150, prefix: 'mgs-large-' });
    const r = await runInPty(['export'], {
      cwd: base,
      env: await ghEnv(fake),
      steps: [{ when: /Continue\?/, send: 'n' }],
    });
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /Upload to a secret gist: \d+ files .*Continue\? › \(Y\/n\)/s);
    assert.doesNotMatch(r.text, /This export is large/);
  });

  it('item 7: over 25 MiB is large: size, requests and time, and "no" by default', async () => {
    // 24 workspace files of about 640 KiB each, in the final workspace and a snapshot: 28 MiB.
    const base = await manyFilesProject({ files: 24, repeat: 28_000, prefix: 'mgs-large-' });
    const r = await runInPty(['export', '--workspace-limit', '100MB'], {
      cwd: base,
      env: await ghEnv(fake),
      steps: [{ when: /Continue\?/, send: KEYS.enter }],
      timeoutMs: 120_000,
    });
    assert.equal(r.code, 0, r.text);
    assert.match(r.text, /This export is large: \d+(\.\d)? MiB in \d requests to GitHub, about \d+ s at 1 MiB\/s\./);
    assert.match(r.text, /Continue\? › \(y\/N\)/);
    assert.equal(fake.gists.size, 0, 'enter took the default: no');
  });
});

describe('the session around the current directory (item 10)', () => {
  /** The multi-turn fixture, and a newer session beside it (what "the newest" would take). */
  async function twoSessions() {
    const s = await copyFixture('multi-turn-restart');
    const newer = path.join(s.logsDir, 'log_20991231_235959_000001');
    await cp(s.session, newer, { recursive: true, verbatimSymlinks: true });
    return s;
  }

  it('from inside turn_1 (and deeper), export uses that session and says where it is', async () => {
    const s = await twoSessions();
    for (const cwd of [s.session, path.join(s.session, 'turn_1'), path.join(s.session, 'turn_1', 'attempt_1')]) {
      const r = await runCli(['export', '--dry-run'], { cwd });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, new RegExp(`Session: ${FIXTURE_SESSIONS['multi-turn-restart']}`), cwd);
      assert.match(r.stderr, new RegExp(`^Sharing session from: ${s.session}$`, 'm'));
    }
    // From the project, the newest session, as before; and said so.
    const top = await runCli(['export', '--dry-run'], { cwd: s.base });
    assert.match(top.stdout, /Session: log_20991231_235959_000001/);
    assert.match(top.stderr, new RegExp(`Sharing session from: ${path.join(s.logsDir, 'log_20991231_235959_000001')}`));
  });

  it('the ~/.massgen fallback says where the session came from', async () => {
    const home = await tempDir('mgs-home-');
    const s = await copyFixture('single-turn-0.1.45');
    const logs = path.join(home, '.massgen', 'massgen_logs');
    await mkdir(path.dirname(logs), { recursive: true });
    await rename(s.logsDir, logs);
    const elsewhere = await tempDir('mgs-cwd-');
    const r = await runCli(['export', '--dry-run'], { cwd: elsewhere, env: { HOME: home } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(
      r.stderr,
      new RegExp(`^Sharing session from: ${path.join(logs, FIXTURE_SESSIONS['single-turn-0.1.45'])}$`, 'm'),
    );
  });
});

describe('messages (item 12)', () => {
  const fake = fakeGitHubForSuite();
  const session = async () => copyFixture('single-turn-0.1.45');

  it('not logged in: the advice once', async () => {
    const s = await session();
    const r = await runCli(['export', '--yes'], { cwd: s.base, env: { GH_CONFIG_DIR: await tempDir('mgs-gh-') } });
    assert.equal(r.code, 4, r.stderr);
    assert.equal(r.stderr.match(/gh auth login/g)?.length, 1, r.stderr);
  });

  it('--turns "" and a bare --turns are usage errors in one line', async () => {
    const s = await session();
    for (const args of [['--turns', ''], ['--turns', '--dry-run'], ['-t']]) {
      const r = await runCli(['export', s.session, '--dry-run', ...args]);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /^Error: --turns needs a value: all, latest/);
      assert.equal(r.stderr.trim().split('\n').length, 1);
    }
  });

  it('a bad redact: pattern in .massgenignore names the file and the line', async () => {
    const s = await session();
    const file = path.join(s.session, '.massgenignore');
    await writeFile(file, '# patterns\n*.log\nredact: (\n');
    const r = await runCli(['export', s.session, '--dry-run']);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, new RegExp(`^Error: ${file}, line 3: Invalid redact: pattern "\\("`));
    assert.doesNotMatch(r.stderr, /--redact-extra/);
  });

  it('shares list --limit abc says what is wrong, without NaN', async () => {
    const r = await runCli(['shares', 'list', '--limit', 'abc']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--limit must be a whole number of at least 1, not "abc"/);
    assert.doesNotMatch(r.stderr, /NaN/);
  });

  it('massgen shares alone lists its subcommands', async () => {
    const r = await runCli(['shares']);
    assert.equal(r.code, 0, r.stderr);
    for (const sub of ['list', 'delete', 'pull']) assert.match(r.stdout, new RegExp(`massgen shares ${sub}`));
    assert.doesNotMatch(r.stdout + r.stderr, /Not enough non-option arguments/);
  });

  it('an unknown flag gets the nearest known one', async () => {
    const s = await session();
    const r = await runCli(['export', s.session, '--dryrun']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown option: --dryrun \(did you mean --dry-run\?\)/);
    const list = await runCli(['shares', 'list', '--limt=3']);
    assert.match(list.stderr, /did you mean --limit\?/);
  });

  it('counts agree in number: 1 text file', async () => {
    const cwd = await tempDir('mgs-one-');
    const root = path.join(cwd, '.massgen', 'massgen_logs', 'log_20260101_000000_000001');
    await writeTree(root, { 'turn_1/attempt_1/final/agent_a/answer.txt': 'The answer.\n' });
    const r = await runCli(['export', '--dry-run'], { cwd });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /no secrets found in 1 text file$/m);
  });

  it('the upload says Uploading N files (B bytes)... as MassGen does', async () => {
    const s = await session();
    const r = await runCli(['export', '--yes'], { cwd: s.base, env: await ghEnv(fake) });
    assert.equal(r.code, 0, r.stderr);
    const m = /^Uploading (\d+) files \((\d+) bytes\)\.\.\.$/m.exec(r.stderr);
    assert.ok(m, r.stderr);
    assert.equal(Number(m[1]), [...fake.gists.values()][0]!.files.size);
  });

  it('the dry run plan is on stdout (it pages with | less); --json keeps stdout one document', async () => {
    const s = await session();
    const r = await runCli(['export', s.session, '--dry-run']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Session: /m);
    assert.match(r.stdout, /^Would upload \d+ files/m);
    assert.doesNotMatch(r.stderr, /Would upload|Session:/);
    const json = await runCli(['export', s.session, '--dry-run', '--json']);
    assert.equal(JSON.parse(json.stdout).success, true);
    assert.equal(json.stderr, '');
  });
});

describe('README (item 13)', () => {
  it('the first lines say how to run massgen, and the first command works as written', async () => {
    const readme = await readFile(path.join(REPO, 'README.md'), 'utf8');
    const block = /```bash\n([\s\S]*?)```/.exec(readme)![1]!.trim().split('\n');
    assert.equal(block.length, 2);
    assert.match(block[1]!, /^npm test$/);
    const [install, run] = block[0]!.split(' && ');
    assert.equal(install, 'npm ci');
    assert.match(run!, /^npx massgen export /);
    const intro = readme.slice(0, readme.indexOf('## '));
    assert.match(intro, /npm link/);
    assert.match(intro, /npx massgen/);
    // npx installs this directory to run it, and that runs its `prepare` (a build): dist/ rewritten under the tests
    // that run beside this one (a module read half-written failed another test). The build is npm ci's, done already.
    const env = cliEnv({
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
      npm_config_ignore_scripts: 'true',
    });
    const r = spawnSync('sh', ['-c', run!], { cwd: REPO, env, encoding: 'utf8', timeout: 120_000 });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Would upload \d+ files/m);
  });
});
