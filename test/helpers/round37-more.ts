/**
 * Round 37's plants (continued: round37-corpus.ts) and its twins: a password a sentence gives later (German `Zugang …
 * ist`, French guillemets), curl's quoted phrases and `ssh password <words>`, a Helm template's default,
 * `mysql -p'$Word_word42'`.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { WS, planted, pick } from './planted.js';
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';

const WORDS = BIP39_ENGLISH.filter(
  (w) => w.length >= 5 && !/^(?:example|sample|dummy|fake|mock|test|demo|your|here|insert|replace|enter)$/.test(w),
);
const word = (r: Gen): string => pick(r, WORDS);
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
const twoWords = (r: Gen): string =>
  `${cap(word(r))}20${r('dig', 2)}${pick(r, ['!', '*', '#', '$'])}${word(r)}${r('dig', 2)}`;
const sigil = (r: Gen, s: string): string => `${s}${cap(word(r))}_${word(r)}${r('dig', 2)}`;
const phrase = (r: Gen, n: number): string => Array.from({ length: n }, () => word(r)).join(' ');

/** A password after a later copula (German) or in guillemets (French). */
export function sentencePlants(seed: number): Plant[] {
  const r = gen(seed);
  const v = (): string => twoWords(r);
  const notes = `${WS}/notes/zugang.md`;
  return planted([
    ['zugang', notes, v, (x) => `Der Zugang für den Router ist ${x}\n`],
    ['lautet', notes, v, (x) => `Das Passwort für das WLAN im Büro lautet ${x}.\n`],
    ['kennwort', notes, v, (x) => `Das Kennwort vom NAS ist ${x}, bitte nicht weitergeben.\n`],
    [
      'guillemets',
      `${WS}/notes/acces.md`,
      () => `${cap(word(r))} du ${word(r)} ${r('dig', 2)}`,
      (x) => `mot de passe «${x}»\n`,
    ],
    ['code', `${WS}/notes/acces.md`, v, (x) => `Le code d'accès est «${x}».\n`],
  ]);
}

/** curl's `-u` given a quoted phrase, `ssh password <words>`. */
export function phrasePlants(seed: number): Plant[] {
  const r = gen(seed);
  const md = `${WS}/notes/api.md`;
  return planted([
    ['after-colon', md, () => phrase(r, 4), (v) => `curl -u admin:'${v}' https://api.example.com/v1/me\n`],
    ['whole', md, () => `${phrase(r, 3)} ${r('dig', 2)}`, (v) => `curl -s -u "deploy:${v}" https://ci.example.com\n`],
    ['user', md, () => phrase(r, 4), (v) => `curl --user 'ops:${v}' -X POST https://hooks.example.com\n`],
    ['attached', md, () => `${phrase(r, 3)} ${r('dig', 2)}`, (v) => `curl -uadmin:'${v}' https://api.example.com\n`],
    ['ssh', `${WS}/notes/servers.md`, () => phrase(r, 3), (v) => `ssh password ${v}\n`],
    ['root', `${WS}/notes/servers.md`, () => phrase(r, 4), (v) => `root password ${v}\n`],
  ]);
}

/** A Helm template's default under a password's name, `mysql -p'$Word_word42'`. */
export function helmMysqlPlants(seed: number): Plant[] {
  const r = gen(seed);
  const tpl = `${WS}/chart/templates/secret.yaml`;
  const hash = (): string => sigil(r, '#');
  const dollar = (): string => sigil(r, '$');
  return planted([
    ['helm-pipe', tpl, hash, (v) => `  password: {{ .Values.auth.password | default "${v}" | b64enc | quote }}\n`],
    [
      'helm-call',
      tpl,
      hash,
      (v) => `  postgres-password: {{ default "${v}" .Values.auth.postgresPassword | b64enc }}\n`,
    ],
    ['mysql', `${WS}/notes/db.md`, dollar, (v) => `mysql -u root -p'${v}' shop\n`],
    ['mysqldump', `${WS}/scripts/backup.sh`, dollar, (v) => `mysqldump -uroot -p'${v}' --all-databases > all.sql\n`],
    ['password', `${WS}/scripts/backup.sh`, dollar, (v) => `mariadb -u app --password='${v}' -h db\n`],
  ]);
}

