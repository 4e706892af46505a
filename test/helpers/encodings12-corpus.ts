/**
 * The corpus of the twelfth encodings round: keys written in a reversible text encoding a recipient undoes with a
 * standard tool or a one-line script (octal escapes, UTF-16 hex, CSS escapes, .reg hex values, nested layers,
 * asciinema casts, url-safe base64, base58, base32, look-alike letters, quoted-printable, HTML entities, code lists,
 * char arrays, PowerShell's -EncodedCommand, Perl and Go spellings). Each plant carries the recipient's own decoder of
 * its encoding, written independently of the redactor, and the random part that must not come back out of it. The
 * secrets are prefixed keys of many families (encodings7-corpus.ts) and known values (given to the redactor).
 * Look-alikes (real digests, binary-looking test data, ordinary escapes, CJK and full-width prose, base64 images)
 * must stay byte for byte. Values are built at test time from fragments.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { randomStrings } from './fake-secrets.js';
import { prefixedKeys } from './encodings7-corpus.js';

export interface Plant12 {
  name: string;
  text: string;
  /** The random part: no 10-character window of it may be recoverable. */
  body: string;
  /** What a recipient reads after undoing the encoding. */
  decode: (text: string) => string;
  /** A value the redactor is told (a known value), if any. */
  known?: string;
}

const cc = (s: string): number[] => [...Buffer.from(s, 'utf8')];
const hex = (s: string | Buffer): string => Buffer.from(s).toString('hex');
const b64 = (s: string | Buffer): string => Buffer.from(s).toString('base64');
const wrapAt = (s: string, w: number): string[] => s.match(new RegExp(`.{1,${w}}`, 'g')) ?? [];

// --- Recipient decoders (what a one-line script or a standard tool does), independent of the redactor. ---

const octalDecode = (t: string): string =>
  t.replace(/\\(0?[0-7]{1,3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8) & 0xff));
const utf16HexDecode = (t: string): string => {
  const out: string[] = [];
  for (const m of t.matchAll(/[0-9a-fA-F]{16,}/g)) {
    for (const skip of [0, 2]) {
      const b = Buffer.from(m[0].slice(skip).slice(0, (m[0].length - skip) & ~1), 'hex');
      out.push(b.toString('utf16le'), b.toString('latin1').replace(/\0/g, ''));
    }
  }
  return out.join('\n');
};
const xEscDecode = (t: string): string =>
  t.replace(/\\x([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))).replace(/\0/g, '');
const cssDecode = (t: string): string =>
  t.replace(/\\([0-9a-fA-F]{1,6}) ?/g, (_, h: string) => String.fromCodePoint(Math.min(parseInt(h, 16), 0x10ffff)));
const regDecode = (t: string): string => {
  const joined = t.replace(/\\\r?\n\s*/g, '');
  const out: string[] = [];
  for (const m of joined.matchAll(/hex(?:\([0-9a-f]+\))?:([0-9a-fA-F,]+)/g)) {
    const b = Buffer.from(
      m[1]!
        .split(',')
        .filter(Boolean)
        .map((h) => parseInt(h, 16)),
    );
    out.push(b.toString('latin1').replace(/\0/g, ''), b.toString('utf16le'));
  }
  return out.join('\n');
};
const tryB64 = (s: string): Buffer => Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
const nestedDecode = (t: string): string => {
  const out: string[] = [];
  const layer = (s: string, depth: number): void => {
    out.push(s.replace(/[^\x20-\x7e\n]/g, ''));
    if (depth >= 4) return;
    for (const m of s.matchAll(/[A-Za-z0-9+/_-]{16,}={0,2}/g)) {
      const b = tryB64(m[0]);
      let g: Buffer | null = null;
      try {
        g = gunzipSync(b);
      } catch {
        g = null;
      }
      layer((g ?? b).toString('latin1'), depth + 1);
      if (/^[0-9a-fA-F]+$/.test(m[0]) && m[0].length % 2 === 0)
        layer(Buffer.from(m[0], 'hex').toString('latin1'), depth + 1);
    }
  };
  layer(t, 0);
  return out.join('\n');
};
const castDecode = (t: string): string =>
  [...t.matchAll(/^\[[\d.]+,\s*"[io]",\s*"((?:[^"\\]|\\.)*)"\]$/gm)].map((m) => JSON.parse(`"${m[1]}"`)).join('');
