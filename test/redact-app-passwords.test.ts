import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, type Planted } from './helpers/placements.js';

/**
 * App passwords in groups (Google's `abcd efgh ijkl mnop`, `wlbac ssfek mkokh axbtl`) as the password argument of an
 * auth or login call: a value with blanks was taken for prose there. Benign twins: the same calls holding words,
 * placeholders and references.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 1415));
const pick = <T>(a: readonly T[]): T => a[Math.floor(rand() * a.length)]!;
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const group = (n: number, chars = LOWER): string =>
  Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
/** Google's four groups of four letters, or three to six groups of four to six random lower-case letters. */
const appPassword = (): string =>
  rand() < 0.5
    ? [0, 1, 2, 3].map(() => group(4)).join(' ')
    : Array.from({ length: 3 + Math.floor(rand() * 4) }, () => group(4 + Math.floor(rand() * 3))).join(' ');
const users = ['admin', 'me@example.com', 'bot@corp.example', 'svc-deploy'];
const calls: [string, (u: string, v: string) => string][] = [
  ['fetch.py', (u, v) => `r = requests.get(url, auth=("${u}", "${v}"))\n`],
  ['fetch.py', (u, v) => `session.auth = ('${u}', '${v}')\n`],
  ['fetch.py', (u, v) => `requests.post(url, json=body, auth=HTTPBasicAuth("${u}", "${v}"))\n`],
  ['mail.py', (u, v) => `server.login("${u}", "${v}")\n`],
  ['mail.py', (u, v) => `smtp.login('${u}', '${v}')\n`],
  ['Mail.java', (u, v) => `new PasswordAuthentication("${u}", "${v}");\n`],
  ['Client.cs', (u, v) => `var c = new NetworkCredential("${u}", "${v}");\n`],
  ['mail.js', (u, v) => `await client.login("${u}", "${v}");\n`],
  ['out.md', (u, v) => `Run:\n\n\`\`\`python\nimap.login("${u}", "${v}")\n\`\`\`\n`],
];
const planted: Planted[] = [];
for (const [rel, lay] of calls)
  for (let i = 0; i < 4; i++) planted.push([rel, (v) => lay(pick(users), v), appPassword]);

describe('app passwords in groups as an auth call argument', () => {
  /**
   * Random groups are told from words by their consonant runs and few vowels: a drawing that reads like words (`eoduk
   * ezfwxc muoxt`) still goes out, about 1 in 20 of the random-group drawings (Google's four groups of four always go).
   * On main's build every one of them leaked.
   */
  it('redacts the whole app password (at most 1 in 12 random-group drawings kept)', () => {
    let planted_ = 0;
    let leaked = 0;
    const missed = leakedPlacements(planted, 8, {
      onPlant: (leak) => {
        planted_++;
        leaked += Number(leak);
      },
    });
    assert.ok(leaked * 12 <= planted_, `${leaked} of ${planted_} leaked:\n${missed.join('\n')}`);
  });
  it('keeps words, placeholders and references in the same calls', () => {
    const values = [
      'hello world from here',
      'your app password here',
      'the quick brown fox',
      'password',
      '${SMTP_PASSWORD}',
      'xxxx xxxx xxxx xxxx',
      'correct horse battery staple',
      'change this before use',
    ];
    const benign: [string, string][] = [];
    for (const [rel, lay] of calls) for (const v of values) benign.push([rel, lay(pick(users), v)]);
    benign.push(['mail.py', 'server.login(user, os.environ["SMTP_PASSWORD"])\n']);
    assert.deepEqual(damaged(benign), []);
  });
});
