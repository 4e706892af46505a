/**
 * A token with a distinctive prefix (four characters or more, with `_` or `-`: `ghp_`, `sk-ant-`, `xoxb-`) is a
 * token even glued to a name or a path by `_ - + /`: `MY_ghp_…`, `/tmp/ghp_…/`, `https://x.io/cb/ghp_…`, a file
 * named `note_ghp_….txt`. Short or unseparated prefixes (`sk-`, `hf_`) still need a boundary, and a token inside a
 * longer base64url run is no match (standard base64 holds no `_`, so no `ghp_` at all); a random token glued to
 * letters is one (attack 13, glued.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, rng } from './helpers/fake-secrets.js';

const ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** Random strings of `chars` from a seeded generator. */
const randomOf =
  (rand: () => number, chars: string) =>
  (n: number): string =>
    Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');

const STRONG = /^(?:gh[pousr]_|github_pat_|sk-ant-|xox[abpe]-|glpat-|sk_live_|rk_live_)/;

describe('tokens glued to a name or a path', () => {
  const r = new Redactor();
  const strong = fakeSecrets().filter((s) => STRONG.test(s.value));

  it('plants every distinctive family after _ - + / in names, paths and URLs', () => {
    assert.ok(strong.length >= 5, `families: ${strong.map((s) => s.family).join(', ')}`);
    const places = (v: string): string[] => [
      `MY_${v}`,
      `export GH_TOKEN_${v}`,
      `id-${v}`,
      `a+${v}`,
      `see https://x.io/cb/${v} now`,
      `cd /home/u/${v}/work`,
      `C:/Users/u/${v}.txt`,
      `"file": "note_${v}.txt"`,
    ];
    for (const s of strong) {
      for (const line of places(s.value)) {
        const out = r.redactString(line);
        assert.ok(!out.includes(s.value.slice(-12)), `${s.family} went out in: ${out}`);
        // Only the token is replaced: what it was glued to stays.
        assert.equal(out.slice(0, line.indexOf(s.value)), line.slice(0, line.indexOf(s.value)), out);
      }
    }
  });

  it('keeps look-alikes: short prefixes after _ or -, base64url runs (a random token glued to letters is one: glued.ts)', () => {
    const alnum = randomOf(rng(11), ALNUM);
    const gh = `${'gh'}p_`;
    // Attack 13: `note` + a whole random `ghp_` token was kept; it is a token glued to a word (redact-glue13.test.ts).
    assert.equal(r.redactString(`note${gh}${alnum(36)}`), 'note[REDACTED:github-token]');
    const kept = [
      `task-${alnum(48)}`,
      `mask_sk-${alnum(48)}`,
      `half_${alnum(34)}`,
      `${alnum(30)}_${gh}${alnum(36)}-${alnum(10)}`,
      `/usr/lib/python3/site-packages/task-runner_${alnum(8)}`,
    ];
    for (const text of kept) assert.equal(r.redactString(text), text);
  });

  it("a JWT (three dot-separated base64url parts, no base64 run's shape) after _ - + / too: sed, URL paths, names", () => {
    const b64url = randomOf(rng(23), `${ALNUM}-_`);
    const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
    for (let i = 0; i < 12; i++) {
      const jwt = `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: b64url(12), exp: 1799000000 + i })}.${b64url(43)}`;
      for (const line of [
        `sed -i 's/YOUR_API_KEY/${jwt}/g' config.py`,
        `sed -e "s|PLACEHOLDER|${jwt}|" .env.example > .env`,
        `open https://app.example.com/auth/verify/${jwt}`,
        `MAGIC_LINK=https://x.io/login/${jwt}/confirm`,
        `export SESSION_${jwt}`,
        `cookie=a+${jwt}`,
        `--header=x-${jwt}`,
      ]) {
        const out = r.redactString(line);
        assert.ok(!out.includes(jwt.slice(-20)), `went out: ${out}`);
        assert.match(out, /\[REDACTED:[a-z-]+\]/, out);
      }
    }
    // A base64 run that holds eyJ (standard base64 of JSON) has no dots: kept.
    const blob = Buffer.from(JSON.stringify({ a: 'x'.repeat(40), b: [1, 2, 3] })).toString('base64');
    for (const text of [`data:application/json;base64,${blob}`, `/static/${blob}/x.js`, `AAAA+${blob}`])
      assert.equal(r.redactString(text), text);
  });
});
