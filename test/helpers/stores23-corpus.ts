/**
 * Issue 11, category 6 (round 23): secrets in workspace files that are binary stores or raw encodings a recipient
 * reads back with a standard tool. A seeded generator of such files, each holding one secret (prefixed keys and
 * prefix-less keys and passwords under a secret name), and of twins in the same layouts holding none: SQLite databases
 * (through the sqlite3 CLI: key/value and settings tables, overflow pages, deleted rows, WAL files, UTF-16 databases),
 * Python pickles (protocols 0-5, built by hand), NumPy `.npy` arrays of strings, BSON, MessagePack, Java serialised
 * strings, UTF-32/UTF-16 text without a byte-order mark, NUL-separated environ dumps, git binary patches, raw DEFLATE
 * and zlib/gzip payloads in base64.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { CHARSETS, rng } from './fake-secrets.js';

export interface StoreCase {
  /** Workspace-relative name. */
  rel: string;
  abs: string;
  /** The secret planted, or null for a twin. */
  secret: string | null;
  /** The placement, for reports. */
  kind: string;
}

const j = (...parts: string[]): string => parts.join('');

export const hasSqlite = ((): boolean => {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

type Gen = (set: keyof typeof CHARSETS, n: number) => string;

/** Secret values: prefixed keys and prefix-less keys and passwords. */
function values(g: Gen, pick: <T>(xs: readonly T[]) => T): (() => string)[] {
  const syms = [...'!#%&*@^~?+'];
  return [
    () => j('sk-', 'proj-', g('urlsafe', 58), 'T3Bl', 'bkFJ', g('urlsafe', 58)),
    () => j('gh', 'p_', g('alnum', 36)),
    () => j('xo', 'xb-', g('digits', 12), '-', g('digits', 13), '-', g('alnum', 24)),
    () => j('sk-', 'ant-', 'api03-', g('urlsafe', 93), 'AA'),
    () => j('hf', '_', g('letters', 34)),
    () => j('gl', 'pat-', g('urlsafe', 20)),
    () => g('alnum', 32),
    () => g('alnum', 40),
    () => g('urlsafe', 43),
    () => g('hex', 8) + g('alnum', 24),
    () => j(g('letters', 5), pick(syms), g('digits', 3), g('letters', 4), pick(syms), g('alnum', 3)),
    () => j(g('alnum', 6), pick(syms), g('alnum', 6), pick(syms), g('digits', 2)),
  ];
}

const NAMES = [
  'OPENAI_API_KEY',
  'api_key',
  'zilliz_api_key',
  'password',
  'db_password',
  'secret_key',
  'ANTHROPIC_API_KEY',
  'access_token',
  'client_secret',
  'GITHUB_TOKEN',
  'smtp_pass',
  'auth_token',
];

/** Ordinary values of the twins: ids, hashes, UUIDs, model names, timestamps, placeholders, prose. */
function benign(g: Gen, pick: <T>(xs: readonly T[]) => T): (() => string)[] {
  const uuid = (): string => [g('hex', 8), g('hex', 4), '4' + g('hex', 3), '8' + g('hex', 3), g('hex', 12)].join('-');
  return [
    uuid,
    () => g('hex', 40),
    () => g('hex', 64),
    () => pick(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-2.5-pro', 'o3-mini', 'grok-4']),
    () => `2026-0${1 + Math.floor(g('digits', 1).charCodeAt(0) % 9)}-1${g('digits', 1)}T10:2${g('digits', 1)}:00Z`,
    () => pick(['your-api-key-here', 'sk-...', '<TOKEN>', 'xxxxxxxxxxxxxxxx', '${OPENAI_API_KEY}', 'changeme']),
    () => pick(['dark', 'en_US.UTF-8', '/usr/local/bin:/usr/bin:/bin', 'The quick brown fox jumps over it.']),
    () => `chatcmpl-${g('alnum', 29)}`,
    () => `sha256:${g('hex', 64)}`,
    () => String(Number(g('digits', 9))),
  ];
}

const BENIGN_NAMES = ['model', 'theme', 'run_id', 'created_at', 'commit', 'version', 'locale', 'PATH', 'HOME', 'note'];

/** SQL string literal. */
const q = (s: string): string => `'${s.replace(/'/g, "''")}'`;

/** The SQLite layouts: each gives the SQL making a database with `name`/`value` in it (and whether to keep its WAL). */
const SQLITE: [string, (name: string, value: string, g: Gen) => string, string?][] = [
  [
    'kv',
    (n, v, g) =>
      `CREATE TABLE kv(k TEXT, v TEXT); INSERT INTO kv VALUES('theme','dark'),(${q(n)},${q(v)}),('run','${g('hex', 12)}');`,
  ],
  [
    'settings',
    (n, v) =>
      `CREATE TABLE settings(id INTEGER PRIMARY KEY, key TEXT, value TEXT, updated_at TEXT); INSERT INTO settings(key,value,updated_at) VALUES('model','gpt-4o','2026-01-02'),(${q(n)},${q(v)},'2026-01-03');`,
  ],
  [
    'overflow',
    (n, v, g) =>
      `PRAGMA page_size=512; CREATE TABLE config(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO config(body) VALUES(${q(
        JSON.stringify({ notes: g('lowerAlnum', 900), [n]: v, tail: g('lowerAlnum', 300) }),
      )});`,
  ],
  [
    'deleted',
    (n, v) =>
      `PRAGMA secure_delete=OFF; CREATE TABLE secrets(name TEXT, value TEXT); INSERT INTO secrets VALUES(${q(n)},${q(v)}); INSERT INTO secrets VALUES('keep','me'); DELETE FROM secrets WHERE name=${q(n)};`,
  ],
  [
    'wal',
    (n, v) =>
      `PRAGMA journal_mode=WAL; CREATE TABLE env(name TEXT, value TEXT); INSERT INTO env VALUES(${q(n)},${q(v)});`,
    'wal',
  ],
  [
    'utf16',
    (n, v) => `PRAGMA encoding='UTF-16le'; CREATE TABLE kv(k TEXT, v TEXT); INSERT INTO kv VALUES(${q(n)},${q(v)});`,
  ],
  [
    'column',
    (n, v) =>
      `CREATE TABLE account(id INTEGER PRIMARY KEY, "${n.toLowerCase()}" TEXT); INSERT INTO account("${n.toLowerCase()}") VALUES(${q(v)});`,
  ],
  ['blob', (n, v) => `CREATE TABLE kv(k TEXT, v BLOB); INSERT INTO kv VALUES(${q(n)}, CAST(${q(v)} AS BLOB));`],
];

/** A Python pickle of a str → str dict at `proto` (0 to 5), as CPython writes it. */
export function pickle(dict: [string, string][], proto: number): Buffer {
  const parts: Buffer[] = [];
  const b = (s: string | number[]): void =>
    void parts.push(typeof s === 'string' ? Buffer.from(s, 'latin1') : Buffer.from(s));
  const u32 = (n: number): number[] => [n & 255, (n >> 8) & 255, (n >> 16) & 255, (n >>> 24) & 255];
  let memo = 0;
  if (proto === 0) {
    b(`(dp${memo++}\n`);
    for (const [k, v] of dict) {
      for (const s of [k, v]) {
        parts.push(Buffer.from(`V${s}\n`, 'utf8'));
        b(`p${memo++}\n`);
      }
      b('s');
    }
    b('.');
    return Buffer.concat(parts);
  }
  if (proto >= 2) b([0x80, proto]);
  const body: Buffer[] = [];
  const put = (x: number[] | Buffer): void => void body.push(Buffer.from(x));
  put([0x7d]);
  put(proto >= 4 ? [0x94] : [0x71, memo++]);
  put([0x28]);
  for (const [k, v] of dict) {
    for (const s of [k, v]) {
      const data = Buffer.from(s, 'utf8');
      if (proto >= 4 && data.length < 256) put([0x8c, data.length]);
      else put([0x58, ...u32(data.length)]);
      put(data);
      put(proto >= 4 ? [0x94] : [0x71, memo++ & 255]);
    }
  }
  put([0x75, 0x2e]);
  const all = Buffer.concat(body);
  if (proto >= 4) b([0x95, ...u32(all.length), 0, 0, 0, 0]);
  parts.push(all);
  return Buffer.concat(parts);
}

/** A NumPy .npy file of a 1-D array of strings (dtype `<U` or `>U`: UTF-32, each item padded with NULs). */
export function npy(items: string[], be = false): Buffer {
  const width = Math.max(...items.map((s) => [...s].length));
  let header = `{'descr': '${be ? '>' : '<'}U${width}', 'fortran_order': False, 'shape': (${items.length},), }`;
  header += ' '.repeat(63 - ((10 + header.length) % 64)) + '\n';
  const head = Buffer.alloc(10);
  Buffer.from('\x93NUMPY\x01\x00', 'latin1').copy(head);
  head.writeUInt16LE(header.length, 8);
  const data = Buffer.alloc(items.length * width * 4);
  items.forEach((s, i) => {
    [...s].forEach((c, k) => {
      const at = (i * width + k) * 4;
      if (be) data.writeUInt32BE(c.codePointAt(0)!, at);
      else data.writeUInt32LE(c.codePointAt(0)!, at);
    });
  });
  return Buffer.concat([head, Buffer.from(header, 'latin1'), data]);
}

/** A BSON document of string fields. */
export function bson(dict: [string, string][]): Buffer {
  const els = dict.map(([k, v]) => {
    const val = Buffer.from(v + '\0', 'utf8');
    const len = Buffer.alloc(4);
    len.writeInt32LE(val.length);
    return Buffer.concat([Buffer.from([2]), Buffer.from(k + '\0', 'utf8'), len, val]);
  });
  const body = Buffer.concat([...els, Buffer.from([0])]);
  const len = Buffer.alloc(4);
  len.writeInt32LE(body.length + 4);
  return Buffer.concat([len, body]);
}

/** A MessagePack map of strings. */
export function msgpack(dict: [string, string][]): Buffer {
  const str = (s: string): Buffer => {
    const d = Buffer.from(s, 'utf8');
    return Buffer.concat([Buffer.from(d.length < 32 ? [0xa0 | d.length] : [0xd9, d.length]), d]);
  };
  return Buffer.concat([Buffer.from([0x80 | dict.length]), ...dict.flatMap(([k, v]) => [str(k), str(v)])]);
}

/** Java serialised strings (TC_STRING after the stream header), as `ObjectOutputStream.writeObject` of each. */
export function javaStrings(items: string[]): Buffer {
  return Buffer.concat([
    Buffer.from([0xac, 0xed, 0, 5]),
    ...items.map((s) => {
      const d = Buffer.from(s, 'utf8');
      return Buffer.concat([Buffer.from([0x74, d.length >> 8, d.length & 255]), d]);
    }),
  ]);
}

const B85 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~';

/** A git binary patch of a new file `name` holding `data` (`git diff --binary`: zlib, base85 lines of 52 bytes). */
export function gitBinaryPatch(name: string, data: Buffer): string {
  const z = zlib.deflateSync(data);
  const lines: string[] = [];
  for (let at = 0; at < z.length; at += 52) {
    const chunk = z.subarray(at, at + 52);
    const n = chunk.length;
    const padded = Buffer.concat([chunk, Buffer.alloc((4 - (n % 4)) % 4)]);
    let line = n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(96 + n - 26);
    for (let i = 0; i < padded.length; i += 4) {
      let v = padded.readUInt32BE(i);
      const out: string[] = [];
      for (let k = 0; k < 5; k++) {
        out.unshift(B85[v % 85]!);
        v = Math.floor(v / 85);
      }
      line += out.join('');
    }
    lines.push(line);
  }
  return [
    `diff --git a/${name} b/${name}`,
    'new file mode 100644',
    'index 0000000000000000000000000000000000000000..1f2e3d4c5b6a79881726354453627180a9b8c7d6',
    'GIT binary patch',
    `literal ${data.length}`,
    ...lines,
    '',
    'literal 0',
    'HcmV?d00001',
    '',
  ].join('\n');
}

/** UTF-32 text without a byte-order mark. */
export function utf32(s: string, be = false): Buffer {
  const cps = [...s].map((c) => c.codePointAt(0)!);
  const out = Buffer.alloc(cps.length * 4);
  cps.forEach((c, i) => (be ? out.writeUInt32BE(c, i * 4) : out.writeUInt32LE(c, i * 4)));
  return out;
}

/** UTF-16BE text without a byte-order mark. */
export const utf16be = (s: string): Buffer => Buffer.from(s, 'utf16le').swap16();

const PROSE = [
  'The agents compared three answers and voted for the second one.',
  'Run the evaluation again with a smaller batch size to save memory.',
  'Dieser Bericht fasst die Ergebnisse der letzten Woche zusammen.',
];

/** Text layouts: the bytes of a file holding `name = value` (or only prose for a twin), by file name. */
function textLayouts(g: Gen): [string, (n: string, v: string) => Buffer | string][] {
  const env = (n: string, v: string): string =>
    `# ${PROSE[0]}\nMODEL=gpt-4o\n${n.toUpperCase()}=${v}\nLOG_LEVEL=info\n`;
  const b64 = (data: Buffer): string => data.toString('base64');
  return [
    ['env.utf32le.txt', (n, v) => utf32(env(n, v))],
    ['env.utf32be.txt', (n, v) => utf32(env(n, v), true)],
    ['env.utf16be.txt', (n, v) => utf16be(env(n, v))],
    ['notes.utf16le.txt', (n, v) => Buffer.from(`${PROSE[1]}\r\n${n}: ${v}\r\n`, 'utf16le')],
    [
      'environ',
      (n, v) =>
        Buffer.from(
          `PATH=/usr/local/bin:/usr/bin\0HOME=/home/agent\0LANG=C.UTF-8\0${n.toUpperCase()}=${v}\0PWD=/work\0`,
          'utf8',
        ),
    ],
    ['dotenv.patch', (n, v) => gitBinaryPatch('.env', Buffer.from(env(n, v)))],
    [
      'sso.log',
      (n, v) => {
        const xml = `<samlp:AuthnRequest ID="_${g('hex', 32)}"><saml:Attribute Name="${n}">${v}</saml:Attribute></samlp:AuthnRequest>`;
        return `127.0.0.1 - - "GET /sso?SAMLRequest=${encodeURIComponent(b64(zlib.deflateRawSync(xml)))}&RelayState=x HTTP/1.1" 302\n`;
      },
    ],
    [
      'payload.json',
      (n, v) =>
        JSON.stringify({
          encoding: 'deflate-raw',
          data: b64(zlib.deflateRawSync(JSON.stringify({ run: 7, [n]: v }))),
        }) + '\n',
    ],
    ['zlib.json', (n, v) => JSON.stringify({ id: g('hex', 8), blob: b64(zlib.deflateSync(`${n}=${v}\n`)) }) + '\n'],
    ['gz.log', (n, v) => `2026-01-02 INFO cached config: ${b64(zlib.gzipSync(JSON.stringify({ [n]: v })))}\n`],
  ];
}

/** The serialised layouts, by extension. */
const SERIAL: [string, (n: string, v: string, g: Gen) => Buffer][] = [
  ...[0, 1, 2, 3, 4, 5].map(
    (p) =>
      [
        `p${p}.pkl`,
        (n: string, v: string) =>
          pickle(
            [
              ['model', 'gpt-4o'],
              [n, v],
              ['retries', '3'],
            ],
            p,
          ),
      ] as [string, (n: string, v: string, g: Gen) => Buffer],
  ),
  ['arr.npy', (n, v) => npy(['model', n, v, 'done'])],
  ['arr_be.npy', (n, v) => npy([n, v], true)],
  [
    'doc.bson',
    (n, v) =>
      bson([
        ['_id', 'abc'],
        [n, v],
      ]),
  ],
  [
    'doc.msgpack',
    (n, v) =>
      msgpack([
        ['model', 'gpt-4o'],
        [n, v],
      ]),
  ],
  ['obj.ser', (n, v) => javaStrings([n, v])],
];

/** Writes the corpus under `dir` and returns its cases: `perLayout` secrets and as many twins in each layout. */
export function storesCorpus(dir: string, seed = 23, perLayout = 6): StoreCase[] {
  const rand = rng(seed);
  const g: Gen = (set, n) =>
    Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const secretValues = values(g, pick);
  const benignValues = benign(g, pick);
  const out: StoreCase[] = [];
  const write = (rel: string, data: Buffer | string, secret: string | null, kind: string): void => {
    const abs = path.join(dir, rel);
    fs.writeFileSync(abs, data);
    out.push({ rel, abs, secret, kind });
  };
  let i = 0;
  const plant = (twin: boolean): [string, string | null, string] => {
    i++;
    if (twin) return [pick(BENIGN_NAMES), null, benignValues[i % benignValues.length]!()];
    const v = secretValues[i % secretValues.length]!();
    return [NAMES[i % NAMES.length]!, v, v];
  };
  for (const twin of [false, true]) {
    for (let k = 0; k < perLayout; k++) {
      if (hasSqlite) {
        for (const [kind, sql, wal] of SQLITE) {
          const [n, secret, v] = plant(twin);
          const rel = `${kind}${twin ? 't' : 's'}${k}.${pick(['db', 'sqlite', 'sqlite3'])}`;
          const abs = path.join(dir, rel);
          if (wal) {
            const keep = `${abs}-wal`;
            execFileSync('sqlite3', [abs], { input: `${sql(n, v, g)}\n.system cp ${abs}-wal ${keep}.copy\n` });
            fs.renameSync(`${keep}.copy`, keep);
            out.push({ rel: `${rel}-wal`, abs: keep, secret, kind: `sqlite-${kind}` });
          } else {
            execFileSync('sqlite3', [abs], { input: sql(n, v, g) });
            out.push({ rel, abs, secret, kind: `sqlite-${kind}` });
          }
        }
      }
      for (const [ext, make] of SERIAL) {
        const [n, secret, v] = plant(twin);
        write(`${twin ? 't' : 's'}${k}${ext}`, make(n, v, g), secret, ext);
      }
      for (const [name, make] of textLayouts(g)) {
        const [n, secret, v] = plant(twin);
        write(`${twin ? 't' : 's'}${k}-${name}`, make(n, v), secret, name);
      }
    }
  }
  return out;
}