/** Texts these readings keep. */
export const ROUND37_TWINS: readonly (readonly [string, string])[] = [
  [`${WS}/exports/files.csv`, `file,sha256\na.txt,${'3f9a1c0b7e2d4a5f'.repeat(4)}\n`],
  [`${WS}/exports/t.csv`, `stock,tok_count,tok_hash\na,12,${'3f9a1c0b7e2d4a5f'.repeat(4)}\n`],
  [`${WS}/nlp/vocab.json`, '{"tok": "hello", "id": 12}\n'],
  [
    `${WS}/cal/a.ics`,
    'BEGIN:VEVENT\r\nDESCRIPTION:Remember to reset your password before the\r\n  quarterly review on Friday.\r\nEND:VEVENT\r\n',
  ],
  [`${WS}/cal/b.ics`, 'BEGIN:VEVENT\r\nDESCRIPTION:The password policy requires 12 char\r\n acters.\r\nEND:VEVENT\r\n'],
  [
    `${WS}/ios/Config.xcconfig`,
    'API_URL = https:/$()/api.example.com/v1\nGIT_URL = https:/$()/git@github.com/org/repo\n' +
      'SENTRY_DSN = https:/$()/$(SENTRY_KEY)@o1.ingest.sentry.io/1\n',
  ],
  [
    `${WS}/unity/ProjectSettings.asset`,
    `  AppId: ${'5c1b2a3d'}-4e5f-4a6b-8c7d-9e0f1a2b3c4d\n  AppIdRealtime: \n  AppIdChat: 00000000-0000-0000-0000-000000000000\n`,
  ],
  [
    `${WS}/notes/a.md`,
    'password: "Version 2"\nlabel: "Your password"\npassword: "see vault"\nThe password is stored in vault.\n',
  ],
  [
    `${WS}/notes/b.md`,
    'The password manager is 1Password.\nDas Passwort ist zu kurz.\nDas Passwort für den Router ist im Safe.\n' +
      'Le mot de passe est «mot de passe oublié».\nPassword length is 16 characters.\nThe password is <password>.\n',
  ],
  [
    `${WS}/chat/t.txt`,
    'Ivan: password Подсолнух\nIvan: пароль поменяли вчера\nIvan: пароль от wifi в чате\n' +
      'Ivan: пароль: см. Confluence\nNikos: ο κωδικός είναι στο email\nAna: pw reset done v2.3.1\n' +
      'Ivan: пароль от iPhone15 не помню\nPassword: min 8chars\n',
  ],
  [`${WS}/notes/dump.txt`, 'status:ok.messages\ns:abc.def\nhttps://example.com/s:abcdefghijklmnopqrst.x\n'],
  [
    `${WS}/notes/c.html`,
    '<p>Recovery codes:&nbsp;keep them in a safe place.</p>\n<p>Use&nbsp;the&nbsp;backup&nbsp;codes</p>\n',
  ],
  [
    `${WS}/ops/map.bat`,
    'net use \\\\fs01\\share /user:CORP\\jdoe %SHARE_PW%\nnet use \\\\fs01\\share /user:CORP\\jdoe *\n' +
      'net use \\\\fs01\\share /delete\nnet use \\\\fs01\\share /user:CORP\\jdoe <password>\n',
  ],
  [
    `${WS}/notes/d.md`,
    'curl -u "admin:$ADMIN_PASS" https://x\ncurl -u \'admin:<your password>\' https://x\n' +
      'ssh password authentication is disabled\nssh password login works now\nroot password reset via console\n',
  ],
  [`${WS}/notes/e.md`, 'mysql -uroot -p"$DB_PASS" shop\nmysql -uroot -p\'$DB_PASS\' shop\nmysql -u root -p shop\n'],
  [
    `${WS}/chart/templates/d.yaml`,
    '  level: {{ .Values.logLevel | default "info" }}\n  password: {{ .Values.password | default "changeme" }}\n' +
      '  password: {{ .Values.password | default (randAlphaNum 16) }}\n',
  ],
];

/** Texts the review of round 37 found damaged (codes, rules, hash names, a user, Markdown, an `appIdServer`). */
export const REVIEW37_TWINS: readonly (readonly [string, string])[] = [
  [
    `${WS}/notes/shop.md`,
    'Κωδικός προϊόντος: SKU-12345\nΚωδικός παραγγελίας: ORD2024-118\nΟ κωδικός γράφτηκε σε TypeScript5 και Node20\n',
  ],
  [
    `${WS}/notes/regles.md`,
    'Le mot de passe doit contenir « 8 caractères minimum »\nLe champ mot de passe accepte «UTF-8 ou ISO-8859-1»\n' +
      'Le mot de passe doit contenir au moins « 8 caractères et 1 chiffre »\n',
  ],
  [
    `${WS}/notes/hashing.md`,
    'The default password hashing algorithm in Django is PBKDF2.\nThe password hashing algorithm we use is argon2id.\n' +
      'The password reset link expires in 24h and the token is JWT256.\n',
  ],
  [
    `${WS}/notes/ru.md`,
    'Сброс пароля через OAuth2\nпароль хешируется с помощью argon2id\nНеверный пароль для пользователя admin01\n',
  ],
  [`${WS}/notes/rz.md`, 'Der Zugang zum Rechenzentrum ist Raum-2.14 im Keller\n'],
  [
    `${WS}/notes/policy.md`,
    'Your password is now 2FA-protected.\nThe password is PBKDF2 hashed.\nDas Passwort ist mindestens 8-stellig.\n' +
      'Das Passwort ist 12-stellig lang\npassword: "Test#1 passed"\n',
  ],
  [`${WS}/notes/checklist.md`, 'NOTE: migration checklist\n- rotate the API key\n  rotation2024 job first\n'],
  [
    `${WS}/cal/agenda.ics`,
    'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDESCRIPTION:Agenda: 1) review of the API key\r\n  rotation2024 runbook\r\n' +
      'END:VEVENT\r\nEND:VCALENDAR\r\n',
  ],
  [`${WS}/config/teams.json`, '{"appIdServer": "3f2a9c1e-7b4d-4e8a-9c2b-1d5e6f7a8b9c"}\n'],
];
