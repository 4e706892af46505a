/**
 * Keys a recipient recovers in one simple step (red team 5, sections 3 and 5), as a randomized corpus per category:
 * A. obfuscated characters (invisible characters between them, full-width forms, spaced or dashed letters, hex bytes
 *    with separators, char-code lists); B. the user's own keys (known values) reversed, rot13, in hex, base64 at every
 *    alignment, base64 of base64, base32, char codes, in pieces; C. keys with a provider prefix reversed, rot13, in
 *    base32, ascii85, uuencode, base64 of base64; D. keys assembled from string pieces. A key leaks when any
 *    10-character window of its random part is in a view a recipient gets in one step (helpers/decoded-views.ts).
 * Look-alikes (reversed words, fingerprints with colons, byte arrays of data, spaced prose, CJK full-width text,
 * joined words) stay unchanged. Values are built at test time from fragments.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { decodedViews, leaksIn } from './helpers/decoded-views.js';
import { randomStrings } from './helpers/fake-secrets.js';

const j = (...parts: string[]): string => parts.join('');

interface Key {
  key: string;
  /** The random part (the provider's prefix left out). */
  body: string;
}

function keys(seed: number): Key[] {
  const r = randomStrings(seed);
  const make = (prefix: string, body: string, suffix = ''): Key => ({ key: prefix + body + suffix, body });
  return [
    make(j('sk-', 'ant-', 'api03-'), r('urlsafe', 93), 'AA'),
    make(j('sk-', 'proj-'), j(r('urlsafe', 74), 'T3Bl', 'bkFJ', r('urlsafe', 74))),
    make(j('gh', 'p_'), r('alnum', 36)),
    make(j('gs', 'k_'), r('alnum', 52)),
    make(j('sk', '_live_'), r('alnum', 40)),
    make(j('h', 'f_'), r('letters', 34)),
    make(j('AI', 'za'), r('urlsafe', 35)),
    make(j('github', '_pat_'), j(r('alnum', 22), '_', r('alnum', 59))),
  ];
}

const codes = (s: string): number[] => [...Buffer.from(s)];
const hex = (s: string, sep: string, upper = false): string =>
  codes(s)
    .map((c) => c.toString(16).padStart(2, '0'))
    .map((h) => (upper ? h.toUpperCase() : h))
    .join(sep);
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const reverse = (s: string): string => [...s].reverse().join('');
const rot13 = (s: string): string =>
  s.replace(/[A-Za-z]/g, (c) => {
    const b = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - b + 13) % 26) + b);
  });
function base32(s: string): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let acc = 0;
  let out = '';
  for (const b of Buffer.from(s)) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += A[(acc >>> (bits - 5)) & 31];
      bits -= 5;
    }
    acc &= 0xff;
  }
  if (bits > 0) out += A[(acc << (5 - bits)) & 31];
  return out.padEnd(Math.ceil(out.length / 8) * 8, '=');
}
function ascii85(s: string): string {
  const bytes = Buffer.from(s);
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const n = Math.min(4, bytes.length - i);
    let v = 0;
    for (let k = 0; k < 4; k++) v = v * 256 + (bytes[i + k] ?? 0);
    const chunk: string[] = [];
    for (let k = 0; k < 5; k++) {
      chunk.unshift(String.fromCharCode(33 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += chunk.slice(0, n + 1).join('');
  }
  return `<~${out}~>`;
}
function uuencode(s: string): string {
  const bytes = Buffer.from(s);
  const lines: string[] = ['begin 644 key.txt'];
  const ch = (v: number): string => String.fromCharCode(v === 0 ? 96 : v + 32);
  for (let i = 0; i < bytes.length; i += 45) {
    const part = bytes.subarray(i, i + 45);
    let line = ch(part.length);
    for (let k = 0; k < part.length; k += 3) {
      const [a, b, c] = [part[k]!, part[k + 1] ?? 0, part[k + 2] ?? 0];
      line += ch(a >> 2) + ch(((a & 3) << 4) | (b >> 4)) + ch(((b & 15) << 2) | (c >> 6)) + ch(c & 63);
    }
    lines.push(line);
  }
  return [...lines, '`', 'end'].join('\n');
}
const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const interleave = (s: string, k: number): string => [...s].join(INVISIBLE[k % INVISIBLE.length]);
const fullWidth = (s: string): string =>
  s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x21 + 0xff01));
