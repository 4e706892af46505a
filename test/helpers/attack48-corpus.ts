/**
 * Attack 48's categories, built anew from a seed: a person's password with a dot under a password's name, unquoted;
 * a quoted value a printer wrapped before its closing quote; a value in a URL's query with a dotted token's parts;
 * names transliterated from other languages, on one line and as a YAML block scalar; and the twins that must stay.
 */
import type { Plant } from './filtered.js';
import { seededGen, type SeededGen } from './fake-secrets.js';

const WORDS = ['moskva', 'liberte', 'kaffee', 'summer', 'monkey', 'harbor', 'zanzibar', 'bravo', 'winter', 'sakura'];
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** `moskva.zanzibar90!91`, `Summer.2024!`, `Kaffee.Bohne.77`, `liberte.winter11+55`, `Harbor.sakura!7Bravo`. */
function dottedPassword(g: SeededGen): string {
  const [a, b] = [g.one(WORDS), g.one(WORDS)];
  const n = (k: number): string => String(10 ** (k - 1) + g.int(9 * 10 ** (k - 1)));
  return g.one([
    `${a}.${b}${n(2)}!${n(2)}`,
    `${cap(a)}.${n(4)}${g.one(['!', '#', '?'])}`,
    `${cap(a)}.${cap(b)}.${n(2)}`,
    `${a}.${b}${n(2)}+${n(2)}`,
    `${cap(a)}.${b}!${n(1)}${cap(g.one(WORDS))}`,
  ]);
}

/** Unquoted, under a password's or a token's name, in the formats that write values bare. */
export function dottedPlants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 30 }, (_, i) => {
    const value = dottedPassword(g);
    const [rel, text] = [
      ['workspace/chart/values.yaml', `postgresql:\n  auth:\n    postgresPassword: ${value}\n`],
      ['workspace/app.ini', `[smtp]\nhost = mail.internal\npassword = ${value}\n`],
      ['workspace/.env.staging', `DB_HOST=db\nDB_PASSWORD=${value}\n`],
      ['workspace/src/main/resources/application.properties', `spring.datasource.password=${value}\n`],
      ['workspace/data/zugaenge.csv', `Dienst;Benutzer;Passwort;Bemerkung\nFTP;kunde11;${value};bitte ändern\n`],
      ['agent_outputs/agent_a.txt', `Set these:\n  SMTP_PASSWORD=${value}\n  SMTP_PORT=587\n`],
    ][i % 6]!;
    return { name: `dotted ${i}`, rel: rel!, text: text!, value };
  });
}

/** A token's characters, as a key of this kind would hold them. */
const tokenOf = (g: SeededGen): string =>
  g.one([() => `${g.pick('b64', 86)}==`, () => g.pick('hex', 64), () => g.pick('urlsafe', 72)])();

/** Quoted, wrapped by a printer's width before the closing quote: rich's panel, a logger, an indented REPL. */
export function openQuotePlants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 24 }, (_, i) => {
    const value = tokenOf(g);
    // Hex under a bare `key` (or `anahtar`) is a digest's on one line too (64 digits: SHA-256), on purpose.
    const names = /^[0-9a-f]+$/.test(value) ? ['token', 'secret', 'api_key', 'auth_token'] : ['key', 'anahtar'];
    const name = g.one([...names, 'token', 'secret']);
    const q = g.one(["'", '"']);
    const width = 26 + g.int(16);
    const lines: string[] = [];
    for (let k = 0; k < value.length; k += width) lines.push(value.slice(k, k + width));
    const border = i % 3 === 0 ? '│ ' : i % 3 === 1 ? '' : '>>> ';
    const pad = i % 3 === 1 ? '    ' : '  ';
    const body = lines.map((l, k) => (k === 0 ? `${border}${name} = ${q}${l}` : `${border}${pad}${l}`)).join('\n');
    return { name: `open quote ${i}`, rel: 'agent_outputs/agent_b.txt', text: `${body}${q}\n${border}n = 3\n`, value };
  });
}

