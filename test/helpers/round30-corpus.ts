/**
 * Round 30's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed):
 * - a provider's token hard-wrapped in prose (a terminal's, `fold`'s or an editor's width, cutting anywhere: inside
 *   its prefix too), with prose after it on its last line;
 * - a token in a narrow column (`fold -w 16` … 39) of one full line and its rest.
 * - chat messages in other languages: a password word inflected (`Şifrem …`, `kata sandinya …`), a copula after the
 *   value (`رمز عبور من … است`), a passphrase or a sentence before words of another script, a full-width colon, a key
 *   in guillemets or curly quotes, a user and a password after `Zugangsdaten`, `identifiants`, `учетные данные`.
 * Twins: prose and columns wrapped the same way holding ids, hashes, UUIDs and words; the messages holding words.
 */
import type { Plant } from './filtered.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';
import { diceware, sentence } from './round29-corpus.js';

const WIDTHS = [60, 64, 72, 76, 79, 80, 100, 120];

const LEADS = [
  'Please set the provider key in the dashboard; the one I generated for you is',
  'I rotated the credential this morning, so use the new one from now on, which reads',
  'Your CI secret was updated and the build should pass again once you paste in',
  'Here is what the setup script printed at the end of its run, for the record:',
];
const TAILS = [' and it expires in 30 days.', ' (keep it out of the repo).', ', then restart the worker.', '.'];

/** `line` cut every `w` characters, as `fold -w` and a terminal do. */
const fold = (line: string, w: number): string => (line.match(new RegExp(`.{1,${w}}`, 'g')) ?? []).join('\n');

/** A sentence holding `v`, with words before it so that a fold at `w` cuts `v` after `cut` characters. */
function proseAround(v: string, w: number, cut: number, i: number): string {
  const lead = `${LEADS[i % LEADS.length]} `;
  const n = (((w - cut - lead.length) % w) + w) % w;
  const pad = n === 0 ? '' : `${'notes, '.repeat(Math.ceil(n / 7)).slice(0, n - 1)} `;
  return `${lead}${pad}${v}${TAILS[i % TAILS.length]}`;
}

/**
 * The families a finder's regex finds, with no keyword (Twilio's `SK` and 32 hex digits, Airtable's `pat…`): a wrap
 * inside them is open (hard-wraps.ts starts at keywords).
 */
const NO_KEYWORD = new Set(['twilio-api-key', 'airtable-pat']);
const makersOf = (seed: number): [string, () => string][] =>
  Object.entries(tokenMakers(seed)).filter(([name]) => !NO_KEYWORD.has(name));

export function wrappedProsePlants(seed: number): Plant[] {
  const r = gen(seed);
  const makers = makersOf(seed);
  return makers.flatMap(([name, make], i) => {
    const v = make();
    const w = WIDTHS[i % WIDTHS.length]!;
    if (v.length < 20) return [];
    // Inside the prefix or just after it (1-12), or anywhere in the token.
    const cut = i % 3 === 2 ? 1 + (Number.parseInt(r('dig', 3), 10) % (v.length - 12)) : 1 + (i % 12);
    const text = fold(proseAround(v, w, cut, i), w);
    return [{ name: `${name}/w${w}/cut${cut}`, rel: 'final/agent_a/answer.txt', text: `${text}\n`, value: v }];
  });
}

/** A token cut into a narrow column: one full line of `w` characters and the rest, under a title or a label. */
export function narrowColumnPlants(seed: number): Plant[] {
  const makers = makersOf(seed + 1);
  return makers.flatMap(([name, make], i) => {
    const v = make();
    const w = Math.ceil(v.length / 2) + 1 + (i % 4);
    if (w < 12 || w > 39 || w >= v.length) return [];
    const cols = fold(v, w);
    const head = ['KEY CARD', 'Backup of the key:', '## Provider', '```'][i % 4]!;
    const foot = head === '```' ? '```' : ['END', '', 'Stored on 2026-11-30.'][i % 3]!;
    return [
      { name: `${name}/w${w}`, rel: 'workspace/notes/key-card.txt', text: `${head}\n${cols}\n${foot}\n`, value: v },
    ];
  });
}

