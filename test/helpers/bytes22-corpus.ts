/**
 * Issue 11, bytes22: a secret written as bytes. Representations as languages and tools print them (Go `[]byte{…}`
 * and `%v`, Rust `b"\x…"`, arrays and `dbg!`, Java/Kotlin/C#/VB arrays and char arrays, C arrays, `xxd -i`, Python
 * `bytes([…])`, `list(b"…")`, numpy, Node's `<Buffer …>`, `Uint8Array(n) […]`, `Buffer.toJSON`, colon hex on one line
 * or indented like openssl, `BitConverter` dashes, decimal lists, `od -c`/`-tx1`/`-tu1`, PowerShell one per line,
 * Elixir `<<…>>`, Lua `string.char`), each in a line of code or a tool's output. Values: provider keys (prefixed),
 * `.env` text with prefix-less keys, and prefix-less random keys under a secret name. Twins: the same layouts of
 * benign bytes, and colon hex as certificates, MACs and IPv6 print it. Values are built per seed from fragments.
 */
import { inspect } from 'node:util';
import { CHARSETS, fakeSecrets, seededBytes } from './fake-secrets.js';
import { randomToken } from './placements.js';

const hx = (b: number): string => b.toString(16).padStart(2, '0');
const join = (b: Buffer, f: (x: number) => string, sep = ', '): string => [...b].map(f).join(sep);
const dec = (b: Buffer, sep = ', '): string => join(b, String, sep);
const ox = (b: Buffer, sep = ', '): string => join(b, (x) => `0x${hx(x)}`, sep);
/** Items in rows of `per`, each row indented, items joined by `sep`, rows ended by `end`. */
function rows(items: string[], per: number, indent: string, sep: string, end: string): string {
  const out: string[] = [];
  for (let i = 0; i < items.length; i += per) out.push(indent + items.slice(i, i + per).join(sep));
  return out.join(`${end}\n`);
}
const cEsc = (b: Buffer): string => join(b, (x) => `\\x${hx(x)}`, '');
const charLit = (x: number): string => (x === 10 ? "'\\n'" : x === 39 ? "'\\''" : `'${String.fromCharCode(x)}'`);
const pyRepr = (b: Buffer): string =>
  join(
    b,
    (x) => (x === 10 ? '\\n' : x === 39 ? "\\'" : x >= 32 && x < 127 ? String.fromCharCode(x) : `\\x${hx(x)}`),
    '',
  );
/** `od -c`: an octal offset every 16 bytes, each byte in 4 columns (`\n`, `\0`, octal for the rest). */
function odC(b: Buffer, offsets = true): string {
  const cell = (x: number): string =>
    (x === 10
      ? '\\n'
      : x === 0
        ? '\\0'
        : x === 9
          ? '\\t'
          : x >= 32 && x < 127
            ? String.fromCharCode(x)
            : x.toString(8)
    ).padStart(4, ' ');
  const out: string[] = [];
  for (let i = 0; i < b.length; i += 16)
    out.push((offsets ? i.toString(8).padStart(7, '0') : '') + join(b.subarray(i, i + 16), cell, ''));
  if (offsets) out.push(b.length.toString(8).padStart(7, '0'));
  return out.join('\n');
}
/** numpy's repr of a uint8 array: numbers padded to 3, wrapped before 75 columns under `array([`. */
function numpy(b: Buffer): string {
  const items = [...b].map((x) => String(x).padStart(3, ' '));
  const lines: string[] = [];
  let line = 'array([';
  for (const [k, it] of items.entries()) {
    const piece = it + (k < items.length - 1 ? ',' : '');
    if (line.length + piece.length + 1 > 75) [lines[lines.length], line] = [line.trimEnd(), `       ${piece}`];
    else line += (line.endsWith('[') ? '' : ' ') + piece;
  }
  return [...lines, `${line}], dtype=uint8)`].join('\n');
}

/** A layout: the file it is in and its text, given a name and the bytes. */
export type Layout = [id: string, file: string, (n: string, b: Buffer) => string];

