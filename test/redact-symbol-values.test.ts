import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * Values drawn from a symbol-rich alphabet (Django's `get_random_secret_key()` uses lower-case letters, digits and
 * `!@#$%^&*(-_=+)`; generated passwords add more): a `)` or `(` inside the value must not end it, in any notation
 * that reads an unquoted value, nor once URL-encoded (`encodeURIComponent` leaves `(`, `)`, `*`, `!` as they are).
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 4242));
const token = randomToken(rand);
const SYMBOLIC = 'abcdefghijklmnopqrstuvwxyz0123456789!@#%^*(-_=+)';
/**
 * A value with a `)` in its first half, followed by more of the value, as the cases that leaked had. It starts with a
 * letter or digit: `SECRET_KEY=(a b)` is a shell array, `key==x` a comparison, and a value that starts with other
 * punctuation is not covered here.
 */
const symbolic = (): string => {
  const v = token(SYMBOLIC, 50).replace(/^[^a-z0-9]/, 'q');
  const at = 4 + Math.floor(rand() * 16);
  return `${v.slice(0, at)})${v.slice(at + 1, at + 3).replace(/[()]/g, 'x')}${v.slice(at + 3)}`;
};
const enc = encodeURIComponent;

describe('values with parentheses inside them', () => {
  it('redacts the whole value, not up to its first `)`', () => {
    const placements: Planted[] = [
      ['trace.md', (v) => `GET https://api.example.com/v1/search?q=agents&api_key=${enc(v)}&page=2\n`, symbolic],
      ['trace.md', (v) => `curl "https://api.example.com/v1/x?token=${enc(v)}"\n`, symbolic],
      ['a.txt', (v) => `POST /login body: user=ops&password=${enc(v)}&remember=1\n`, symbolic],
      ['deploy.sh', (v) => `export DJANGO_SECRET_KEY=${v}\n`, symbolic],
      ['notes.md', (v) => `Set SECRET_KEY=${v} before you run the server.\n`, symbolic],
      ['conf.ini', (v) => `[app]\nsecret_key = ${v}\n`, symbolic],
      ['run.log', (v) => `10:15:03 INFO settings loaded: secret_key=${v} debug=False\n`, symbolic],
    ];
    assert.deepEqual(leakedPlacements(placements, 12), []);
  });

  it('keeps calls and parentheses that close around an assignment', () => {
    assert.deepEqual(
      damaged([
        ['a.py', 'client = Client(api_key=os.environ["API_KEY"])\n'],
        ['a.py', 'x = fn(secret=get_secret(name)) or default\n'],
        ['a.js', 'const token = getToken(user)?.value ?? fallback;\n'],
        ['a.md', 'See [the docs](https://example.com/auth?token=YOUR_TOKEN_HERE) for details.\n'],
        ['a.sh', 'TOKEN=$(cat /run/secrets/token)\n'],
        ['a.txt', 'max_tokens=(limit)-(used) for this call\n'],
      ]),
      [],
    );
  });
});
