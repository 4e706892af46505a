/**
 * Issue 11, round 26, two placements attack 25 found leaking (seeded, REDACT_SEED replays):
 * - a token wrapped inside its cell of a box-drawn table whose other cells go on filled on every row (a coordination
 *   table's `│ <30 characters of the token> │ answered │`), in the first, a middle or the last-but-one column, at
 *   several widths; twins: tables whose cells fill their width with ids, hashes and words on every row;
 * - a generated password holding a lone closing bracket (`RD3_^MoDw3nG%#)Jmh#iovy`) after a password word, in five
 *   languages and abbreviations (read as code for its `)`); twins: code with balanced brackets after the same words;
 * - a person's password of words and numbers joined by a dot (`Zephyr80.tundra347h3T`, read as code's member path)
 *   under a weaker name (`ldap_bind_pw`, `SMTP_PASS`) or in prose; twins: code's dotted paths in the same places.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { filtered, leaksWindow as leaks } from './helpers/filtered.js';
import { gen, tokenMakers } from './helpers/glue15-tokens.js';

const SEED = Number(process.env.REDACT_SEED ?? 2611);

/** A box-drawn table with `cells` per row, the column `col` of width `w` holding `pieces`, the others `filler(row)`. */
function boxTable(pieces: string[], w: number, col: number, cells: number, filler: (row: number) => string): string {
  const widths = Array.from({ length: cells }, (_, i) => (i === col ? w : 18));
  const rule = (l: string, m: string, r: string): string => `${l}${widths.map((x) => '─'.repeat(x + 2)).join(m)}${r}`;
  const rows = pieces.map(
    (p, row) => `│ ${widths.map((x, i) => (i === col ? p : filler(row)).padEnd(x)).join(' │ ')} │`,
  );
  return `${rule('┌', '┬', '┐')}\n${rows.join('\n')}\n${rule('└', '┴', '┘')}\n`;
}

const cut = (v: string, w: number): string[] => v.match(new RegExp(`.{1,${w}}`, 'g'))!;

function tablePlants(seed: number): { name: string; text: string; value: string }[] {
  const m = tokenMakers(seed);
  const r = gen(seed + 1);
  const families = [
    'google-oauth-access-token',
    'openai-api-key/proj',
    'anthropic-api-key',
    'github-fine-grained-pat',
    'slack-token',
    'jwt',
  ].filter((f) => m[f] !== undefined);
  const statuses = ['answered', 'voted', 'pending', 'winner', 'restarting'];
  const out: { name: string; text: string; value: string }[] = [];
  let k = 0;
  for (const f of families)
    for (const w of [24, 30, 40])
      for (const [col, cells] of [
        [0, 2],
        [1, 3],
        [0, 4],
      ] as const) {
        const v = m[f]!();
        const filler = (row: number): string =>
          k % 2 ? statuses[(row + k) % statuses.length]! : `agent_${r('low', 3)}`;
        out.push({ name: `${f}@${w}/${col}of${cells}`, text: boxTable(cut(v, w), w, col, cells, filler), value: v });
        k++;
      }
  return out;
}

function tableTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (const w of [24, 30, 40])
    for (const kind of ['hash', 'words', 'ids']) {
      const cell = (): string =>
        kind === 'hash'
          ? r('hex', w)
          : kind === 'ids'
            ? `run_${r('dig', w - 4)}`
            : 'the agents agreed on the final answer and'.slice(0, w);
      const rows = Array.from({ length: 4 }, cell);
      out.push(boxTable(rows, w, 0, 2, () => 'answered'));
    }
  return out;
}

const PROSE: ((v: string) => string)[] = [
  (v) => `La contraseña del servidor es: ${v}\n`,
  (v) => `mot de passe : ${v}\n`,
  (v) => `Das Passwort lautet: ${v}\n`,
  (v) => `A senha do banco é ${v}\n`,
  (v) => `wifi: OfficeNet / pw ${v}\n`,
  (v) => `Log in as admin with password ${v} and change it.\n`,
];

function closerPasswords(seed: number, n: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const closer = ')]}'[i % 3]!;
    out.push(
      `${r('alnum', 4 + (i % 5))}${r('^%#!*~', 1)}${r('alnum', 3)}${closer}${r('alnum', 5 + (i % 4))}${r('#%*', 1)}`,
    );
  }
  return out;
}

/** A person's password of words and numbers joined by a dot (`Zephyr80.tundra347h3T`). */
function dottedPasswords(seed: number, n: number): string[] {
  const r = gen(seed);
  const words = ['Zephyr', 'Lychee', 'Quokka', 'Nimbus', 'Falcon', 'Marble', 'Juniper', 'Cobalt'];
  const tails = ['tundra', 'quince', 'obsidian', 'kestrel', 'pumice', 'walrus', 'saffron', 'glacier'];
  return Array.from(
    { length: n },
    (_, i) => `${words[i % words.length]}${r('dig', 2)}.${tails[(i * 3) % tails.length]}${r('dig', 3)}${r('alnum', 3)}`,
  );
}

const DOTTED_PLACES: [rel: string, make: (v: string) => string][] = [
  ['workspace/config.yaml', (v) => `providers:\n  main:\n    ldap_bind_pw: ${v}\n    timeout: 30\n`],
  ['workspace/deploy.md', (v) => `SMTP_PASS=${v}\n`],
  ['answer.txt', (v) => `mot de passe : ${v}\n`],
  ['answer.txt', (v) => `Log in as admin with password ${v} and change it.\n`],
  ['workspace/wifi.txt', (v) => `wifi: OfficeNet / pw ${v}\n`],
];