const halves = (s: string, n: number): string[] => {
  const size = Math.ceil(s.length / n);
  return Array.from({ length: n }, (_, i) => s.slice(i * size, (i + 1) * size));
};

type Plant = (key: string, k: number) => string;

/** Category A: characters obfuscated one by one, or spelled as codes. */
const OBFUSCATED: Record<string, Plant> = {
  invisible: (key, k) => `token = "${interleave(key, k)}"`,
  'invisible-every-other': (key, k) => `auth: ${key.replace(/(..)/g, `$1${INVISIBLE[k % 6]}`)}`,
  'full-width': (key) => `キー：${fullWidth(key)}`,
  spaced: (key) => `the key reads ${[...key].join(' ')} and that's it`,
  dashed: (key) => `spelled out: ${[...key].join('-')}`,
  'hex-spaced': (key) => `echo "${hex(key, ' ')}" | xxd -r -p`,
  'hex-colon': (key) => `payload=${hex(key, ':', true)}`,
  'hex-0x-list': (key) =>
    `uint8_t k[] = {${codes(key)
      .map((c) => `0x${c.toString(16)}`)
      .join(', ')}};`,
  'python-bytes': (key) => `KEY = bytes([${codes(key).join(', ')}]).decode()`,
  'from-char-code': (key) => `const k = String.fromCharCode(${codes(key).join(',')});`,
  'c-chars': (key) => `char key[] = {${[...key].map((c) => `'${c}'`).join(', ')}, 0};`,
  'json-codes': (key) => `{"codes": [${codes(key).join(', ')}]}`,
};

/** Category C: a key with a provider prefix, transformed whole. */
const TRANSFORMED: Record<string, Plant> = {
  reversed: (key) => `stored reversed: ${reverse(key)}`,
  rot13: (key) => `rot13 => ${rot13(key)}`,
  base32: (key) => `K=${base32(key)}`,
  'base32-of-env': (key) => base32(`OPENAI_API_KEY=${key}\n`),
  'base64-of-base64': (key) => `blob: ${b64(b64(key))}`,
  ascii85: (key) => `a85 ${ascii85(key)}`,
  // Python's a85encode writes no delimiters: bare runs are read in a text that names the encoding.
  'ascii85-bare': (key) => `>>> base64.a85encode(key.encode())\n${ascii85(key).slice(2, -2)}`,
  uuencode: (key) => uuencode(`TOKEN=${key}\n`),
};

/** Category D: a key assembled from string pieces. */
const PIECES: Record<string, Plant> = {
  'js-join': (key) =>
    `const k = [${halves(key, 3)
      .map((p) => `"${p}"`)
      .join(', ')}].join("");`,
  'python-join': (key) =>
    `k = "".join([${halves(key, 4)
      .map((p) => `'${p}'`)
      .join(', ')}])`,
  'json-parts': (key) => JSON.stringify({ key_parts: halves(key, 3) }, null, 2),
  shell: (key) => {
    const [a, b] = halves(key, 2);
    return `A=${a}\nB=${b}\ncurl -H "Authorization: Bearer $A$B" https://api.example.com`;
  },
  'python-continuation': (key) => {
    const [a, b] = halves(key, 2);
    return `token = "${a}" + \\\n    "${b}"`;
  },
  'adjacent-literals': (key) => {
    const [a, b, c] = halves(key, 3);
    return `token = ("${a}"\n         "${b}"\n         "${c}")`;
  },
  'part-lines': (key) => {
    const [a, b] = halves(key, 2);
    return `key part 1: ${a}\nkey part 2: ${b}`;
  },
};