export const LAYOUTS: readonly Layout[] = [
  ['go-hex', 'main.go', (n, b) => `var ${n} = []byte{${ox(b)}}\n`],
  [
    'go-gofmt',
    'main.go',
    (n, b) =>
      `var ${n} = []byte{\n${rows(
        [...b].map((x) => `0x${hx(x)}`),
        8,
        '\t',
        ', ',
        ',',
      )},\n}\n`,
  ],
  ['go-dec', 'main.go', (n, b) => `\t${n} := []byte{${dec(b)}}\n`],
  ['go-%v', 'run.log', (n, b) => `2026/01/02 15:04:05 ${n}: [${dec(b, ' ')}]\n`],
  ['go-% x', 'run.log', (n, b) => `2026/01/02 15:04:05 debug ${n}=${join(b, hx, ' ')}\n`],
  ['rust-bstr', 'main.rs', (n, b) => `let ${n}: &[u8] = b"${cEsc(b)}";\n`],
  ['rust-arr', 'main.rs', (n, b) => `const ${n.toUpperCase()}: [u8; ${b.length}] = [${ox(b)}];\n`],
  ['rust-vec', 'main.rs', (n, b) => `    let ${n} = vec![${dec(b)}];\n`],
  [
    'rust-dbg',
    'run.log',
    (n, b) => `[src/main.rs:12:5] ${n} = [\n${rows([...b].map(String), 1, '    ', '', ',')},\n]\n`,
  ],
  ['rust-hex-dbg', 'run.log', (n, b) => `${n} = [${join(b, hx)}]\n`],
  ['java-bytes', 'App.java', (n, b) => `    byte[] ${n} = new byte[]{${dec(b)}};\n`],
  ['kotlin', 'App.kt', (n, b) => `val ${n} = byteArrayOf(${ox(b)})\n`],
  ['java-chars', 'App.java', (n, b) => `    char[] ${n} = {${join(b, charLit)}};\n`],
  ['csharp', 'App.cs', (n, b) => `var ${n} = new byte[] { ${join(b, (x) => `0x${hx(x).toUpperCase()}`)} };\n`],
  ['java-tostring', 'run.log', (n, b) => `INFO  Main - ${n} = [${dec(b)}]\n`],
  ['vb', 'App.vb', (n, b) => `Dim ${n} As Byte() = New Byte() {${join(b, (x) => `&H${hx(x).toUpperCase()}`)}}\n`],
  ['c-arr', 'main.c', (n, b) => `static const unsigned char ${n}[] = {${ox(b, ',')}};\n`],
  [
    'xxd-i',
    'key.h',
    (n, b) =>
      `unsigned char ${n}[] = {\n${rows(
        [...b].map((x) => `0x${hx(x)}`),
        12,
        '  ',
        ', ',
        ',',
      )}\n};\n`,
  ],
  ['c-str', 'main.c', (n, b) => `const char *${n} = "${cEsc(b)}";\n`],
  ['py-bytes', 'app.py', (n, b) => `${n} = bytes([${dec(b)}])\n`],
  ['py-bytearray', 'app.py', (n, b) => `${n} = bytearray(b'${pyRepr(b)}')\n`],
  ['py-bx', 'app.py', (n, b) => `${n} = b'${cEsc(b)}'\n`],
  ['py-list', 'session.txt', (n, b) => `>>> list(${n})\n[${dec(b)}]\n`],
  ['numpy', 'notebook.txt', (n, b) => `>>> np.frombuffer(${n}, dtype=np.uint8)\n${numpy(b)}\n`],
  ['node-buffer', 'repl.txt', (n, b) => `> ${n}\n${inspect(b)}\n`],
  ['buffer-from', 'app.js', (n, b) => `const ${n} = Buffer.from([${ox(b)}]);\n`],
  ['uint8-inspect', 'run.log', (n, b) => `${n} ${inspect(new Uint8Array(b))}\n`],
  ['new-uint8', 'app.ts', (n, b) => `const ${n} = new Uint8Array([${dec(b)}]);\n`],
  ['buffer-json', 'events.jsonl', (n, b) => `${JSON.stringify({ event: 'send', [n]: b })}\n`],
  ['colon-line', 'notes.md', (n, b) => `${n}: ${join(b, hx, ':')}\n`],
  ['colon-openssl', 'cert.txt', (n, b) => `    ${n}:\n${rows([...b].map(hx), 15, '        ', ':', ':')}\n`],
  [
    'colon-upper',
    'keytool.txt',
    (n, b) =>
      `${n}:\n${rows(
        [...b].map((x) => hx(x).toUpperCase()),
        16,
        '  ',
        ':',
        ':',
      )}\n`,
  ],
  ['dec-spaced', 'run.log', (n, b) => `${n} bytes: ${dec(b, ' ')}\n`],
  ['od-c', 'shell.txt', (n, b) => `$ printf '%s\\n' "$${n}" | od -c\n${odC(b)}\n`],
  ['od-An-c', 'shell.txt', (n, b) => `$ cat ${n}.txt | od -An -c\n${odC(b, false)}\n`],
  [
    'od-tx1',
    'shell.txt',
    (n, b) =>
      `$ echo "$${n}" | od -An -tx1\n${rows(
        [...b].map((x) => ` ${hx(x)}`),
        16,
        '',
        '',
        '',
      )}\n`,
  ],
  [
    'od-tu1',
    'shell.txt',
    (n, b) =>
      `$ echo "$${n}" | od -An -tu1\n${rows(
        [...b].map((x) => String(x).padStart(4)),
        16,
        '',
        '',
        '',
      )}\n`,
  ],
  ['powershell', 'ps.txt', (n, b) => `PS> [Text.Encoding]::UTF8.GetBytes($env:${n})\n${dec(b, '\n')}\n`],
  ['bitconverter', 'run.log', (n, b) => `${n}: ${join(b, (x) => hx(x).toUpperCase(), '-')}\n`],
  ['ruby', 'irb.txt', (n, b) => `irb(main):001> ${n}.bytes\n=> [${dec(b)}]\n`],
  ['elixir', 'iex.txt', (n, b) => `iex(1)> ${n}\n<<${dec(b)}>>\n`],
  ['lua', 'init.lua', (n, b) => `local ${n} = string.char(${dec(b)})\n`],
  ['swift', 'App.swift', (n, b) => `let ${n}: [UInt8] = [${ox(b)}]\n`],
  ['dart', 'main.dart', (n, b) => `final ${n} = Uint8List.fromList([${dec(b)}]);\n`],
  ['json-array', 'out.json', (n, b) => `{"${n}": [${dec(b, ',')}]}\n`],
];