/** A dotted token in a URL's `appid=` or `code=`: an Airtable PAT, a token of parts. */
export function dottedQueryPlants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 12 }, (_, i) => {
    const value =
      i % 2 === 0
        ? `pat${g.pick('alnum', 14)}.${g.pick('hex', 64)}`
        : `${g.pick('alnum', 20)}.${g.pick('urlsafe', 12)}.${g.pick('alnum', 24)}`;
    const param = i % 4 < 2 ? 'appid' : 'code';
    return {
      name: `query ${i}`,
      rel: 'traces/agent_a.log',
      text: `HTTPError: 403 Forbidden for url: https://api.example.org/v1/x?q=Paris&${param}=${value}&units=metric\n`,
      value,
    };
  });
}

const PASSWORD_NAMES = ['parol', 'PAROL', 'mima', 'db_mima', 'pasuwado', 'bimilbeonho'];
const KEY_NAMES = ['MIYAO', 'miyao', 'klyuch', 'API_KLYUCH', 'yaoshi', 'kagi', 'ANAHTAR'];

/** Names transliterated from other languages, in six formats, and as a YAML block or folded scalar. */
export function transliteratedPlants(seed: number): Plant[] {
  const g = seededGen(seed);
  return Array.from({ length: 32 }, (_, i) => {
    const password = i % 2 === 0;
    const name = g.one(password ? PASSWORD_NAMES : KEY_NAMES);
    const value = password
      ? `${g.pick('letters', 6)}${g.pick('digits', 2)}${g.one(['!', '#', '%'])}${g.pick('alnum', 5)}`
      : g.one([() => g.pick('hex', 32), () => `${g.pick('b64', 38)}+${g.pick('alnum', 1)}`])();
    const half = Math.floor(value.length / 2);
    const [rel, text] = [
      ['workspace/.env', `${name}=${value}\n`],
      ['workspace/setup.ps1', `$env:${name} = "${value}"\n`],
      ['workspace/docker-compose.yml', `services:\n  app:\n    environment:\n      - ${name}=${value}\n`],
      ['workspace/heroku-config.txt', `=== app Config Vars\n${name}:               ${value}\n`],
      ['workspace/config.yaml', `${name}: >-\n  ${value.slice(0, half)}\n  ${value.slice(half)}\nport: 80\n`],
      ['workspace/config.yaml', `${name}: |\n  ${value}\n`],
      ['workspace/settings.toml', `${name} = "${value}"\n`],
      ['workspace/app.json', `{"${name}": "${value}"}\n`],
    ][i % 8]!;
    return { name: `${name} ${i}`, rel: rel!, text: text!, value };
  });
}

/** What stays: references under secret names, short or plain values under the new names, words beside a key. */
export const ATTACK48_TWINS: readonly (readonly [string, string])[] = [
  ['workspace/config.yaml', 'password: config.password\ntoken: secrets.db_password\n'],
  ['workspace/app.py', 'api_key = settings.API_KEY\npassword = self.password\ntoken = os.environ.get("TOKEN")\n'],
  ['workspace/app.ini', 'timeout = base.delay+5\nversion = sys.version_info.major+1\n'],
  ['workspace/config.yaml', 'mima: 123\nkagi: true\nmiyao: example\nyaoshi_count: 3\nparol_length: 12\n'],
  ['workspace/config.yaml', 'parol: >-\n  just some words here\nklyuch: |\n  see the vault\n'],
  ['agent_outputs/agent_a.txt', "print('Hello, world\n  and more words')\nx = 'abc\ndef'\n"],
  ['traces/agent_a.log', 'GET https://api.example.org/x?code=200&appid=weather.app.v2 200\n'],
  ['workspace/notes.md', 'Use `session_cookie: true` to keep users signed in.\n'],
];