export const B58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
/** Base58 of bytes (Bitcoin's alphabet; leading zero bytes as `1`s). */
export function base58(b: Buffer): string {
  let n = BigInt(`0x${b.toString('hex') || '0'}`);
  let s = '';
  while (n > 0n) {
    s = B58[Number(n % 58n)]! + s;
    n /= 58n;
  }
  for (const x of b) {
    if (x !== 0) break;
    s = `1${s}`;
  }
  return s;
}
const base58Decode = (t: string): string =>
  [...t.matchAll(/[1-9A-HJ-NP-Za-km-z]{16,}/g)]
    .map((m) => {
      let n = 0n;
      for (const c of m[0]) n = n * 58n + BigInt(B58.indexOf(c));
      const h = n.toString(16);
      return Buffer.from(h.length % 2 ? `0${h}` : h, 'hex').toString('latin1');
    })
    .join('\n');
const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export function base32(b: Buffer): string {
  let bits = 0;
  let acc = 0;
  let s = '';
  for (const x of b) {
    acc = (acc << 8) | x;
    bits += 8;
    while (bits >= 5) {
      s += B32[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) s += B32[(acc << (5 - bits)) & 31];
  return s + '='.repeat((8 - (s.length % 8)) % 8);
}
const base32Decode = (t: string): string =>
  [...t.toUpperCase().matchAll(/[A-Z2-7]{16,}/g)]
    .map((m) => {
      let bits = 0;
      let acc = 0;
      const out: number[] = [];
      for (const c of m[0]) {
        acc = ((acc << 5) | B32.indexOf(c)) & 0xffff;
        bits += 5;
        if (bits >= 8) {
          out.push((acc >>> (bits - 8)) & 0xff);
          bits -= 8;
        }
      }
      return Buffer.from(out).toString('latin1');
    })
    .join('\n');
const nfkc = (t: string): string => t.normalize('NFKC');
const entityDecode = (t: string): string =>
  t
    .replace(/&#[xX]([0-9a-fA-F]+);?/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)));
const qpDecode = (t: string): string =>
  t.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const listDecode = (t: string): string =>
  [...t.matchAll(/(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3})(?:\s*,\s*(?:0[xX][0-9a-fA-F]{1,2}|\d{1,3}))+/g)]
    .map((m) => String.fromCharCode(...m[0].split(/\s*,\s*/).map((x) => Number(x))))
    .join('\n');
const chrDecode = (t: string): string =>
  t.replace(/chr\((\d+)\)\s*[.+]?\s*/g, (_, d: string) => String.fromCharCode(Number(d)));
const charArrayDecode = (t: string): string => t.replace(/['"](.)['"]\s*,?\s*/g, '$1');
const perlDecode = (t: string): string =>
  t.replace(/\\x\{([0-9a-fA-F]+)\}/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
const percentUDecode = (t: string): string =>
  t.replace(/%u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
const binaryDecode = (t: string): string =>
  t.replace(/\b([01]{8})\b\s?/g, (_, b: string) => String.fromCharCode(parseInt(b, 2)));
const psDecode = (t: string): string =>
  [...t.matchAll(/[A-Za-z0-9+/]{16,}={0,2}/g)].map((m) => Buffer.from(m[0], 'base64').toString('utf16le')).join('\n');
const dumpDecode = (t: string): string =>
  [...t.matchAll(/\|([^|\n]{1,16})\|/g)].map((m) => m[1]).join('') +
  '\n' +
  t
    .split('\n')
    .map((l) => l.replace(/^[0-9a-f]{8}:?\s+/, '').replace(/\s\s.*$/, ''))
    .join('')
    .replace(/\s/g, '')
    .replace(/[0-9a-f]{2}/g, (h) => String.fromCharCode(parseInt(h, 16)));

/** Each member: [name, encode key → text, recipient decoder]. */
type Member = [string, (k: string) => string, (t: string) => string];

const octal = (k: string, pad = false): string =>
  cc(k)
    .map((c) => `\\${pad ? '0' : ''}${c.toString(8).padStart(3, '0')}`)
    .join('');
const utf16 = (k: string, le: boolean): string => {
  const b = Buffer.from(k, 'utf16le');
  if (!le) b.swap16();
  return hex(b);
};
const regLines = (name: string, kind: string, bytes: number[]): string => {
  const items = bytes.map((b) => b.toString(16).padStart(2, '0'));
  const lines: string[] = [];
  let line = `"${name}"=${kind}:`;
  for (const [i, it] of items.entries()) {
    const piece = it + (i < items.length - 1 ? ',' : '');
    if (line.length + piece.length > 78) {
      lines.push(`${line}\\`);
      line = '  ';
    }
    line += piece;
  }
  lines.push(line);
  return `Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\Acme\\Agent]\n${lines.join('\r\n')}\n`;
};
const MATH = {
  bold: [0x1d41a, 0x1d400, 0x1d7ce],
  italic: [0x1d44e, 0x1d434, -1],
  mono: [0x1d68a, 0x1d670, 0x1d7f6],
  sans: [0x1d5ba, 0x1d5a0, 0x1d7e2],
};
const styled = (k: string, base: readonly number[]): string =>
  [...k]
    .map((c) => {
      const x = c.charCodeAt(0);
      if (x >= 97 && x <= 122) return x === 104 && base[0] === 0x1d44e ? 'ℎ' : String.fromCodePoint(base[0]! + x - 97);
      if (x >= 65 && x <= 90) return String.fromCodePoint(base[1]! + x - 65);
      if (x >= 48 && x <= 57 && base[2]! > 0) return String.fromCodePoint(base[2]! + x - 48);
      return c;
    })
    .join('');
const fullWidth = (k: string): string =>
  [...k].map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
const cast = (k: string): string =>
  `{"version": 2, "width": 120, "height": 30, "timestamp": 1764662400, "env": {"SHELL": "/bin/zsh"}}\n` +
  `[0.01, "o", "$ "]\n[0.52, "i", "e"]\n[0.60, "o", "e"]\n` +
  [...`xport OPENAI_API_KEY=${k}`]
    .map((c, i) => `[${(0.7 + i * 0.09).toFixed(2)}, "o", ${JSON.stringify(c)}]`)
    .join('\n') +
  `\n[9.10, "o", "\\r\\n"]\n`;
const xxd = (k: string): string =>
  wrapAt(hex(`OPENAI_API_KEY=${k}\n`), 32)
    .map((h, i) => {
      const bytes = Buffer.from(h, 'hex');
      const cols = (h.match(/.{1,4}/g) ?? []).join(' ');
      return `${(i * 16).toString(16).padStart(8, '0')}: ${cols.padEnd(40)}  ${bytes.toString('latin1').replace(/[^\x20-\x7e]/g, '.')}`;
    })
    .join('\n');
const hexdumpC = (k: string): string =>
  wrapAt(hex(`api_key: ${k}\n`), 32)
    .map((h, i) => {
      const bytes = Buffer.from(h, 'hex');
      const cols = (h.match(/.{2}/g) ?? []).join(' ');
      return `${(i * 16).toString(16).padStart(8, '0')}  ${cols.padEnd(48)}  |${bytes.toString('latin1').replace(/[^\x20-\x7e]/g, '.')}|`;
    })
    .join('\n');

export const MEMBERS: readonly Member[] = [
  ['octal-c', (k) => `static const char *key = "${octal(k)}";`, octalDecode],
  ['octal-shell', (k) => `export OPENAI_API_KEY=$'${octal(k)}'`, octalDecode],
  ['octal-printf', (k) => `printf '${octal(k)}' > ~/.config/agent/key`, octalDecode],
  ['octal-echo', (k) => `echo -e "${octal(k, true)}" | pbcopy`, octalDecode],
  ['octal-py', (k) => `key = b"${octal(k)}".decode()`, octalDecode],
  ['utf16-hex-be', (k) => `value: ${utf16(k, false)}`, utf16HexDecode],
  ['utf16-hex-le', (k) => `{"blob": "${utf16(k, true)}"}`, utf16HexDecode],
  [
    'utf16-x',
    (k) =>
      `data = b"${cc(k)
        .map((c) => `\\x${c.toString(16).padStart(2, '0')}\\x00`)
        .join('')}"`,
    xEscDecode,
  ],
  [
    'css',
    (k) =>
      `.k::after { content: "${cc(k)
        .map((c) => `\\${c.toString(16)} `)
        .join('')}"; }`,
    cssDecode,
  ],
  [
    'css6',
    (k) =>
      `content: '${cc(k)
        .map((c) => `\\${c.toString(16).padStart(6, '0')}`)
        .join('')}';`,
    cssDecode,
  ],
  ['reg-hex', (k) => regLines('ApiKey', 'hex', cc(k)), regDecode],
  ['reg-hex2', (k) => regLines('Token', 'hex(2)', [...Buffer.from(`${k}\0`, 'utf16le')]), regDecode],
  ['reg-hex7', (k) => regLines('Keys', 'hex(7)', [...Buffer.from(`${k}\0\0`, 'utf16le')]), regDecode],
  ['b64-gzip-hex', (k) => `blob: ${b64(gzipSync(hex(k)))}`, nestedDecode],
  ['b64-gzip', (k) => `H4s: ${b64(gzipSync(`OPENAI_API_KEY=${k}\n`))}`, nestedDecode],
  ['hex-b64', (k) => `payload=${hex(b64(k))}`, nestedDecode],
  ['b64-b64', (k) => `payload=${b64(b64(k))}`, nestedDecode],
  ['b64-hex', (k) => `"data": "${b64(hex(k))}"`, nestedDecode],
  ['cast', cast, castDecode],
  ['b64url', (k) => `token=${Buffer.from(k).toString('base64url')}`, nestedDecode],
  ['base58', (k) => `encoded (base58): ${base58(Buffer.from(k))}`, base58Decode],
  ['base32', (k) => `secret ${base32(Buffer.from(k))}`, base32Decode],
  ['base32-lower', (k) => `b32: ${base32(Buffer.from(k)).toLowerCase().replace(/=+$/, '')}`, base32Decode],
  ['math-bold', (k) => `Your key: ${styled(k, MATH.bold)}`, nfkc],
  ['math-italic', (k) => `key ${styled(k, MATH.italic)} (copy it)`, nfkc],
  ['math-mono', (k) => `\`${styled(k, MATH.mono)}\``, nfkc],
  ['math-sans', (k) => `API: ${styled(k, MATH.sans)}`, nfkc],
  ['fullwidth', (k) => `キー：${fullWidth(k)}を設定してください`, nfkc],
  [
    'qp',
    (k) =>
      `Content-Type: text/plain\n\nkey: ${cc(k)
        .map((c) => `=${c.toString(16).toUpperCase()}`)
        .join('')}\n`,
    qpDecode,
  ],
  [
    'html-dec',
    (k) =>
      `<code>${cc(k)
        .map((c) => `&#${c};`)
        .join('')}</code>`,
    entityDecode,
  ],
  [
    'html-hex',
    (k) =>
      `<span>${cc(k)
        .map((c) => `&#x${c.toString(16)};`)
        .join('')}</span>`,
    entityDecode,
  ],
  ['fromcharcode', (k) => `const key = String.fromCharCode(${cc(k).join(',')});`, listDecode],
  ['py-bytes', (k) => `key = bytes([${cc(k).join(', ')}]).decode()`, listDecode],
  [
    'go-bytes',
    (k) =>
      `key := string([]byte{${cc(k)
        .map((c) => `0x${c.toString(16)}`)
        .join(', ')}})`,
    listDecode,
  ],
  ['char-array', (k) => `char key[] = {${[...k].map((c) => `'${c}'`).join(', ')}, 0};`, charArrayDecode],
  ['char-list-py', (k) => `key = ''.join([${[...k].map((c) => `"${c}"`).join(',')}])`, charArrayDecode],
  [
    'chr-py',
    (k) =>
      `k = ${cc(k)
        .map((c) => `chr(${c})`)
        .join('+')}`,
    chrDecode,
  ],
  [
    'chr-perl',
    (k) =>
      `my $k = ${cc(k)
        .map((c) => `chr(${c})`)
        .join('.')};`,
    chrDecode,
  ],
  [
    'perl-x',
    (k) =>
      `my $k = "${cc(k)
        .map((c) => `\\x{${c.toString(16)}}`)
        .join('')}";`,
    perlDecode,
  ],
  [
    'percent-u',
    (k) =>
      `unescape('${cc(k)
        .map((c) => `%u${c.toString(16).padStart(4, '0')}`)
        .join('')}')`,
    percentUDecode,
  ],
  [
    'binary',
    (k) =>
      `bits: ${cc(k)
        .map((c) => c.toString(2).padStart(8, '0'))
        .join(' ')}`,
    binaryDecode,
  ],
  [
    'ps-enc',
    (k) => `powershell -NoP -EncodedCommand ${b64(Buffer.from(`$env:OPENAI_API_KEY='${k}'`, 'utf16le'))}`,
    psDecode,
  ],
  ['ps-b64-utf16', (k) => `[Convert]::FromBase64String("${b64(Buffer.from(k, 'utf16le'))}")`, psDecode],
  ['xxd', xxd, dumpDecode],
  ['hexdump-c', hexdumpC, dumpDecode],
];

/** The plants: every member over a rotation of families, and known values in every member. */
export function plants12(seed: number, perMember = 6): Plant12[] {
  const r = randomStrings(seed);
  const keys = prefixedKeys(r);
  const out: Plant12[] = [];
  MEMBERS.forEach(([name, enc, dec], m) => {
    for (let i = 0; i < perMember; i++) {
      const [family, key, body] = keys[(m * perMember + i) % keys.length]!;
      out.push({ name: `${name}/${family}`, text: enc(key), body, decode: dec });
    }
    const known = `${r('alnum', 12)}${r('lowerAlnum', 20)}`;
    out.push({ name: `${name}/known`, text: enc(known), body: known, decode: dec, known });
  });
  return out;
}

/** Benign twins: real digests, binary-looking data, ordinary escapes, CJK/emoji/full-width prose, base64 images. */
export function lookAlikes12(seed: number): string[] {
  const r = randomStrings(seed);
  const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
  const png = Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13]),
    Buffer.from('IHDR'),
    Buffer.from(Array.from({ length: 90 }, (_, i) => (i * 89 + 7) % 256)),
  ]);
  const woff = Buffer.concat([Buffer.from('wOF2'), Buffer.from(Array.from({ length: 60 }, (_, i) => (i * 37) % 256))]);
  const lines = [
    `sha256: ${sha('a')}  file.tar.gz`,
    `commit ${createHash('sha1').update(r('alnum', 9)).digest('hex')}`,
    `"integrity": "sha512-${createHash('sha512').update('x').digest('base64')}"`,
    `printf '%s\\n' "$PATH"; echo -e "\\033[1;32mOK\\033[0m\\t\\101\\102"`,
    `const char *msg = "Tab\\there\\012newline\\015\\000";`,
    `mode = 0o755; os.chmod(p, 0o644); perms \\777 \\644`,
    `s = b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00\\x00\\rIHDR"`,
    `data = b"\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a\\x0b\\x0c\\x0d\\x0e\\x0f"`,
    `.icon::before { content: "\\f101"; } .x::after { content: "\\2014 \\00A0"; font-family: "Font Awesome" }`,
    `.q::before { content: "\\201C"; } .arrow:after { content: "\\2192"; }`,
    `"Path"=hex(2):25,00,53,00,79,00,73,00,74,00,65,00,6d,00,52,00,6f,00,6f,00,74,00,25,00,00,00`,
    `"Flags"=hex:01,00,00,00,ff,ff,ff,ff,00,00,00,00,10,27,00,00,20,4e,00,00,30,75,00,00,40,9c,00`,
    `"Data"=hex:${Array.from({ length: 40 }, (_, i) => ((i * 73 + 11) % 256).toString(16).padStart(2, '0')).join(',')}`,
    `[0.5, "o", "npm install\\r\\n"]\n[0.9, "o", "added 120 packages in 3s\\r\\n"]\n[1.2, "o", "$ "]`,
    [...'ls -la /usr/local/share/fonts && echo done']
      .map((c, i) => `[${(i / 10).toFixed(2)}, "o", ${JSON.stringify(c)}]`)
      .join('\n'),
    `東京都渋谷区の天気：晴れ。気温は２３度です。ＡＰＩの使い方については、ドキュメントを参照してください。`,
    `全角英数字のサンプル：ＡＢＣＤＥＦＧ１２３４５６７８９０ａｂｃｄｅｆｇ（テスト用）`,
    `𝐓𝐡𝐢𝐬 𝐢𝐬 𝐛𝐨𝐥𝐝 𝐭𝐞𝐱𝐭 𝐟𝐨𝐫 𝐚 𝐭𝐰𝐞𝐞𝐭 and 𝚖𝚘𝚗𝚘𝚜𝚙𝚊𝚌𝚎 𝚌𝚘𝚍𝚎 𝚜𝚊𝚖𝚙𝚕𝚎 🎉🚀✨`,
    `𝑇ℎ𝑒 𝑞𝑢𝑖𝑐𝑘 𝑏𝑟𝑜𝑤𝑛 𝑓𝑜𝑥 𝑗𝑢𝑚𝑝𝑠 𝑜𝑣𝑒𝑟 𝑡ℎ𝑒 𝑙𝑎𝑧𝑦 𝑑𝑜𝑔 — 𝖘𝖆𝖓𝖘 𝖘𝖊𝖗𝖎𝖋`,
    `한국어 텍스트와 이모지 😀👍 그리고 中文文本：你好，世界！`,
    `<img src="data:image/png;base64,${b64(png)}">`,
    `src: url(data:font/woff2;base64,${b64(woff)}) format("woff2");`,
    `&#169; 2026 Acme &#8212; &#x2713; done &amp; &#60;ok&#62; &#8220;quoted&#8221;`,
    `Content-Transfer-Encoding: quoted-printable\n\nCaf=C3=A9 na=C3=AFve =E2=80=94 r=C3=A9sum=C3=A9 and =3D sign\n`,
    `const nums = [${Array.from({ length: 30 }, (_, i) => (i * 37) % 1000).join(', ')}];`,
    `weights = bytes([0, 1, 2, 3, 255, 254, 128, 64, 32, 16, 8, 4, 2, 1, 0, 200, 100])`,
    `String.fromCharCode(72, 101, 108, 108, 111)`,
    `[0x00, 0x01, 0xff, 0xfe, 0x80, 0x7f, 0x10, 0x20, 0x30, 0x40, 0x50, 0x60, 0x70]`,
    `Base58 address: 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa and ${r('alnum', 8)}`,
    `ipfs://QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG`,
    `TOTP seed placeholder: JBSWY3DPEHPK3PXP (example)`,
    `uuid ${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}`,
    `0065006e002d0055005300 is "en-US" in UTF-16BE; 680065006c006c006f00`,
    `feff00480065006c006c006f00200057006f0072006c0064`,
    `${hex(Buffer.from('Hello, World! This is UTF-16 test text.', 'utf16le'))}`,
    `00000000: 8950 4e47 0d0a 1a0a 0000 000d 4948 4452  .PNG........IHDR\n00000010: 0000 0010 0000 0010 0806 0000 001f f3ff  ................`,
    `00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|`,
    `bits: 01001000 01101001 00100001`,
    `my $s = "\\x{263A}\\x{2764}"; print "caf\\x{e9}\\n";`,
    `escape('%u00e9t%u00e9') // été`,
    `powershell -NoProfile -ExecutionPolicy Bypass -File .\\build.ps1 -Configuration Release`,
    `$bytes = [Convert]::FromBase64String("${b64(Buffer.from('Get-ChildItem -Recurse', 'utf16le'))}")`,
    `chars = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n']`,
    `x = chr(72) + chr(105) + chr(33)`,
    `H4sIAAAAAAAAA${b64(gzipSync('{"ok":true,"items":[1,2,3],"name":"report"}')).slice(13)}`,
    `payload=${b64(b64('{"model":"gpt-4o","max_tokens":4096,"stream":true}'))}`,
    `\\u0041\\u0042 \\N{BULLET} \\101\\102\\103 \\0`,
  ];
  return lines;
}