/** Code's dotted paths after the same names and words (two numbers at most four digits in all, or one). */
const PATH_TWINS = [
  'hashlib.sha256',
  'base64.b64encode',
  'crypto.sha512',
  'settings.SECRET_KEY',
  'v1.api',
  'utf8.encode',
];

const CODE_TWINS = [
  'os.environ["DB_PASSWORD"]',
  'getpass.getpass()',
  'secrets.token_urlsafe(16)',
  'config[DB_PASSWORD]',
  '${{secrets.DB_PASS}}',
  'Password(str(value))',
];

describe(`round 26: box cells wrapped beside filled cells, prose passwords with a lone bracket (seed ${SEED})`, () => {
  it('a token wrapped in its cell is redacted on every row', () => {
    const r = new Redactor();
    const ps = tablePlants(SEED);
    assert.ok(ps.length >= 40, `${ps.length} plants`);
    const leaked = ps.filter((p) => leaks(filtered(r, 'turn_2/attempt_1/coordination_table.txt', p.text), p.value));
    assert.deepEqual(
      leaked.map((p) => `${p.name}:\n${filtered(r, 'turn_2/attempt_1/coordination_table.txt', p.text)}`),
      [],
      `leaked ${leaked.length} of ${ps.length}`,
    );
  });

  it('tables whose cells fill their width with hashes, ids and words are kept', () => {
    const r = new Redactor();
    const changed = tableTwins(SEED + 1).filter((t) => filtered(r, 'workspace/table.txt', t) !== t);
    assert.deepEqual(
      changed.map((t) => filtered(r, 'workspace/table.txt', t)),
      [],
    );
  });

  it('a password with a lone closing bracket after a password word is redacted', () => {
    const r = new Redactor();
    const vs = closerPasswords(SEED + 2, 36);
    const leaked = vs.flatMap((v, i) => {
      const text = PROSE[i % PROSE.length]!(v);
      const out = filtered(r, 'workspace/notes.md', text);
      return out.includes(v) ? [out] : [];
    });
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${vs.length}`);
  });

  it('code with balanced brackets after a password word is kept', () => {
    const r = new Redactor();
    const changed = CODE_TWINS.flatMap((c) =>
      PROSE.map((p) => p(c)).filter((t) => filtered(r, 'workspace/notes.md', t) !== t),
    );
    assert.deepEqual(changed, []);
  });

  it('a password of words and numbers joined by a dot is redacted', () => {
    const r = new Redactor();
    const vs = dottedPasswords(SEED + 3, 40);
    const leaked = vs.flatMap((v, i) => {
      const [rel, make] = DOTTED_PLACES[i % DOTTED_PLACES.length]!;
      const out = filtered(r, rel, make(v));
      return out.includes(v) ? [out] : [];
    });
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${vs.length}`);
  });

  it("code's dotted paths in the same places are kept", () => {
    const r = new Redactor();
    const changed = PATH_TWINS.flatMap((c) =>
      DOTTED_PLACES.map(([rel, make]) => [rel, make(c)] as const).filter(([rel, t]) => filtered(r, rel, t) !== t),
    );
    assert.deepEqual(changed, []);
  });

  it('what a review of the round found changed stays as it was', () => {
    const r = new Redactor();
    const hex = gen(SEED + 4)('hex', 64);
    const kept: [string, string][] = [
      // A key/value box table: the value that fills its cell is redacted, the next row's value is no piece of it.
      ['workspace/env.txt', `│ DB_PASSWORD │ Xk9mP2qLw8nR4vT6yB3sQ1zH │\n│ DB_HOST     │ db01.internal            │\n`],
      // grep's output of a Python log is no .pgpass record.
      ['workspace/grep.txt', 'app.log:42:ERROR:root:Connection refused\napp.log:43:WARNING:urllib3:Retrying\n'],
      // An environment variable's path on the line after a label is a reference.
      ['workspace/notes.md', 'Your OpenAI key:\nprocess.env.OPENAI_API_KEY_2\n'],
      // A sentence after a 64-character hex key on its own line is no piece of the key.
      ['workspace/notes.md', `Secret key:\n${hex}\nsha256 of the empty string\n`],
    ];
    const changed = kept.flatMap(([rel, t]) => {
      const out = filtered(r, rel, t);
      const lines = t.split('\n');
      // The secret's own line may change; every other line stays.
      return out
        .split('\n')
        .filter((l, i) => l !== lines[i] && !lines[i]!.includes('Xk9mP2') && lines[i] !== hex)
        .map((l) => `${rel}: ${l}`);
    });
    assert.deepEqual(changed, []);
    assert.ok(!filtered(r, 'workspace/env.txt', kept[0]![1]).includes('Xk9mP2qLw8nR4vT6yB3sQ1zH'));
  });

  describe('stays linear', () =>
    itIsLinear([
      ['box rows with a filled cell', `│ ${'Ab3dEf9hIj'.repeat(3)} │ answered │\n`],
      // A token in every row: a join between each two rows, a hit at each (a join looked for among all of them
      // per hit).
      ['box rows of tokens', `│ ${['gh', 'p_'].join('')}${'a1B2c3D4e5'.repeat(3)}a1B2c3 │\n`],
    ]));
});