/** Prose with ids, hashes, UUIDs, paths and words folded at the same widths, and narrow columns of them. */
export function wrapTwins(seed: number): [string, string][] {
  const r = gen(seed);
  const ids = [
    () => r('hex', 40),
    () => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-8${r('hex', 3)}-${r('hex', 12)}`,
    () => `sha256:${r('hex', 64)}`,
    () => `req_${r('hex', 24)}`,
    () => `run-${r('dig', 8)}-${r('low', 6)}`,
    () => `/workspace/agent_a/.cache/sk/${r('hex', 16)}/index.json`,
    () => `sk-learn==1.${r('dig', 1)}.${r('dig', 1)} and scikit-image`,
    () => `fc-layers-${r('dig', 3)} re_ranker_v${r('dig', 1)} gh-pages tv_show_${r('dig', 4)}`,
    () => `data:image/png;base64,iVBORw0KGgo${r('alnum', 60)}`,
  ];
  const out: [string, string][] = [];
  for (let i = 0; i < 72; i++) {
    const w = WIDTHS[i % WIDTHS.length]!;
    const v = ids[i % ids.length]!();
    const text = fold(proseAround(v, w, 1 + (i % 9), i), w);
    out.push(['final/agent_a/answer.txt', `${text}\n`]);
    const narrow = 12 + (i % 20);
    if (v.length > narrow && v.length < 2 * narrow && !v.includes(' '))
      out.push(['workspace/notes/ids.txt', `IDS\n${fold(v, narrow)}\nEND\n`]);
  }
  return out;
}

/** A generator's password with a `;` or `,` and two brackets left open (`FVm{eG442O?2MQ2(Xag`). */
const punctuated = (r: Gen, i: number): string =>
  `${r('alnum', 4)}${';,'[i % 2]}${r('alnum', 4)}${'#!?'[i % 3]}${r('alnum', 3)}${'{[('[i % 3]}${r('alnum', 3)}${'([{'[i % 3]}${r('alnum', 3)}`;
const hexPassword = (r: Gen, i: number): string => r('hex', 16 + (i % 7));

/** A chat message's forms, each with the kind of value it holds (`p` a password, `w` a passphrase, `s` a sentence). */
const CHAT_FORMS: [string, 'p' | 'h' | 'w' | 's' | 'k', (v: string) => string][] = [
  ['tr-possessive', 'p', (v) => `Şifrem ${v} ama yarın değiştireceğim.`],
  ['tr-possessive-hex', 'h', (v) => `şifrem ${v} ama yarın değiştireceğim.`],
  ['id-possessive', 'p', (v) => `kata sandinya ${v} ya, jangan disebar`],
  ['fa-closing-copula', 'p', (v) => `رمز عبور من ${v} است`],
  ['fa-closing-copula-hex', 'h', (v) => `رمز عبور من ${v} است`],
  ['pl-sentence', 's', (v) => `hasło do bazy to ${v} (tymczasowe)`],
  ['th-passphrase', 'w', (v) => `รหัสผ่านคือ ${v} ครับ`],
  ['ko-passphrase', 'w', (v) => `비밀번호는 ${v} 입니다`],
  ['ja-fullwidth-colon', 'p', (v) => `パスワード：${v}`],
  ['fr-guillemets', 'k', (v) => `Voici ma clé API : « ${v} ».`],
  ['de-low-quotes', 'k', (v) => `Der API-Schlüssel lautet „${v}“.`],
  ['en-smart-quotes', 'k', (v) => `Use ‘${v}’ as the key.`],
  ['de-credentials', 'h', (v) => `Zugangsdaten: admin / ${v}`],
  ['fr-credentials', 'p', (v) => `Vos identifiants : admin / ${v}`],
  ['ru-credentials', 'h', (v) => `Учетные данные: admin / ${v}`],
];

export function chatPlants(seed: number): Plant[] {
  const r = gen(seed);
  const values = {
    p: (i: number) => punctuated(r, i),
    h: (i: number) => hexPassword(r, i),
    w: (i: number) => diceware(r, i),
    s: (i: number) => sentence(r, i),
    k: (i: number) => (i % 2 ? r('hex', 32) : `${r('alnum', 31)}${r('up', 1)}`),
  };
  return CHAT_FORMS.flatMap(([name, kind, form]) =>
    [0, 1, 2, 3].map((i) => {
      const value = values[kind](i);
      return { name: `${name}/${i}`, rel: 'execution_trace.md', text: `### User\n${form(value)}\n`, value };
    }),
  );
}