/** Which layouts print the name where an output is (not an assignment of code): a name given is still near. */
export const SECRET_NAMES = [
  'apiKey',
  'api_key',
  'API_KEY',
  'secret',
  'token',
  'password',
  'client_secret',
  'authToken',
];
const NEUTRAL = ['data', 'buf', 'payload', 'header', 'magic', 'table', 'chunk', 'body', 'sample', 'msg'];
const ENV_NAMES = ['OPENAI_API_KEY', 'DB_PASSWORD', 'STRIPE_SECRET', 'APP_TOKEN', 'CLIENT_SECRET', 'ADMIN_PASSWORD'];

export interface BytePlant {
  layout: string;
  kind: string;
  file: string;
  text: string;
  value: string;
}

/** Plants: every layout × (a provider key, `.env` text, a random key under a secret name) × `n`. */
export function bytePlants(rand: () => number, n = 3): BytePlant[] {
  const tok = randomToken(rand);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Keys a provider's prefix names (not those only a name beside them makes a secret: a URL's password, a bearer).
  const prefixed = fakeSecrets(Math.floor(rand() * 1e9))
    .filter((s) => !s.byKeyName && !['url-password', 'bearer-header'].includes(s.family))
    .map((s) => s.value)
    .filter((v) => /^[!-~]{20,200}$/.test(v) && !v.includes('://'));
  const bare = (): string =>
    pick([
      () => tok(CHARSETS.alnum, 32),
      () => tok(CHARSETS.urlsafe, 40),
      () => tok(CHARSETS.alnum, 24) + pick(['!', '#', '@', '$']) + tok(CHARSETS.alnum, 6),
      () => tok(CHARSETS.b64, 43) + '=',
    ])();
  const out: BytePlant[] = [];
  for (const [layout, file, make] of LAYOUTS)
    for (let i = 0; i < n; i++) {
      const key = pick(prefixed);
      const nl = pick(['', '\n']);
      out.push({
        layout,
        kind: 'prefixed',
        file,
        value: key,
        text: make(pick([...NEUTRAL, ...SECRET_NAMES]), Buffer.from(key + nl)),
      });
      const v = bare();
      const env = pick([
        `${pick(ENV_NAMES)}=${v}\n`,
        `PORT=3000\n${pick(ENV_NAMES)}=${v}\nDEBUG=false\n`,
        `# app\n${pick(ENV_NAMES)}="${v}"\n`,
      ]);
      out.push({ layout, kind: 'dotenv', file, value: v, text: make(pick(NEUTRAL), Buffer.from(env)) });
      const w = bare();
      out.push({ layout, kind: 'named', file, value: w, text: make(pick(SECRET_NAMES), Buffer.from(w + nl)) });
    }
  return out;
}