/** Category B: the user's own keys (known values), transformed. */
const KNOWN: Record<string, Plant> = {
  ...TRANSFORMED,
  'hex-lower': (key) => `h=${hex(key, '')}`,
  'hex-upper': (key) => `H ${hex(key, '', true)}`,
  'hex-spaced': OBFUSCATED['hex-spaced']!,
  'base64-align-1': (key) => `x ${b64(`K=${key}`)}`,
  'base64-align-2': (key) => `x ${b64(`KY=${key}`)}`,
  'base64-align-0': (key) => `x ${b64(`KEY=${key}`)}`,
  'base64url-bare': (key) => Buffer.from(key).toString('base64url'),
  'base64-bare': (key) => b64(key),
  'python-bytes': OBFUSCATED['python-bytes']!,
  invisible: OBFUSCATED['invisible']!,
  spaced: OBFUSCATED['spaced']!,
  'halves-on-lines': (key) => halves(key, 2).join('\n'),
  'three-pieces-json': (key) => JSON.stringify(halves(key, 3)),
  'thirds-in-prose': (key) => {
    const [a, b, c] = halves(key, 3);
    return `first ${a} then ${b} and finally ${c} done`;
  },
};

function count(redactor: Redactor, cases: Record<string, Plant>, list: readonly Key[]): string[] {
  const leaks: string[] = [];
  for (const [name, plant] of Object.entries(cases)) {
    list.forEach((k, i) => {
      const out = redactor.redactString(plant(k.key, i));
      if (leaksIn(decodedViews(out), k.body)) leaks.push(`${name} #${i}`);
      if (process.env.SHOW_LEAKS && leaksIn(decodedViews(out), k.body)) console.log(JSON.stringify(out));
    });
  }
  return leaks;
}

describe('keys recovered in one step', () => {
  const list = [1, 2, 3].flatMap((seed) => keys(500 + seed));
  const report = (cat: string, cases: Record<string, Plant>, leaks: string[], n = list.length): void => {
    const planted = Object.keys(cases).length * n;
    const by = new Map<string, number>();
    for (const l of leaks) by.set(l.split(' #')[0]!, (by.get(l.split(' #')[0]!) ?? 0) + 1);
    console.log(`${cat}: planted ${planted}, leaked ${leaks.length} ${JSON.stringify(Object.fromEntries(by))}`);
    assert.deepEqual(leaks, [], `${cat}: ${leaks.length} of ${planted} leaked`);
  };

  it('A: obfuscated characters', () => report('A', OBFUSCATED, count(new Redactor(), OBFUSCATED, list)));
  it('C: prefixed keys transformed', () => report('C', TRANSFORMED, count(new Redactor(), TRANSFORMED, list)));
  it('D: keys assembled from pieces', () => report('D', PIECES, count(new Redactor(), PIECES, list)));
  it("B: the user's own keys transformed", () => {
    const r = randomStrings(77);
    // Keys without a prefix (Mistral, Cohere-like), known from the environment.
    const own: Key[] = Array.from({ length: 6 }, (_, i) => {
      const key = r('alnum', 36 + 4 * i);
      return { key, body: key };
    });
    const redactor = new Redactor({ knownValues: own.map((k, i) => ({ name: `MISTRAL_API_KEY_${i}`, value: k.key })) });
    report('B', KNOWN, count(redactor, KNOWN, own), own.length);
  });
});

