/**
 * Hostile 57: an error answer that quotes the request's `Authorization` header (a proxy, a GitHub Enterprise front
 * end) put the gh token on stderr and in `--json`'s `error`. gh's messages and GitHub's are read without it: the
 * environment's token values, any GitHub token's shape, and what follows an `Authorization` header. Real gh 2.23
 * against the fake GitHub, and the scrub itself.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { withoutTokens } from '../src/adapters/gh-tokens.js';
import { copyFixture, runCli, tempDir } from './helpers/env.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { randomStrings } from './helpers/fake-secrets.js';
import { ghEnv } from './helpers/share-env.js';

const r = randomStrings(5757);
/** A token gh would hold from a stored login (not in the environment): only its shape marks it. */
const STORED = `gho_${r('alnum', 36)}`;

describe("gh's and GitHub's messages never carry the gh token", () => {
  let fake: FakeGitHub;
  let env: NodeJS.ProcessEnv;
  before(async () => {
    fake = await new FakeGitHub().start();
    env = await ghEnv(fake, { TMPDIR: await tempDir('mgs-tok57-tmp-') });
  });
  after(async () => {
    await fake.stop();
  });

  const echoed = (token: string): string =>
    `Bad request: Authorization: token ${token} is not allowed here (${STORED}); the token was ${token}`;

  it('an export whose create is refused with the token quoted prints neither token, human or --json', async () => {
    const token = env.GH_TOKEN!;
    for (const json of [false, true]) {
      const { session } = await copyFixture('single-turn-0.1.45');
      fake.faults.push({ method: 'POST', path: /^\/gists$/, status: 422, message: echoed(token) });
      const out = await runCli(['export', session, '--yes', ...(json ? ['--json'] : [])], { env });
      assert.notEqual(out.code, 0, out.stderr);
      const all = out.stdout + out.stderr;
      assert.ok(!all.includes(token) && !all.includes(STORED), all);
      assert.match(all, /\[REDACTED:gh-token\]/);
    }
  });

  it("a refused API call's message (shares delete) prints neither token", async () => {
    const token = env.GH_TOKEN!;
    const id = fake.seed('MassGen: q', { '_session_manifest.json': '{}' }).id;
    fake.faults.push({ method: 'DELETE', path: /^\/gists\/\w+$/, status: 403, message: echoed(token) });
    const out = await runCli(['shares', 'delete', id, '--yes', '--force'], { env });
    assert.notEqual(out.code, 0, out.stderr);
    assert.ok(!out.stderr.includes(token) && !out.stderr.includes(STORED), out.stderr);
  });

  it('the scrub: environment values, GitHub shapes and Authorization headers; other text unchanged', () => {
    const envs = { GH_TOKEN: 'tok_Abcdefghijklmnop123456', GITHUB_ENTERPRISE_TOKEN: 'e'.repeat(40), GITHUB_TOKEN: '1' };
    const pat = `github_pat_${r('alnum', 22)}_${r('alnum', 59)}`;
    const cases: [string, string][] = [
      [`HTTP 422: token tok_Abcdefghijklmnop123456 rejected`, 'HTTP 422: token [REDACTED:gh-token] rejected'],
      [`bad ${'e'.repeat(40)}.`, 'bad [REDACTED:gh-token].'],
      [`saw ${pat} and ghs_${r('alnum', 36)}`, 'saw [REDACTED:gh-token] and [REDACTED:gh-token]'],
      ['"authorization": "Bearer abcdefgh12345678"', '"authorization": "Bearer [REDACTED:gh-token]"'],
      ['Authorization: basic dXNlcjpwYXNzd29yZA==', 'Authorization: basic [REDACTED:gh-token]'],
      ['Authorization: Negotiate YIIGhgYJKoZIhvcSAQICAQ', 'Authorization: [REDACTED:gh-token] [REDACTED:gh-token]'],
      // A short environment value is not looked for (every `1` would go); plain messages stay.
      ['HTTP 404: Not Found (gist 1 of 1)', 'HTTP 404: Not Found (gist 1 of 1)'],
      ['Validation Failed: files is invalid', 'Validation Failed: files is invalid'],
    ];
    for (const [text, want] of cases) assert.equal(withoutTokens(text, envs), want, text);
  });
});
