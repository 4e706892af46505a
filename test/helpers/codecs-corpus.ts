/**
 * carriers-codecs' corpus, all of it drawn from one seed (its secrets, look-alikes and random bytes), so that the test
 * and a sweep over many seeds build the same carriers and REDACT_SEED replays any of them.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { hasTool, pipe, pngWith, tarOf, utf16be, utf16le, utf32 } from './carrier-corpus.js';
import { zipOf } from './eval-carriers.js';
import { fakeSecrets, lookAlikes, rng, type FakeSecret } from './fake-secrets.js';

export interface Case {
  name: string;
  buf: Buffer;
  /** The secret planted, or null for a clean carrier. */
  secret: FakeSecret | null;
  /** What the reason must say (a clean carrier with no decoder here is withheld too). */
  reason?: RegExp;
}

const FAMILIES = ['github-classic', 'anthropic', 'slack-bot', 'stripe', 'azure-openai', 'huggingface', 'npm'];
const b = (s: string): Buffer => Buffer.from(s);
export const UNSCANNED = /could not be scanned/;
export const gz = (t: string | Buffer): Buffer => zlib.gzipSync(typeof t === 'string' ? b(t) : t);
export const zst = (t: string | Buffer): Buffer => pipe('zstd', ['-q', '-c'], typeof t === 'string' ? b(t) : t);
export const xz = (t: string | Buffer, args: string[] = []): Buffer => pipe('xz', ['-c', ...args], b(String(t)));

function sqliteBlob(dir: string, name: string, blob: Buffer): Buffer {
  const abs = path.join(dir, `${name}.db`);
  execFileSync('sqlite3', [abs], {
    input: `CREATE TABLE cache(k TEXT, v BLOB); INSERT INTO cache VALUES('state', X'${blob.toString('hex')}');`,
  });
  return fs.readFileSync(abs);
}

