/**
 * Round 37's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed), for attack
 * 37's categories: 64 hex digits under `tok`/`tkn`; iCalendar and vCard folds through a password; an xcconfig's
 * `https:/$()/` DSN; Photon's app ids; a password of two parts; a chat password in another script than its label;
 * Express' signed session ids with no name; HTML entities between a codes label and its codes; `net use` with a
 * password of letters; German `Zugang … ist`, French guillemets; curl's quoted phrases and `ssh password <words>`; a
 * Helm template's default; `mysql -p'$Word_word42'`. Twins: text those readings keep.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { WS, planted, pick, uuid } from './planted.js';
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';

const WORDS = BIP39_ENGLISH.filter(
  (w) => w.length >= 5 && !/^(?:example|sample|dummy|fake|mock|test|demo|your|here|insert|replace|enter)$/.test(w),
);
const FIVES = WORDS.filter((w) => w.length === 5);
const word = (r: Gen): string => pick(r, WORDS);
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** A person's password: `Word2022*word72`. */
const twoWords = (r: Gen): string =>
  `${cap(word(r))}20${r('dig', 2)}${pick(r, ['!', '*', '#', '$'])}${word(r)}${r('dig', 2)}`;
/** Two parts apart by one blank: `Maple tree42!`. */
const twoParts = (r: Gen): string => `${cap(word(r))} ${word(r)}${r('dig', 2)}${pick(r, ['!', '?', '#', ''])}`;
const CYRILLIC = ['Подсолнух', 'Ласточка', 'Снежинка', 'Медведица', 'Черешня', 'Одуванчик', 'Колокольчик'];
const GREEK = ['Ηλιοτρόπιο', 'Καλημέρα', 'Θάλασσα', 'Πεταλούδα', 'Χελιδόνι', 'Λεμονιά'];

/** 64 hex digits under `tok` and `tkn` (read as a digest before). */
export function tokPlants(seed: number): Plant[] {
  const r = gen(seed);
  const hex = (): string => r('hex', 64);
  return planted([
    ['csv', `${WS}/exports/keys.csv`, hex, (v) => `name,tok,env\numbrella,${v},prod\n`],
    ['tsv', `${WS}/exports/keys.tsv`, hex, (v) => `name\ttkn\tenv\numbrella\t${v}\tprod\n`],
    ['yaml', `${WS}/config/app.yml`, hex, (v) => `github:\n  tok: ${v}\n`],
    ['env', `${WS}/.env.local`, hex, (v) => `GH_TOK=${v}\n`],
    ['py', `${WS}/app/settings.py`, hex, (v) => `session_tok = '${v}'\n`],
    ['json', `${WS}/config/creds.json`, hex, (v) => `{"tkn": "${v}"}\n`],
  ]);
}

/** A password or a token cut by an iCalendar or vCard fold (a line break and one blank). */
export function foldPlants(seed: number): Plant[] {
  const r = gen(seed);
  const cut = (v: string, n: number): string => `${v.slice(0, n)}\r\n ${v.slice(n)}`;
  return planted([
    [
      'ics',
      `${WS}/cal/invite.ics`,
      () => twoWords(r),
      (v) => `BEGIN:VEVENT\r\nDESCRIPTION:Bridge at 10. Dial-in password: ${cut(v, 4)}\r\nEND:VEVENT\r\n`,
    ],
    [
      'ics-next',
      `${WS}/cal/zoom.ics`,
      () => `${r('alnum', 9)}${r('dig', 3)}`,
      (v) => `BEGIN:VEVENT\r\nDESCRIPTION:Passcode:\r\n  ${v}\r\n`,
    ],
    [
      'vcard',
      `${WS}/contacts/ops.vcf`,
      () => twoWords(r),
      (v) => `BEGIN:VCARD\r\nNOTE:Router admin pw: ${cut(v, v.length - 3)}\r\nEND:VCARD\r\n`,
    ],
    [
      'label-cut',
      `${WS}/cal/team.ics`,
      () => twoWords(r),
      (v) => `BEGIN:VEVENT\r\nDESCRIPTION:NAS Pass\r\n word: ${v}\r\nEND:VEVENT\r\n`,
    ],
    ['german', `${WS}/contacts/nas.vcf`, () => twoWords(r), (v) => `NOTE:PIN 4482 / Passwort: ${cut(v, 6)}\r\n`],
  ]);
}