/** What a recipient reads back: decimal, `0x`/`&H`, bare hex pairs, `\x`/octal escapes, char lists and od columns. */
export function byteReadings(out: string): string {
  const parts = [out];
  const codes = (re: RegExp, radix: number): string =>
    [...out.matchAll(re)]
      .map((m) => parseInt(m[1]!, radix))
      .filter((c) => c < 256)
      .map((c) => String.fromCharCode(c))
      .join('');
  parts.push(codes(/(?<![\w.])(\d{1,3})(?![\w.])/g, 10));
  parts.push(codes(/(?:0[xX]|&H)([0-9a-fA-F]{1,2})(?![0-9a-fA-F])/g, 16));
  parts.push(codes(/(?<![0-9A-Za-z])([0-9a-fA-F]{2})(?![0-9A-Za-z])/g, 16));
  parts.push(codes(/\\x([0-9a-fA-F]{2})/g, 16), codes(/\\([0-7]{3})/g, 8));
  parts.push(out.replace(/^[ \t]*[0-7]{7}/gm, '').replace(/\\[n0t]|[\s',"{}]/g, ''));
  return parts.join('\n');
}

/** Benign bytes: prose, JSON, magic numbers, test vectors, tables, random bytes, public ids and placeholders. */
export function benignBytes(rand: () => number): [string, Buffer][] {
  const bytes = seededBytes(Math.floor(rand() * 1e9));
  const tok = randomToken(rand);
  const s = (t: string): Buffer => Buffer.from(t);
  const h = (t: string): Buffer => Buffer.from(t.replace(/\s/g, ''), 'hex');
  return [
    ['prose', s('Hello, world! This is a test message.')],
    ['prose2', s('The quick brown fox jumps over the lazy dog')],
    ['json', s('{"model":"gpt-4o-mini","max_tokens":4096}')],
    ['json-nl', s('{"status": "ok", "count": 12}\n')],
    ['png', h('89504e470d0a1a0a0000000d4948445200000100')],
    ['zip', h('504b0304140000000800a1b2c3d4')],
    ['gzip', h('1f8b0800000000000003cb48cdc9c9')],
    ['elf', h('7f454c4602010100000000000000000002003e00')],
    ['pdf', s('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['aes-key', h('2b7e151628aed2a6abf7158809cf4f3c')],
    ['aes-iv', h('000102030405060708090a0b0c0d0e0f')],
    ['sha256-abc', h('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')],
    ['hmac-key', h('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b')],
    ['hmac-data', s('what do ya want for nothing?')],
    ['sbox', h('637c777bf26b6fc53001672bfed7ab76ca82c97dfa5947f0')],
    ['b64-alphabet', s('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')],
    ['hex-alphabet', s('0123456789abcdef')],
    ['random16', bytes(16)],
    ['random32', bytes(32)],
    ['random48', bytes(48)],
    ['uuid', s('123e4567-e89b-42d3-a456-426614174000')],
    ['model', s('claude-sonnet-4-5-20250929')],
    ['path', s('/home/user/.config/massgen/config.yaml')],
    ['placeholder', s('your-api-key-here')],
    ['placeholder2', s('sk-...')],
    ['placeholder3', s('<TOKEN>\n')],
    ['placeholder4', s('xxxxxxxxxxxxxxxxxxxxxxxx')],
    ['env-ref', s('OPENAI_API_KEY=${OPENAI_API_KEY}\n')],
    ['env-benign', s('PORT=3000\nDEBUG=false\nLOG_LEVEL=info\n')],
    ['b64-public', s('SGVsbG8sIHdvcmxkIQ==')],
    ['utf8', s('naïve café — 東京')],
    ['http', s('GET / HTTP/1.1\r\nHost: example.com\r\n\r\n')],
    ['fib', Buffer.from([1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233])],
    ['days', Buffer.from([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])],
    ['pixels', Buffer.from([255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255])],
    ['ids', s(`toolu_01${tok(CHARSETS.alnum, 4).toLowerCase()}`).subarray(0, 8)],
  ];
}

/** Twins: each benign sample in several layouts under a neutral name (placeholders under a secret name too). */
export function byteTwins(rand: () => number): [string, string][] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: [string, string][] = [];
  for (const [what, b] of benignBytes(rand))
    for (let i = 0; i < 4; i++) {
      const [, file, make] = pick(LAYOUTS);
      const n = what.startsWith('placeholder') || what === 'env-ref' ? pick(SECRET_NAMES) : pick(NEUTRAL);
      out.push([file, make(n, b)]);
    }
  return [...out, ...colonTwins(rand)];
}

/** Colon hex that is public: fingerprints, serials, key ids, a public modulus as openssl prints it, MACs, IPv6. */
export function colonTwins(rand: () => number): [string, string][] {
  const bytes = seededBytes(Math.floor(rand() * 1e9));
  const colon = (b: Buffer, up = false): string => {
    const t = [...b].map(hx).join(':');
    return up ? t.toUpperCase() : t;
  };
  const out: [string, string][] = [];
  for (let i = 0; i < 6; i++) {
    const mod = Buffer.concat([Buffer.from([0]), bytes(256)]);
    mod[1] = mod[1]! | 0x80;
    const lines = rows([...mod].map(hx), 15, '                    ', ':', ':');
    out.push(
      ['cert.txt', `SHA256 Fingerprint=${colon(bytes(32), true)}\n`],
      ['cert.txt', `SHA1 Fingerprint=${colon(bytes(20), true)}\n`],
      [
        'keytool.txt',
        `Certificate fingerprints:\n\t SHA1: ${colon(bytes(20), true)}\n\t SHA256: ${colon(bytes(32), true)}\n`,
      ],
      [
        'x509.txt',
        `        Serial Number:\n            ${colon(bytes(16))}\n        Subject Public Key Info:\n` +
          `            Public Key Algorithm: rsaEncryption\n                Public-Key: (2048 bit)\n` +
          `                Modulus:\n${lines}\n                Exponent: 65537 (0x10001)\n` +
          `        X509v3 Subject Key Identifier: \n            ${colon(bytes(20), true)}\n` +
          `    Signature Algorithm: sha256WithRSAEncryption\n    Signature Value:\n` +
          `${rows([...bytes(64)].map(hx), 18, '        ', ':', ':')}\n`,
      ],
      [
        'ip.txt',
        `2: eth0: <BROADCAST,MULTICAST,UP> mtu 1500\n    link/ether ${colon(bytes(6))} brd ff:ff:ff:ff:ff:ff\n`,
      ],
      [
        'ip.txt',
        `    inet6 fe80::${[...bytes(8)]
          .map(hx)
          .join('')
          .replace(/(.{4})(?=.)/g, '$1:')}/64 scope link\n`,
      ],
      ['ssh.txt', `ED25519 key fingerprint is MD5:${colon(bytes(16))}.\n`],
      [
        'palette.c',
        `static const uint8_t palette[][3] = {{0x1f, 0x77, 0xb4}, {0xff, 0x7f, 0x0e}, {0x2c, 0xa0, 0x2c}};\n`,
      ],
      ['app.py', `COLORS = [(31, 119, 180), (255, 127, 14), (44, 160, 44), (214, 39, 40)]\nshape = [64, 64, 3]\n`],
      ['app.go', `var primes = []int{2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47}\n`],
    );
  }
  return out;
}