/** The same messages with words, names, ids and references where the value was. */
export const CHAT_TWINS: [string, string][] = [
  'Şifrem çok uzun ama yarın değiştireceğim.',
  'şifrem artık kasada ama yarın değiştireceğim.',
  'kata sandinya sudah diganti ya, jangan disebar',
  'رمز عبور من خیلی طولانی است',
  'hasło do bazy to to samo co wczoraj (tymczasowe)',
  'hasło do bazy to Kestrel (tymczasowe)',
  'รหัสผ่านคือ ที่อยู่ในไฟล์ ครับ',
  '비밀번호는 please enter your own 입니다',
  'パスワード：設定ファイルを参照',
  'Voici ma clé API : « voir le coffre ».',
  'Der API-Schlüssel lautet „siehe Vault“.',
  'Use ‘main’ as the branch, not the ‘release’ branch.',
  'It’s the ‘owner_id’ field of the key’s record.',
  'Zugangsdaten: siehe Wiki / Ops',
  'Vos identifiants : voir le wiki / équipe ops',
  'Учетные данные: см. wiki / ops',
  'the commit is ‘3f2a9c1b7d4e5f60a1b2c3d4e5f60718293a4b5c’ on main',
  'password (see docs[section',
  'Passwort: getPass(opts[key',
  // A review's (round 30): a path's slash after a login phrase, a fingerprint before a closing copula.
  'Signed in as users/550e8400-e29b-41d4-a716-446655440000 via Graph',
  'Logged in as runner/a3f9c2d1e8b7 and pushed',
  'Anahtar parmak izi 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b dir.',
  'کلید شناسه 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b است',
].map((m) => ['execution_trace.md', `### User\n${m}\n`]);

/** Two short lines under a secret's label, which start with a provider's keyword (`mail`, `test_`, `login`). */
export const LABEL_TWINS: [string, string][] = [
  'password:\nmailserver_default\nnone\n',
  'password:\ntest_user_name_1\nadmin\n',
  'api_key:\nlogin_service_v2\nprod\n',
].map((t) => ['workspace/config.yaml', t]);

/**
 * A token whose line ends with it, then a line that starts with a word in capitals or a number (`README has more`,
 * `200 1532 bytes sent`): `[text, the second line]`.
 */
export function afterTokenLines(seed: number): [string, string][] {
  const r = gen(seed);
  const tokens = Object.values(tokenMakers(seed)).map((make) => make());
  const nexts = ['README has more', '200 1532 bytes sent', 'INFO done', '2024 was a long year'];
  return tokens
    .map((v, i) => [`it is here: ${v}\n${nexts[i % 4]}\n`, nexts[i % 4]!])
    .concat([[`GET /cb?state=x&code=${r('hex', 48)}\n200 1532 bytes sent\n`, '200 1532 bytes sent']]) as [
    string,
    string,
  ][];
}

/** An AWS key id after a name's `=`, cut by a wrap at the line's end: `export FOO_ID=AKIA…` then the rest. */
export function namedCutPlants(seed: number): Plant[] {
  const r = gen(seed);
  return [0, 1, 2, 3, 4, 5].map((i) => {
    const value = `AKIA${r('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}`;
    const lead = `Run this in your shell first: export ${['FOO_ID', 'AWS_KEY', 'ID'][i % 3]}=`;
    const cut = 6 + i;
    return {
      name: `aws-after-name/${i}`,
      rel: 'final/agent_a/answer.txt',
      text: `${lead}${value.slice(0, cut)}\n${value.slice(cut)} and then retry\n`,
      value,
    };
  });
}
