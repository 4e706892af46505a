/**
 * Carriers an attacker showed leaking (attack 13): xz and zstd files, raw zlib and deflate streams, brotli,
 * UTF-32 and UTF-16 text (with and without a byte-order mark, non-ASCII text around the key), base64 of UTF-16
 * text and of compressed payloads, compressed files nested in archives (tar, tar.gz, zip in zip), compressed data
 * embedded in other files (a PNG chunk, a SQLite blob, a serialised record). Values are drawn from one seed (it is in
 * every message; REDACT_SEED replays one). Each carrier holding a secret is withheld with a reason (or its
 * base64 run replaced) and nothing a recipient could decode from the output holds a 10-character window of it;
 * each clean carrier of the same kind goes out byte for byte, except the formats with no decoder here (xz, 7z,
 * lz4...), which are withheld unscanned.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import zlib from 'node:zlib';
import { measureFile } from '../src/core/content.js';
import { scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { pipe, recipientViews, tarOf, utf32 } from './helpers/carrier-corpus.js';
import { type Case, codecsCorpus, gz, xz, zst } from './helpers/codecs-corpus.js';
import { zipOf } from './helpers/eval-carriers.js';
import { leaks, type FakeSecret } from './helpers/fake-secrets.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { oneAgentAttempt, type Tree, under, writeTree } from './helpers/session-builder.js';

// A fixed seed, so that CI is deterministic (a seed drawn per run failed CI once in ~50 runs, 75e81f5); REDACT_SEED
// replays another, and a sweep over many seeds builds the same corpus (helpers/codecs-corpus.ts).
const seed = Number(process.env.REDACT_SEED ?? 1515453081);
const at = `(REDACT_SEED=${seed})`;
const { S, XZ, ZSTD, doc, record, binaryCases, textCases } = codecsCorpus(seed);
const r = new Redactor();
const scan = (b: Buffer): string[] => r.scanBinary(b);
const b = (s: string): Buffer => Buffer.from(s);

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
