/**
 * Hostile 59. A YAML tag the library does not know (PyYAML's `!!python/str`) made it print a warning with the line it
 * read: a key and a terminal's escape codes on stderr, past the redaction. `shares pull ID DIR` into an empty DIR
 * replaced the directory (another inode, mode 0700). A gist a shifted page repeats was listed twice, deleted twice. A
 * read that trickles (a byte a second) was never idle: four tries of the full timeout, with no word. A nested session's
 * share record went into the outer session's tree. Invisible characters (U+034F, tag characters, variation selectors)
 * went out raw. Real gh 2.23 against the fake GitHub; real files.
 */
import assert from 'node:assert/strict';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { recordPath } from '../src/adapters/shares-record.js';
import { dotenvFiles } from '../src/commands/redaction-setup.js';
import { jsonTerminalSafe, terminalSafe } from '../src/ui/terminal-safe.js';
import { runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { seedShare } from './helpers/fake-share.js';
import { ghEnv } from './helpers/share-env.js';

const SESSION = 'log_20260131_101500_123459';

describe('hostile 59: a library warning, invisible names, a nested record', () => {
  it('a YAML tag the library does not know prints no line of the file (no key, no escape code)', async () => {
    const base = await tempDir('mgs-yaml59-');
    const key = 'sk-proj-Zq7vLm2Rk9Wx4Tn8Hc3Jp6Ys1Bd5Qe0Aa';
    const attempt = path.join(base, '.massgen', 'massgen_logs', SESSION, 'turn_1', 'attempt_1');
    mkdirSync(attempt, { recursive: true });
    const yaml = `query: "hello"\nconfig:\n  agents:\n  - id: a\n    backend:\n      api_key: !!python/str ${key} # \u001b]0;PWNED\u0007\n`;
    writeFileSync(path.join(attempt, 'execution_metadata.yaml'), yaml);
    for (const args of [
      ['logs', 'summary'],
      ['export', '--dry-run'],
    ]) {
      const r = await runCli(args, { cwd: base });
      assert.ok(!(r.stdout + r.stderr).includes(key.slice(0, 12)), `${args.join(' ')}: ${r.stderr}`);
      assert.ok(!(r.stdout + r.stderr).includes('\u001b]0;'), `${args.join(' ')}: ${r.stderr}`);
    }
  });

  it('characters that print as nothing are shown as escapes; an emoji keeps its selector and joiner', () => {
    for (const c of ['\u034f', '\ufe0f', '\u{e0041}', '\u00ad', '\u3164', '\u2800', '\u115f'])
      assert.ok(!terminalSafe(`style${c}.css`).includes(c), JSON.stringify(c));
    assert.equal(terminalSafe('\u2764\ufe0f \u{1f468}\u200d\u{1f469}'), '\u2764\ufe0f \u{1f468}\u200d\u{1f469}');
    assert.equal(jsonTerminalSafe(JSON.stringify('t\u{e0041}')), '"t\\udb40\\udc41"');
  });

  it("a session inside another session's tree keeps its share record in ~/.massgen", () => {
    const outer = path.join('/p', '.massgen', 'massgen_logs', 'log_20260131_101500_000001');
    const inner = path.join(outer, 'turn_1/attempt_1/final/agent_a/workspace/.massgen/massgen_logs');
    assert.equal(recordPath(inner, '/home/u'), path.join('/home/u', '.massgen', 'shares.json'));
    assert.equal(recordPath('/p/.massgen/massgen_logs', '/home/u'), '/p/.massgen/shares.json');
  });

  it('~/.massgen/configs/.env is read for known values', () => {
    const files = dotenvFiles('/w', { root: '/w/s', id: 's' }, '/home/u');
    assert.ok(files.includes(path.join('/home/u', '.massgen', 'configs', '.env')), files.join(' '));
  });
});

describe('hostile 59: pull, pages and reads', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await new FakeGitHub().start();
  });
  after(async () => {
    await fake.stop();
  });

  it('shares pull ID DIR fills an empty DIR in place: its inode and mode stay', async () => {
    const env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-pull59-tmp-') });
    const id = seedShare(fake, { files: { 'turn_1/attempt_1/answer.txt': 'hi\n', 'status.json': '{}\n' } });
    const dir = path.join(await tempDir('mgs-pull59-'), 'x');
    mkdirSync(dir, { mode: 0o755 });
    const before = statSync(dir);
    const r = await runCli(['shares', 'pull', id, '.'], { cwd: dir, env });
    assert.equal(r.code, 0, r.stderr);
    const now = statSync(dir);
    assert.equal(now.ino, before.ino);
    assert.equal(now.mode & 0o777, 0o755);
    assert.equal(statSync(path.join(dir, 'turn_1', 'attempt_1', 'answer.txt')).isFile(), true);
  });

  it('a gist a shifted page repeats is listed once', async () => {
    const env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-pages59-') });
    for (const g of [...fake.gists.keys()]) fake.gists.delete(g);
    for (let i = 0; i < 101; i++) fake.seed(`MassGen: q${i}`, { '_session_manifest.json': '{}' });
    const served = fake as unknown as { route(m: string, p: string, u: URL, b: string): { data: unknown[] } };
    const page = (n: number): unknown[] =>
      served.route('GET', '/gists', new URL(`http://api.github.localhost/gists?per_page=100&page=${n}`), '').data;
    // Page 2 as GitHub sends it after a gist was made meanwhile: page 1's last gist again, then the rest.
    fake.faults.push({ method: 'GET', path: /^\/gists$/, skip: 1, body: JSON.stringify([page(1)[99], ...page(2)]) });
    const r = await runCli(['shares', 'list', '--all', '--json'], { env });
    fake.faults.length = 0;
    assert.equal(r.code, 0, r.stderr);
    const ids = (JSON.parse(r.stdout) as { shares: { id: string }[] }).shares.map((s) => s.id);
    assert.equal(ids.length, 101);
    assert.equal(new Set(ids).size, 101);
  });

  it('a read that trickles in is stopped at the timeout, tried twice, and says it was too slow', async () => {
    const env = await ghEnv(fake, {
      MASSGEN_GH_TIMEOUT: '3',
      MASSGEN_GH_IDLE: '2',
      TMPDIR: await tempDir('mgs-tr59-'),
    });
    fake.faults.push({ method: 'GET', path: /^\/gists\//, trickleMs: 500, times: 10 });
    const started = Date.now();
    const r = await runCli(['shares', 'pull', 'dead0059dead0059', path.join(os.tmpdir(), 'never59')], {
      env,
      timeoutMs: 60_000,
    });
    fake.faults.length = 0;
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stderr, /GitHub answered too slowly \(\d+ bytes in 3 s, the request timeout; .*\); 2 tries/);
    assert.match(r.stderr, /Still waiting for GitHub: Reading gist dead0059dead0059/);
    assert.ok(Date.now() - started < 20_000, `took ${Date.now() - started} ms`);
  });
});