/** A DSN or URL in an Xcode build setting, written with an empty variable between its slashes. */
export function xcconfigPlants(seed: number): Plant[] {
  const r = gen(seed);
  const host = (): string => `o${r('dig', 6)}.ingest.sentry.io/${r('dig', 7)}`;
  return planted([
    ['dsn', `${WS}/ios/Release.xcconfig`, () => r('hex', 32), (v) => `SENTRY_DSN = https:/$()/${v}@${host()}\n`],
    ['empty', `${WS}/ios/Debug.xcconfig`, () => r('hex', 32), (v) => `SENTRY_DSN = https:/$(EMPTY)/${v}@${host()}\n`],
    ['slash', `${WS}/ios/Shared.xcconfig`, () => r('hex', 32), (v) => `DSN = https:$(SLASH)$(SLASH)${v}@${host()}\n`],
    [
      'userinfo',
      `${WS}/ios/Base.xcconfig`,
      () => twoWords(r),
      (v) => `API_BASE = https:/$()/deploy:${v}@api.internal.example.com/v1\n`,
    ],
  ]);
}

/** Photon's app ids (a UUID that is the client's credential). */
export function photonPlants(seed: number): Plant[] {
  const r = gen(seed);
  const asset = `${WS}/unity/Assets/Photon/PhotonUnityNetworking/Resources/PhotonServerSettings.asset`;
  return planted([
    ['realtime', asset, () => uuid(r), (v) => `  AppSettings:\n    AppIdRealtime: ${v}\n    AppVersion: 1.0\n`],
    ['chat', asset, () => uuid(r), (v) => `    AppIdChat: ${v}\n    AppIdVoice: \n`],
    ['fusion', asset, () => uuid(r), (v) => `    AppIdFusion: ${v}\n`],
    ['unreal', `${WS}/Config/DefaultEngine.ini`, () => uuid(r), (v) => `[/Script/Photon]\nPhotonAppIdRealtime=${v}\n`],
    ['csharp', `${WS}/Scripts/Boot.cs`, () => uuid(r), (v) => `settings.AppSettings.AppIdRealtime = "${v}";\n`],
    ['env', `${WS}/.env`, () => uuid(r), (v) => `PHOTON_APP_ID=${v}\n`],
  ]);
}

/** A password of two parts apart by one blank, quoted or after a clear label. */
export function spacedPlants(seed: number): Plant[] {
  const r = gen(seed);
  const v = (): string => twoParts(r);
  return planted([
    ['yaml', `${WS}/config/app.yml`, v, (x) => `database:\n  password: "${x}"\n`],
    ['single', `${WS}/ansible/vars.yml`, v, (x) => `db_password: '${x}'\n`],
    ['json', `${WS}/config/app.json`, v, (x) => `{\n  "user": "app",\n  "password": "${x}"\n}\n`],
    ['env', `${WS}/.env`, v, (x) => `SMTP_PASSWORD="${x}"\n`],
    ['prose', `${WS}/notes/wifi.md`, v, (x) => `The guest wifi password is ${x}\n`],
    ['json-next', `${WS}/config/db.json`, v, (x) => `{"password": "${x}", "user": "bob"}\n`],
    ['comment', `${WS}/.env.prod`, v, (x) => `DB_PASSWORD="${x}"  # prod\n`],
  ]);
}

