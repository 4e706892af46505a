/**
 * The corpus of the fifteenth escapes round, part 2: a name and its value separated by a NUL, a tab, a unit or record
 * separator in a binary: PNG text chunks (`API_KEY\0<value>`), `env -0` and /proc/<pid>/environ, NUL-, tab- and
 * separator-delimited records, BSON documents, Java class constant pools, binary plists. Benign twins: PNGs with
 * ordinary text chunks (`Software\0…`), environments of ordinary variables, records of counts and names.
 */
import { png, type PngText } from './eval-carriers.js';
import { secretValues } from './esc15-corpus.js';

/** [what, the binary holding the value]. */
export type BinaryPlant = [string, (v: string) => Buffer];

const NAMES = ['API_KEY', 'password', 'api_key', 'OPENAI_API_KEY', 'secret', 'token', 'Password', 'DB_PASSWORD'];
const b = (s: string): Buffer => Buffer.from(s, 'latin1');
const u16be = (n: number): Buffer => Buffer.from([n >> 8, n & 255]);
const i32le = (n: number): Buffer => {
  const x = Buffer.alloc(4);
  x.writeInt32LE(n);
  return x;
};
/** A BSON document of string fields. */
const bson = (fields: [string, string][]): Buffer => {
  const body = Buffer.concat(
    fields.map(([k, v]) => Buffer.concat([b(`\x02${k}\0`), i32le(v.length + 1), b(`${v}\0`)])),
  );
  return Buffer.concat([i32le(body.length + 5), body, b('\0')]);
};
/** A Java class's constant pool: CONSTANT_Utf8 entries. */
const classPool = (strings: string[]): Buffer =>
  Buffer.concat([
    Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 52, 0, strings.length + 1]),
    ...strings.map((s) => Buffer.concat([Buffer.from([1]), u16be(s.length), b(s)])),
  ]);
/** A binary plist's ASCII strings (marker 0x5N, or 0x5F with an int length). */
const bplist = (strings: string[]): Buffer =>
  Buffer.concat([
    b('bplist00\xd2\x01\x02\x03\x04'),
    ...strings.map((s) =>
      s.length < 15
        ? Buffer.concat([Buffer.from([0x50 | s.length]), b(s)])
        : Buffer.concat([Buffer.from([0x5f, 0x10, s.length]), b(s)]),
    ),
    Buffer.alloc(32),
  ]);

export function binaryCorpus(rand: () => number): {
  plants: BinaryPlant[];
  value: () => string;
  benign: [string, Buffer][];
} {
  const { value, pick } = secretValues(rand);
  /** 64 random bytes, drawn from the corpus' seed (they were the run's: REDACT_SEED did not replay them). */
  const noise = (): Buffer => Buffer.from(Array.from({ length: 64 }, () => Math.floor(rand() * 256)));
  const n = (): string => pick(NAMES);
  const plants: BinaryPlant[] = [];
  for (const kind of ['tEXt', 'zTXt', 'iTXt', 'iTXt-z'] as PngText['kind'][]) {
    plants.push([
      `png ${kind}`,
      (v) =>
        png([
          { kind: 'tEXt', key: 'Software', text: 'gnome-screenshot' },
          { kind, key: n(), text: v },
        ]),
    ]);
  }
  const seps = ['\0', '\t', '\x1f', '\x1e', '\0\0'];
  for (const sep of seps) {
    const s = JSON.stringify(sep);
    plants.push(
      [
        `record ${s}`,
        (v) => Buffer.concat([noise(), b(`user${sep}alice${sep}${n()}${sep}${v}${sep}port${sep}5432\0`), noise()]),
      ],
      [`record ${s} end`, (v) => Buffer.concat([noise(), b(`\0${n()}${sep}${v}\0`), noise()])],
      [`record ${s} rows`, (v) => Buffer.concat([b(`id\x1fname\x1fvalue\x1e1\x1f${n()}${sep}${v}\x1e\0`), noise()])],
    );
  }
  plants.push(
    ['env -0', (v) => b(`PATH=/usr/bin:/bin\0HOME=/home/u\0${n()}=${v}\0LANG=C.UTF-8\0`)],
    ['environ', (v) => b(`HOSTNAME=web-1\0${n().toUpperCase()}=${v}\0SHLVL=1\0_=/usr/bin/env\0`)],
    [
      'bson',
      (v) =>
        bson([
          ['user', 'alice'],
          [n(), v],
          ['port', '5432'],
        ]),
    ],
    ['bson first', (v) => bson([[n(), v]])],
    ['java class', (v) => classPool(['Config', 'java/lang/Object', n(), v, 'Ljava/lang/String;'])],
    ['bplist', (v) => bplist([n(), v, 'region', 'eu-west-1'])],
  );
  const benign: [string, Buffer][] = [];
  const ordinary = [
    'Software',
    'Comment',
    'Title',
    'Author',
    'Description',
    'Creation Time',
    'Source',
    'XML:com.adobe.xmp',
  ];
  const texts = [
    'gnome-screenshot',
    'Created with GIMP',
    'matplotlib version 3.8.0, https://matplotlib.org/',
    '2024:01:02 10:00:00',
    'A chart of tokens per second',
  ];
  for (let i = 0; i < 30; i++) {
    const kind = pick(['tEXt', 'zTXt', 'iTXt', 'iTXt-z'] as PngText['kind'][]);
    benign.push([
      `png ${i}`,
      png([
        { kind, key: pick(ordinary), text: pick(texts) },
        { kind: 'tEXt', key: 'Software', text: pick(texts) },
      ]),
    ]);
    benign.push([
      `env ${i}`,
      b(`PATH=/usr/bin\0HOME=/home/u\0TERM=xterm-256color\0PASSWORD_MIN_LENGTH=${8 + i}\0TOKEN_COUNT=${i * 37}\0`),
    ]);
    benign.push([
      `record ${i}`,
      Buffer.concat([
        noise(),
        b(`token_count\0${i * 91}\0password_policy\0strong\0api_key_header\0X-Api-Key\0`),
        noise(),
      ]),
    ]);
    benign.push([
      `bson ${i}`,
      bson([
        ['token_type', 'bearer'],
        ['password_hint', 'your first pet'],
        ['name', pick(texts)],
      ]),
    ]);
  }
  return { plants, value, benign };
}
