/**
 * Carriers an attacker showed leaking (attack 13): xz and zstd files, raw zlib and deflate streams, brotli,
 * UTF-32 and UTF-16 text (with and without a byte-order mark, non-ASCII text around the key), base64 of UTF-16
 * text and of compressed payloads, compressed files nested in archives (tar, tar.gz, zip in zip), compressed data
 * embedded in other files (a PNG chunk, a SQLite blob, a serialised record). Values are random per run (the seed
 * is in every message; REDACT_SEED replays one). Each carrier holding a secret is withheld with a reason (or its
 * base64 run replaced) and nothing a recipient could decode from the output holds a 10-character window of it;
 * each clean carrier of the same kind goes out byte for byte, except the formats with no decoder here (xz, 7z,
 * lz4...), which are withheld unscanned.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash, randomInt } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { measureFile } from '../src/core/content.js';
import { scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { hasTool, pipe, pngWith, recipientViews, tarOf, utf16be, utf16le, utf32 } from './helpers/carrier-corpus.js';
import { zipOf } from './helpers/eval-carriers.js';
import { fakeSecrets, leaks, lookAlikes, rng, type FakeSecret } from './helpers/fake-secrets.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { oneAgentAttempt, type Tree, under, writeTree } from './helpers/session-builder.js';

const seed = Number(process.env.REDACT_SEED ?? randomInt(1, 2 ** 31));
const at = `(REDACT_SEED=${seed})`;
const families = ['github-classic', 'anthropic', 'slack-bot', 'stripe', 'azure-openai', 'huggingface', 'npm'];
const all = fakeSecrets(seed);
const S = families.map((f) => all.find((s) => s.family === f)!);
const alikes = lookAlikes(seed % 1000);
const r = new Redactor();
const scan = (b: Buffer): string[] => r.scanBinary(b);
const XZ = hasTool('xz');
const ZSTD = hasTool('zstd');
const SQLITE = hasTool('sqlite3');

/** A note holding the secret's line, with non-ASCII text around it (so text encodings matter). */
const doc = (s: FakeSecret, i: number): string =>
  `# notes of run ${i}: résumé — 設定 ✓\n${alikes.slice(i % 5, (i % 5) + 6).join('\n')}\n${s.context}\nstatus: prêt ✓\n`;
const clean = (i: number): string =>
  `# notes of run ${i}: résumé — 設定 ✓\n${alikes.slice(i % 5, (i % 5) + 6).join('\n')}\nLOG_LEVEL=debug ✓\n`;
const b = (s: string): Buffer => Buffer.from(s);

interface Case {
  name: string;
  buf: Buffer;
  /** The secret planted, or null for a clean carrier. */
  secret: FakeSecret | null;
  /** What the reason must say (a clean carrier with no decoder here is withheld too). */
  reason?: RegExp;
}

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

const UNSCANNED = /could not be scanned/;
const gz = (t: string | Buffer): Buffer => zlib.gzipSync(typeof t === 'string' ? b(t) : t);
const zst = (t: string | Buffer): Buffer => pipe('zstd', ['-q', '-c'], typeof t === 'string' ? b(t) : t);
const xz = (t: string | Buffer, args: string[] = []): Buffer => pipe('xz', ['-c', ...args], b(String(t)));
/** Bytes drawn from the run's seed (REDACT_SEED replays them). */
const random = rng(seed ^ 0x5eed);
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