/** A chat line's password in another script than its label. */
export function scriptPlants(seed: number): Plant[] {
  const r = gen(seed);
  const cyr = (): string => `${pick(r, CYRILLIC)}${r('dig', 4)}`;
  const greek = (): string => `${pick(r, GREEK)}${r('dig', 3)}!`;
  const latin = (): string => `${word(r)}${word(r)}${r('dig', 4)}`;
  const chat = `${WS}/chat/telegram.txt`;
  return planted([
    ['en-cyr', chat, cyr, (v) => `[10:02] Ivan: the password is ${v}\n[10:03] Ana: ok\n`],
    ['en-greek', chat, greek, (v) => `[10:02] Nikos: wifi password ${v}\n`],
    ['cyr-en', chat, latin, (v) => `[10:02] Ivan: пароль от вайфая ${v}\n`],
    ['cyr-colon', chat, latin, (v) => `Ivan: пароль: ${v}\n`],
    ['greek-en', chat, latin, (v) => `Nikos: κωδικός wifi: ${v}\n`],
    ['pw-cyr', chat, cyr, (v) => `Ivan: pw ${v}\n`],
  ]);
}

/** Express' signed session ids (`s%3A<id>.<signature>`) with no cookie name beside them. */
export function cookiePlants(seed: number): Plant[] {
  const r = gen(seed);
  const id = (): string => `${r('url', 31)}${r('dig', 1)}.${r('alnum', 43)}`;
  return planted([
    ['insert', `${WS}/db/sessions.sql`, id, (v) => `INSERT INTO sessions VALUES ('s%3A${v}', 1767225600);\n`],
    ['sqlite', `${WS}/db/query.txt`, id, (v) => `7|s%3A${v}|2026-01-31 10:15:00\n`],
    ['dump', `${WS}/logs/cookies.txt`, id, (v) => `2026-01-31T10:15:00Z set s:${v} for user 42\n`],
    ['tuple', `${WS}/db/rows.py`, id, (v) => `rows = [(1, "s:${v}", 1767225600)]\n`],
  ]);
}

/** HTML entities between a recovery or backup codes label and the codes. */
export function entityPlants(seed: number): Plant[] {
  const r = gen(seed);
  const code = (): string => `${r('low', 5)}-${r('low', 5)}`;
  const four = (v: string, sep: string): string => [code(), v, code(), code()].join(sep);
  return planted([
    ['nbsp', `${WS}/notes/a.html`, code, (v) => `<p>Recovery codes:&nbsp;${four(v, ' ')}</p>\n`],
    ['colon58', `${WS}/notes/b.html`, code, (v) => `<p>Recovery codes&#58; ${four(v, ' ')}</p>\n`],
    ['colon', `${WS}/notes/c.html`, code, (v) => `<div>Backup codes&colon; ${four(v, ', ')}</div>\n`],
    ['hex', `${WS}/notes/d.md`, code, (v) => `Recovery codes&#x3A;&nbsp;${four(v, '&nbsp;')}\n`],
    [
      'list',
      `${WS}/notes/e.html`,
      code,
      (v) => `<p>2FA recovery codes:&nbsp;</p><ul><li>${four(v, '</li><li>')}</li></ul>\n`,
    ],
  ]);
}

/** `net use` given a password of letters only (a word's letters, 10 or 11). */
export function netUsePlants(seed: number): Plant[] {
  const r = gen(seed);
  const letters = (): string => `${pick(r, FIVES)}${pick(r, FIVES)}`;
  const bat = `${WS}/ops/map-drives.bat`;
  return planted([
    ['after-user', bat, letters, (v) => `net use \\\\fs01\\finance /user:CORP\\jdoe ${v}\n`],
    ['drive', bat, letters, (v) => `net use Z: \\\\fs01\\finance ${v} /user:CORP\\jdoe /persistent:no\n`],
    ['upper', bat, letters, (v) => `NET USE \\\\10.0.0.5\\c$ /USER:administrator ${v}\n`],
    ['u', `${WS}/notes/smb.md`, letters, (v) => `net use \\\\nas\\backup /u:nas\\backup ${v}\n`],
  ]);
}