/** The corpus of one seed. `tools: false` leaves out the kinds made by xz, zstd and sqlite3 (a sweep's choice). */
export function codecsCorpus(seed: number, tools = true) {
  const XZ = tools && hasTool('xz');
  const ZSTD = tools && hasTool('zstd');
  const SQLITE = tools && hasTool('sqlite3');
  const all = fakeSecrets(seed);
  const S = FAMILIES.map((f) => all.find((s) => s.family === f)!);
  const alikes = lookAlikes(seed % 1000);
  const random = rng(seed ^ 0x5eed);
  /** A note holding the secret's line, with non-ASCII text around it (so text encodings matter). */
  const doc = (s: FakeSecret, i: number): string =>
    `# notes of run ${i}: résumé — 設定 ✓\n${alikes.slice(i % 5, (i % 5) + 6).join('\n')}\n${s.context}\nstatus: prêt ✓\n`;
  const clean = (i: number): string =>
    `# notes of run ${i}: résumé — 設定 ✓\n${alikes.slice(i % 5, (i % 5) + 6).join('\n')}\nLOG_LEVEL=debug ✓\n`;

  /** Several carriers of one kind: one per secret given, and clean ones of the same kind. */
  function kind(
    label: string,
    ext: string,
    make: (text: string, i: number) => Buffer,
    opts: { n?: number; reason?: RegExp; cleanReason?: RegExp } = {},
  ): Case[] {
    const n = opts.n ?? 3;
    const out: Case[] = [];
    for (let i = 0; i < n; i++) {
      const s = S[(i + label.length) % S.length]!;
      out.push({ name: `${label}-${i}.${ext}`, buf: make(doc(s, i), i), secret: s, reason: opts.reason });
      out.push({ name: `${label}-clean-${i}.${ext}`, buf: make(clean(i), i), secret: null, reason: opts.cleanReason });
    }
    return out;
  }

  /** Bytes drawn from the seed (REDACT_SEED replays them). */
  const randomBytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(random() * 256)));
  /** A record as a serialiser writes one: a header, fields back to back, a compressed payload inside. */
  const record = (payload: Buffer, head = randomBytes(1500)): Buffer =>
    Buffer.concat([head, Buffer.from([0x80, 0x04, 0x95, 0x43]), b('cache_v2'), payload, randomBytes(900)]);
  /**
   * Random bytes that start, by chance, as a zlib header does (one random file in ~2,000): a valid check, decoding to
   * nothing. CI once failed on such a record: the redactor took it for a zlib stream and never looked inside.
   */
  function zlibByChance(): Buffer {
    const head = randomBytes(1500);
    do {
      head[0] = (Math.floor(random() * 8) << 4) | 8;
      head[1] = Math.floor(random() * 256) & ~0x20;
    } while (((head[0] << 8) | head[1]) % 31 !== 0);
    return head;
  }

  function binaryCases(dir: string): Case[] {
    const cases: Case[] = [
      ...kind('zlib', 'bin', (t, i) => zlib.deflateSync(b(t), { level: [1, 6, 9][i % 3] })),
      ...kind('deflate-raw', 'deflate', (t) => zlib.deflateRawSync(b(t))),
      ...kind('brotli', 'br', (t, i) =>
        zlib.brotliCompressSync(b(t), { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: [4, 9, 11][i % 3]! } }),
      ),
      ...kind('utf16le-bom', 'txt', (t) => utf16le(t, true)),
      ...kind('utf16le', 'txt', (t) => utf16le(t, false)),
      ...kind('utf16be-bom', 'txt', (t) => utf16be(t, true)),
      ...kind('utf16be', 'txt', (t) => utf16be(t, false)),
      ...kind('utf32le-bom', 'txt', (t) => utf32(t, false, true)),
      ...kind('utf32le', 'txt', (t) => utf32(t, false, false)),
      ...kind('utf32be-bom', 'txt', (t) => utf32(t, true, true)),
      ...kind('utf32be', 'txt', (t) => utf32(t, true, false)),
      ...kind('tar-gz-member', 'tar', (t) => tarOf({ 'README.md': clean(1), 'logs/run.log.gz': gz(t) })),
      ...kind('tgz-gz-member', 'tar.gz', (t) => gz(tarOf({ 'a/notes.txt': 'hello\n', 'a/env.gz': gz(t) }))),
      ...kind('tar-zlib-member', 'tar', (t) => tarOf({ 'state.zz': zlib.deflateSync(b(t)) })),
      ...kind('zip-in-zip', 'zip', (t) => zipOf({ 'inner.zip': zipOf({ 'notes.txt': t }) })),
      ...kind('zip-zip-gz', 'zip', (t) => zipOf({ 'outer/inner.zip': zipOf({ 'env.gz': gz(t) }, true) })),
      ...kind('zip-tar-gz', 'zip', (t) => zipOf({ 'backup.tar.gz': gz(tarOf({ '.env': t })) })),
      ...kind('tar-utf16-member', 'tar', (t) => tarOf({ 'env.txt': utf16le(t, true) })),
      ...kind('png-zlib-chunk', 'png', (t) => pngWith('prVt', zlib.deflateSync(b(t)))),
      ...kind('png-gzip-chunk', 'png', (t) => pngWith('caBX', gz(t))),
      ...kind('record-zlib', 'pkl', (t, i) => record(zlib.deflateSync(b(t), { level: [2, 1, 9][i % 3] }))),
      ...kind('record-gzip', 'bin', (t) => record(gz(t))),
      ...kind('record-zlib-by-chance', 'bin', (t, i) =>
        record(zlib.deflateSync(b(t), { level: i + 1 }), zlibByChance()),
      ),
      ...kind('record-gzip-by-chance', 'bin', (t) => record(gz(t), zlibByChance())),
    ];
    if (ZSTD)
      cases.push(
        ...kind('zstd', 'zst', (t) => zst(t)),
        ...kind('zstd-frames', 'zst', (t) => Buffer.concat([zst('first frame\n'), zst(t)])),
        ...kind('tar-zstd-member', 'tar', (t) => tarOf({ 'run.log.zst': zst(t) })),
        ...kind('record-zstd', 'bin', (t) => record(zst(t))),
      );
    if (XZ)
      cases.push(
        ...kind('xz', 'xz', (t) => xz(t), { reason: UNSCANNED, cleanReason: UNSCANNED }),
        ...kind('lzma', 'lzma', (t) => xz(t, ['--format=lzma']), { reason: UNSCANNED, cleanReason: UNSCANNED }),
        ...kind('tar-xz-member', 'tar', (t) => tarOf({ 'env.xz': xz(t) }), {
          reason: UNSCANNED,
          cleanReason: UNSCANNED,
        }),
        ...kind('txz', 'tar.xz', (t) => xz(tarOf({ 'env.txt': t }).toString('latin1')), {
          reason: UNSCANNED,
          cleanReason: UNSCANNED,
        }),
      );
    if (SQLITE)
      cases.push(
        ...kind('sqlite-zlib-blob', 'db', (t, i) => sqliteBlob(dir, `z${i}${t.length}`, zlib.deflateSync(b(t)))),
        ...kind('sqlite-gzip-blob', 'db', (t, i) => sqliteBlob(dir, `g${i}${t.length}`, gz(t))),
      );
    return cases;
  }

  /** Text files holding base64 of a carrier: PowerShell's -EncodedCommand (UTF-16LE), `gzip | base64` and others. */
  function textCases(): Case[] {
    const b64 = (buf: Buffer, wrap: boolean): string =>
      wrap ? buf.toString('base64').replace(/.{76}/g, '$&\n') : buf.toString('base64');
    const around = (run: string): Buffer => b(`$ agent ran a command\n${run}\n$ done\n`);
    const cases: Case[] = [
      ...kind('b64-utf16le', 'log', (t, i) => around(`powershell -EncodedCommand ${b64(utf16le(t, i === 1), false)}`)),
      ...kind('b64-utf16be', 'log', (t, i) => around(b64(utf16be(t, true), i === 2))),
      ...kind('b64-gzip', 'log', (t, i) => around(b64(gz(t), i > 0))),
      ...kind('b64-zlib', 'log', (t, i) => around(b64(zlib.deflateSync(b(t)), i > 0))),
      ...kind('b64-gzip-utf16', 'log', (t) => around(b64(gz(utf16le(t, true)), true))),
      ...kind('b64-tgz', 'log', (t) => around(b64(gz(tarOf({ 'a/b.txt.gz': gz(t) })), true))),
    ];
    if (ZSTD) cases.push(...kind('b64-zstd', 'log', (t, i) => around(b64(zst(t), i > 0))));
    if (XZ)
      cases.push(
        ...kind('b64-xz', 'log', (t, i) => around(b64(xz(t), i > 0)), { reason: UNSCANNED, cleanReason: UNSCANNED }),
      );
    return cases;
  }
  return { S, XZ, ZSTD, doc, record, binaryCases, textCases };
}