/** Look-alikes that must stay byte for byte what they are. */
function lookAlikes(): string[] {
  const r = randomStrings(91);
  const png = [137, 80, 78, 71, 13, 10, 26, 10, ...Array.from({ length: 40 }, (_, i) => (i * 97 + 13) % 256)];
  const fp = Array.from({ length: 16 }, () => r('hex', 2)).join(':');
  return [
    `Reversed words: ${reverse('the quick brown fox jumps over the lazy dog and keeps running')}`,
    `${reverse('configuration_manager_instance')} is ${reverse('internationalization')}`,
    `RSA key fingerprint is MD5:${fp}.`,
    `Serial Number: ${Array.from({ length: 20 }, () => r('hex', 2).toUpperCase()).join(':')}`,
    `ssh-ed25519 SHA256:${r('urlsafe', 43)} user@host`,
    `data = bytes([${png.join(', ')}])`,
    `const header = new Uint8Array([${png.join(',')}]);`,
    `pixels = [${Array.from({ length: 64 }, (_, i) => (i * 31) % 256).join(', ')}]`,
    `greeting = bytes([${codes('Hello, world! This is plain text.').join(', ')}])`,
    `String.fromCharCode(${codes('Hello there, general Kenobi').join(', ')})`,
    `char word[] = {${[...'configuration'].map((c) => `'${c}'`).join(', ')}};`,
    `echo "${hex('hello world, this is just text', ' ')}" | xxd -r -p`,
    `W A R N I N G :   D O   N O T   E D I T   T H I S   F I L E   B Y   H A N D`,
    `Ｔｈｅ ＡＰＩ の設定：完了（２０２６年１２月）。ＯＰＥＮＡＩ＿ＭＯＤＥＬ＝ｇｐｔ－４ｏ`,
    `日本語の文章です。\u200bゼロ幅スペース\u200bを含みます。`,
    `const url = ["https://", "example.com", "/api/v1/users"].join("");`,
    `name = "".join(["config", "uration", "_manager"])`,
    `A=hello\nB=world\necho "$A$B"`,
    `msg = "this is a long message that " + \\\n    "continues on the next line"`,
    `part 1: introduction and setup\npart 2: configuration of the environment`,
    `Guvf vf ebg13 grkg sbe n chmmyr naq abguvat ryfr.`,
    base32('just some ordinary text in base32, nothing more'),
    `blob: ${b64(b64('plain text wrapped twice in base64'))}`,
    `sha256 ${r('hex', 64)}  file.tar.gz`,
    `0x${r('hex', 40)}`,
    `{"ids": [${Array.from({ length: 30 }, (_, i) => 100 + i * 7).join(', ')}]}`,
    ...moreLookAlikes(r),
  ];
}

/** Look-alikes of each category found by a cheap scan first (spaced letters, code lists, pieces, flipped words). */
function moreLookAlikes(r: ReturnType<typeof randomStrings>): string[] {
  const digest = Array.from({ length: 32 }, () => r('hex', 2));
  const dump = (s: string): string => `00000000  ${hex(s.slice(0, 8), ' ')}  ${hex(s.slice(8, 16), ' ')}  |${s}|`;
  return [
    'S P A C E D  O U T   T E X T   I N   A   H E A D I N G',
    'T h i s   i s   w r i t t e n   w i t h   s p a c e s',
    'c-o-n-f-i-g-u-r-a-t-i-o-n and a-b-c-d-e-f-g-h-i-j-k-l-m-n',
    '------------------------------------------------------------',
    `sha256: ${digest.join(' ')}`,
    `fingerprint ${digest.join(':').toUpperCase()}`,
    `static const uint8_t digest[] = {${digest.map((h) => `0x${h}`).join(', ')}};`,
    dump('The quick brown '),
    `codes = [${codes('Hello, World! How are you today?').join(', ')}]`,
    `word = bytes([${codes('internationalization').join(', ')}]).decode()`,
    `${reverse('default_user_name_for_the_service')} ${reverse('the-answer-is-forty-two-ok')}`,
    'us_east_1_production_bucket_name and status_code_for_the_request',
    'const path = ["static", "assets", "images", "logo.png"].join("/");',
    'cls = "btn " + "btn-primary " + "btn-lg " + "rounded"',
    'printf("Usage: " "prog " "[options] " "<file>\\n");',
    'PREFIX=/usr/local\nSUFFIX=share/doc\necho "$PREFIX$SUFFIX"',
    'Part 1: background and motivation\nPart 2: methods_and_results_2026',
    `release notes: ${'we shipped it, finally'.split('').join(' ')}`,
  ];
}

describe('look-alikes of one-step encodings', () => {
  it('stay unchanged', () => {
    const redactor = new Redactor();
    const changed = lookAlikes().filter((t) => redactor.redactString(t) !== t);
    assert.deepEqual(changed, []);
  });
});