function sqliteBlob(dir: string, name: string, blob: Buffer): Buffer {
  const abs = path.join(dir, `${name}.db`);
  execFileSync('sqlite3', [abs], {
    input: `CREATE TABLE cache(k TEXT, v BLOB); INSERT INTO cache VALUES('state', X'${blob.toString('hex')}');`,
  });
  return fs.readFileSync(abs);
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
    ...kind('record-zlib-by-chance', 'bin', (t, i) => record(zlib.deflateSync(b(t), { level: i + 1 }), zlibByChance())),
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
      ...kind('tar-xz-member', 'tar', (t) => tarOf({ 'env.xz': xz(t) }), { reason: UNSCANNED, cleanReason: UNSCANNED }),
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

const planted = (cases: Case[]): FakeSecret[] => [...new Set(cases.flatMap((c) => (c.secret ? [c.secret] : [])))];
const recipientLeaks = (buf: Buffer, secrets: FakeSecret[]): string[] =>
  recipientViews(buf).flatMap((v) => leaks(v, secrets));

describe(`carriers the redactor could not read ${at}`, () => {
  let dir: string;
  let bins: Case[];
  before(async () => {
    dir = await tempDir();
    bins = binaryCases(dir);
  });

  it('the corpus: every carrier with a secret hides it from a plain scan, a recipient can decode it', () => {
    assert.ok(bins.length >= 120, String(bins.length));
    for (const c of bins.filter((c) => c.secret && !c.name.startsWith('utf')))
      assert.equal(leaks(c.buf.toString('latin1'), [c.secret!]).length, 0, `${c.name} ${at}`);
    // (The helper's CLI decoders refuse a zstd frame followed by other data: those two kinds are left out here.)
    for (const c of bins.filter((c) => c.secret && !/xz|lzma|zstd-member|record-zstd/.test(c.name)))
      assert.ok(recipientLeaks(c.buf, [c.secret!]).length > 0, `${c.name}: a recipient reads the key ${at}`);
  });

  it('withholds each binary carrier holding a secret with its reason, keeps the clean ones', async () => {
    const wrong: string[] = [];
    for (const c of bins) {
      const abs = path.join(dir, c.name);
      fs.writeFileSync(abs, c.buf);
      const m = await measureFile(abs, c.name, r.filter, scan, c.buf.length);
      const reason = m.withheldReason ?? '';
      if (c.secret) {
        if (m.binarySecrets.length === 0) wrong.push(`${c.name}: not withheld`);
        else if (!(c.reason ?? /holding a secret \(/).test(reason)) wrong.push(`${c.name}: reason "${reason}"`);
      } else if (c.reason) {
        if (!c.reason.test(reason)) wrong.push(`${c.name}: clean, reason "${reason}"`);
      } else if (m.binarySecrets.length > 0 || m.withheldReason) wrong.push(`${c.name}: clean, withheld: ${reason}`);
    }
    assert.deepEqual(wrong, [], at);
  });

  it('replaces each base64 run of a carrier holding a secret in text; leaves clean ones', () => {
    const wrong: string[] = [];
    for (const c of textCases()) {
      const f = r.filter({ rel: `agent_a/${c.name}` });
      const text = c.buf.toString('utf8');
      const out = f.write(text) + f.end();
      if (c.secret || c.reason) {
        if (!/\[REDACTED:base64:/.test(out)) wrong.push(`${c.name}: not replaced`);
        const leaked = c.secret ? recipientLeaks(Buffer.from(out), [c.secret]) : [];
        if (leaked.length > 0) wrong.push(`${c.name}: ${leaked[0]}`);
      } else if (out !== text) wrong.push(`${c.name}: clean, changed`);
    }
    assert.deepEqual(wrong, [], at);
  });
});

describe(`carrier bombs and hostile carriers ${at}`, () => {
  const big = Buffer.alloc(100 * 1024 * 1024, 0x61);
  const bombs: [string, () => Buffer][] = [
    ['zlib', () => zlib.deflateSync(big, { level: 1 })],
    ['deflate-raw', () => zlib.deflateRawSync(big, { level: 1 })],
    ['brotli', () => zlib.brotliCompressSync(big, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 1 } })],
    ['tar.gz', () => zlib.gzipSync(tarOf({ 'a.bin': big.subarray(0, 10 << 20), 'b.gz': zlib.gzipSync(big) }))],
    ['zip of zips', () => zipOf(Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`${i}.zip`, zipOf({ x: big })])))],
    ['zlib payload in a record', () => record(zlib.deflateSync(big, { level: 1 }))],
  ];
  if (ZSTD) bombs.push(['zstd', () => pipe('zstd', ['-q', '-c', '-1'], big)]);
  let dir: string;
  before(async () => {
    dir = await tempDir();
  });
  for (const [name, make] of bombs)
    it(`withholds a ${name} bomb unscanned, in bounded time and memory`, async () => {
      const buf = make();
      assert.ok(buf.length < 2 << 20, `${name}: ${buf.length}`);
      const abs = path.join(dir, 'bomb.bin');
      fs.writeFileSync(abs, buf);
      const rss = process.memoryUsage().rss;
      const t0 = process.cpuUsage();
      const m = await measureFile(abs, 'bomb.bin', r.filter, scan, buf.length);
      const cpu = process.cpuUsage(t0);
      assert.deepEqual(m.binarySecrets, ['unscanned-carrier'], name);
      assert.match(m.withheldReason ?? '', /more than 64 MiB|not scanned/, name);
      assert.ok(cpu.user + cpu.system < 8e6, `${name}: ${cpu.user + cpu.system} µs`);
      assert.ok(process.memoryUsage().rss - rss < 600 * 1024 * 1024, name);
    });

  it('never throws on truncated or corrupted carriers of the new kinds', () => {
    const s = S[0]!;
    const seeds = [
      zlib.deflateSync(b(doc(s, 1))),
      zlib.brotliCompressSync(b(doc(s, 1))),
      tarOf({ 'a.gz': gz(doc(s, 1)) }),
      utf32(doc(s, 1), false, true),
      ...(ZSTD ? [zst(doc(s, 1))] : []),
      ...(XZ ? [xz(doc(s, 1))] : []),
    ];
    let x = seed;
    const next = (n: number): number => (x = (x * 1103515245 + 12345) >>> 0) % n;
    for (const buf of seeds)
      for (let k = 0; k < 60; k++) {
        const c = Buffer.from(buf.subarray(0, 4 + next(buf.length)));
        for (let f = 0; f < 3; f++) c[next(c.length)] = next(256);
        assert.doesNotThrow(() => scanCarrier(c, scan));
      }
  });
});

