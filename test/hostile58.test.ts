/**
 * Hostile 58: a read GitHub stops answering held `shares pull` (and `shares list`) until the request timeout, tried
 * four times: minutes with no word. A read now stops after MASSGEN_GH_IDLE seconds with nothing (15 by default), is
 * tried once more, and ends in one line naming what stalled. And the keys of `~/.massgen/.env` and `./configs/.env`
 * (files MassGen's CLI loads) are known values: a log that echoed them went out verbatim. Real gh 2.23 against the fake
 * GitHub; a real zip read back by `unzip`.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { pullShare } from './helpers/fake-share.js';
import { ghEnv } from './helpers/share-env.js';

const SESSION = 'log_20260131_101500_123458';

describe('hostile 58: a stalled read ends in one line', () => {
  let fake: FakeGitHub;
  before(async () => {
    fake = await new FakeGitHub().start();
  });
  after(async () => {
    await fake.stop();
  });

  for (const cmd of ['pull', 'list'] as const) {
    it(`shares ${cmd}: GitHub answers nothing, the read stops after MASSGEN_GH_IDLE and is tried twice`, async () => {
      const env = await ghEnv(fake, { MASSGEN_GH_IDLE: '1', TMPDIR: await tempDir('mgs-stall58-') });
      fake.faults.push({ method: 'GET', path: /^\/gists/, hang: true, times: 100 });
      const started = Date.now();
      const r =
        cmd === 'pull'
          ? await pullShare(env, 'dead0001dead0001', [], { timeoutMs: 30_000 })
          : await runCli(['shares', 'list'], { env, timeoutMs: 30_000 });
      const took = Date.now() - started;
      fake.faults.length = 0;
      assert.equal(r.code, 1, r.stderr);
      assert.match(
        r.stderr,
        /GitHub stopped answering \(nothing for 1 s; MASSGEN_GH_IDLE=SECONDS waits longer\); 2 tries/,
      );
      assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
      assert.ok(took < 20_000, `took ${took} ms`);
      if ('dest' in r) assert.equal(existsSync(r.dest as string), false);
    });
  }

  it("a token with the gist scope alone lists and deletes (gh's `auth status` wants repo and read:org too)", async () => {
    const env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-scope58-') });
    fake.scopes = 'gist';
    try {
      const id = fake.seed('MassGen: q', { 'a.txt': 'x\n' }).id;
      const list = await runCli(['shares', 'list', '--all', '--json'], { env });
      assert.equal(list.code, 0, list.stderr);
      const del = await runCli(['shares', 'delete', id, '--yes', '--force'], { env });
      assert.equal(del.code, 0, del.stderr);
      assert.equal(fake.gists.has(id), false);
    } finally {
      fake.scopes = 'gist, read:org, repo';
    }
  });

  it("an upload waiting for GitHub's answer says so on stderr", async () => {
    const base = await tempDir('mgs-slow58-');
    const root = path.join(base, '.massgen', 'massgen_logs', SESSION);
    await writeTree(root, under('turn_1/attempt_1', oneAgentAttempt({ question: 'slow', sessionName: SESSION })));
    const env = await ghEnv(fake, { MASSGEN_GH_TIMEOUT: '8', TMPDIR: await tempDir('mgs-slow58-tmp-') });
    fake.faults.push({ method: 'POST', path: /^\/gists$/, delayMs: 3000 });
    const r = await runCli(['export', '--yes', '--json'], { cwd: base, env });
    fake.faults.length = 0;
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Still waiting for GitHub: Creating the gist \(2 s; the request timeout is 8 s\)\./);
  });

  it('a bad MASSGEN_GH_IDLE is a usage error naming it', async () => {
    const env = await ghEnv(fake, { MASSGEN_GH_IDLE: 'soon' });
    const r = await runCli(['shares', 'list'], { env });
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /MASSGEN_GH_IDLE=soon is not a time/);
  });
});

describe("hostile 58: keys of MassGen's other .env files are known values", () => {
  it('~/.massgen/.env and ./configs/.env values are redacted where a log echoed them', async () => {
    const base = await tempDir('mgs-env58-');
    const home = await tempDir('mgs-env58-home-');
    const keys = [
      'Tb4RqW8zLm2Xc9Vn5Kp7Hd3Jf6Gs1Ay0',
      'Wr8EpT3kQz6Lm1Xc9Vn5Bh2Jd7Fg4Sa0',
      'Qm7ZxK2pL9wR4tV8nC3bH6jD1fG5sA0e',
    ];
    mkdirSync(path.join(home, '.massgen'));
    writeFileSync(path.join(home, '.massgen', '.env'), `CUSTOM_BACKEND_API_KEY=${keys[0]}\n`);
    mkdirSync(path.join(base, 'configs'));
    writeFileSync(path.join(base, 'configs', '.env'), `CUSTOM_LLM_API_KEY=${keys[1]}\n`);
    writeFileSync(path.join(base, '.env'), `OTHER_BACKEND_API_KEY=${keys[2]}\n`);
    const root = path.join(base, '.massgen', 'massgen_logs', SESSION);
    const echo = keys.map((k, i) => `backend ${i} using ${k}\n`).join('');
    await writeTree(
      root,
      under(
        'turn_1/attempt_1',
        oneAgentAttempt({ question: 'env', sessionName: SESSION, workspace: () => ({ 'notes.md': echo }) }),
      ),
    );
    const zip = path.join(base, 'out.zip');
    const r = await runCli(['export', '--output', zip], { cwd: base, env: { HOME: home } });
    assert.equal(r.code, 0, r.stderr);
    const all = execFileSync('unzip', ['-p', zip], { maxBuffer: 64 * 1024 * 1024 }).toString('latin1');
    for (const k of keys) assert.ok(!all.includes(k.slice(0, 10)), `${k} went out`);
  });
});