describe(`carriers the redactor could not read: through the CLI ${at}`, () => {
  let cwd: string;
  let cases: Case[];
  before(async () => {
    cwd = path.join(await tempDir(), 'project');
    fs.mkdirSync(cwd, { recursive: true });
    cases = [...binaryCases(cwd), ...textCases()];
    const extra: Tree = {};
    for (const c of cases) extra[`agent_outputs/${c.name}`] = c.buf;
    const tree = oneAgentAttempt({ question: 'Pack the logs', sessionName: 'log_20260301_100000_000013', extra });
    await writeTree(
      path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000013'),
      under('turn_1/attempt_1', tree),
    );
  });

  it('exports nothing a recipient could decode a secret from; clean carriers go out byte for byte', async () => {
    const out = path.join(cwd, 'out');
    const res = await runCli(['export', '--yes', '--json', '--output', out], { cwd, env: { HOME: cwd } });
    assert.equal(res.code, 0, res.stderr);
    const doc = onlyJson(res.stdout) as {
      left_out?: { path: string; reason: string }[];
      plan?: { files: { path: string; sha256: string }[] };
    };
    const leftOut = new Set((doc.left_out ?? []).map((l) => path.basename(l.path)));
    const files = new Map((doc.plan?.files ?? []).map((f) => [path.basename(f.path), f.sha256] as const));
    const wrong: string[] = [];
    for (const c of cases) {
      const text = c.name.endsWith('.log');
      if (c.secret && !text && !leftOut.has(c.name)) wrong.push(`${c.name}: not left out`);
      const sha = createHash('sha256').update(c.buf).digest('hex');
      if (!c.secret && !c.reason && files.get(c.name) !== sha) wrong.push(`${c.name}: clean, not byte for byte`);
    }
    assert.deepEqual(wrong, [], at);
    const secrets = planted(cases);
    const walk = (p: string): string[] =>
      fs
        .readdirSync(p, { withFileTypes: true })
        .flatMap((e) => (e.isDirectory() ? walk(path.join(p, e.name)) : [path.join(p, e.name)]));
    const leaked = walk(out).flatMap((f) => recipientLeaks(fs.readFileSync(f), secrets).map((l) => `${f}: ${l}`));
    assert.deepEqual(leaked, [], at);
  });
});
