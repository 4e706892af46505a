import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import zlib, { deflateSync, gzipSync } from 'node:zlib';
import { scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, leaks, lookAlikes } from './helpers/fake-secrets.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { oneAgentAttempt, type Tree, under, writeTree } from './helpers/session-builder.js';
import { zipOf } from './helpers/eval-carriers.js';

const secrets = fakeSecrets(Number(process.env.REDACT_SEED ?? 20261125) + 3);
const gh = secrets.find((s) => s.family === 'github-classic')!;
const anthropic = secrets.find((s) => s.family === 'anthropic')!;
const alikes = lookAlikes(5);

/** A Word document whose text splits the key across two runs, as Word does. */
const docx = (text: string): Buffer => {
  const half = Math.floor(text.length / 2);
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': `<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t>${text.slice(0, half)}</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>${text.slice(half)}</w:t></w:r></w:p></w:body></w:document>`,
  });
};
const xlsx = (cell: string): Buffer =>
  zipOf({ 'xl/sharedStrings.xml': `<sst><si><t>${cell}</t></si></sst>`, 'xl/workbook.xml': '<workbook/>' });

/** A one-page PDF whose content stream is Flate-encoded. */
function pdf(text: string): Buffer {
  const content = deflateSync(Buffer.from(`BT /F1 12 Tf 72 720 Td (${text}) Tj ET`));
  return Buffer.concat([
    Buffer.from(
      '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n',
      'latin1',
    ),
    Buffer.from(`4 0 obj << /Length ${content.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
    content,
    Buffer.from('\nendstream\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([len, body, crc]);
}
/** A 1×1 PNG with a text chunk: zTXt (compressed), iTXt (compressed) or tEXt. */
function png(text: string | null, type: 'zTXt' | 'iTXt' | 'tEXt' = 'zTXt'): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const idat = deflateSync(Buffer.from([0, 255, 0, 0]));
  const chunks = [pngChunk('IHDR', ihdr)];
  if (text !== null) {
    const kw = Buffer.from('Comment\0', 'latin1');
    if (type === 'zTXt')
      chunks.push(pngChunk('zTXt', Buffer.concat([kw, Buffer.from([0]), deflateSync(Buffer.from(text))])));
    else if (type === 'iTXt')
      chunks.push(
        pngChunk(
          'iTXt',
          Buffer.concat([kw, Buffer.from([1, 0]), Buffer.from('en\0\0'), deflateSync(Buffer.from(text))]),
        ),
      );
    else chunks.push(pngChunk('tEXt', Buffer.concat([kw, Buffer.from(text, 'latin1')])));
  }
  chunks.push(pngChunk('IDAT', idat), pngChunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ...chunks]);
}

/** The key as a program would log it: the raw bytes of every carrier below never hold it. */
const line = `export GITHUB_TOKEN=${gh.value}\n`;
const prose = `notes for the team\n${alikes.join('\n')}\n`;

const withSecret: Record<string, Buffer> = {
  'trace.log.gz': gzipSync(Buffer.from(`${prose}${line}`)),
  trace_dump: gzipSync(Buffer.from(`${prose}${line}`)), // gzip magic, no extension
  'report.docx': docx(`The key is ${gh.value} for now.`),
  'sheet.xlsx': xlsx(anthropic.value),
  'deck.pptx': zipOf({ 'ppt/slides/slide1.xml': `<p:sld><a:t>${anthropic.context}</a:t></p:sld>` }),
  'paper.pdf': pdf(`token ${gh.value}`),
  'shot.png': png(line, 'zTXt'),
  'shot2.png': png(line, 'iTXt'),
  'bundle.zip': zipOf({ 'inner/logs.tar.gz': gzipSync(Buffer.from(line)) }), // nested: a gzip inside a zip
};
/** Over 1 MiB on disk: measured by the streaming path, held whole (up to the cap) to be decoded. */
const big = (): Buffer => {
  const lines = Array.from({ length: 40_000 }, (_, i) => createHash('sha256').update(String(i)).digest('hex'));
  return gzipSync(Buffer.from(`${lines.join('\n')}\n${line}`), { level: 1 });
};
const clean: Record<string, Buffer> = {
  'clean.log.gz': gzipSync(Buffer.from(prose)),
  'clean.docx': docx('Nothing secret here, only a plan.'),
  'clean.pdf': pdf('Hello world'),
  'clean.png': png('Created with a drawing tool', 'tEXt'),
  'clean.zip': zipOf({ 'a.txt': prose }),
};

describe('carriers: scanCarrier', () => {
  const r = new Redactor();
  const scan = (b: Buffer): string[] => r.scanBinary(b);
  it('finds a key in each carrier whose raw bytes do not hold it, and names where', () => {
    for (const [name, buf] of Object.entries(withSecret)) {
      assert.deepEqual(r.scanBinary(buf), [], `${name}: the raw bytes hide the key`);
      const found = scanCarrier(buf, scan);
      assert.ok(found && found.rules.length > 0, name);
    }
    assert.match(
      scanCarrier(withSecret['bundle.zip']!, scan)!.reason,
      /zip file holding a secret \(github-token\) in gzip content, in inner\/logs\.tar\.gz in zip file/,
    );
  });
  it('finds nothing in clean carriers and in ordinary binaries', () => {
    for (const [name, buf] of Object.entries(clean)) assert.equal(scanCarrier(buf, scan), null, name);
    assert.equal(scanCarrier(Buffer.from([0, 1, 2, 3]), scan), null);
  });
  it('never throws on truncated or corrupted carriers', () => {
    let seed = 1;
    const next = (n: number): number => (seed = (seed * 1103515245 + 12345) >>> 0) % n;
    for (const buf of [...Object.values(withSecret), ...Object.values(clean)]) {
      for (let k = 0; k < 40; k++) {
        const b = Buffer.from(buf.subarray(0, 8 + next(buf.length)));
        for (let f = 0; f < 4; f++) b[next(b.length)] = next(256);
        b.writeUInt32LE(next(0xffffffff), Math.max(0, b.length - 6 - next(Math.min(40, b.length - 5))));
        assert.doesNotThrow(() => scanCarrier(b, scan));
      }
    }
  });
  it('withholds a decompression bomb unscanned instead of inflating it', () => {
    const bomb = gzipSync(Buffer.alloc(80 * 1024 * 1024));
    const before = process.memoryUsage().rss;
    const found = scanCarrier(bomb, scan)!;
    assert.deepEqual(found.rules, []);
    assert.match(found.reason, /decodes to more than 64 MiB/);
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
  });
});

describe('carriers: base64 runs in text', () => {
  const r = new Redactor();
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  it('replaces a base64 .env, a wrapped `base64` output and a base64 JSON credential whole', () => {
    const env = b64(`OPENAI_MODEL=gpt-5\n${anthropic.context}\n`);
    const wrapped = b64(`${prose}${line}`).replace(/(.{76})/g, '$1\n');
    const cred = b64(
      JSON.stringify({ type: 'service_account', private_key_id: 'abc', client_secret: 'Qx7' + gh.value.slice(4) }),
    );
    const inJson = JSON.stringify({ output: `$ base64 .env\n${wrapped}\n` });
    for (const text of [
      `Here is the file:\n${env}\nThanks`,
      `$ cat .env | base64\n${wrapped}\n$ done`,
      `cred="${cred}"`,
      inJson,
    ]) {
      const out = r.redactString(text);
      // A run under a secret-ish name (`cred=`) may be taken whole by the generic detector first.
      assert.match(out, /\[REDACTED:(?:base64:|generic-secret\])/);
      assert.deepEqual(leaks(out, [gh, anthropic]), []);
      assert.ok(!out.includes(env.slice(10, 30)) && !out.includes(cred.slice(10, 30)));
      assert.equal(out.split('\n').length, text.split('\n').length, 'line breaks are kept');
      if (text === inJson)
        assert.match(JSON.parse(out).output, /^\$ base64 \.env\n\[REDACTED:base64:github-token\]\n$/);
    }
  });
  it('leaves base64 images, data URLs, hashes and base64 text without a secret untouched', () => {
    const image = `<img src="data:image/png;base64,${png(null).toString('base64')}">`;
    const text = [
      image,
      b64('just a harmless sentence, nothing more to see here'),
      alikes.join('\n'),
      'sha256-' + createHash('sha256').update('x').digest('base64'),
    ].join('\n');
    assert.equal(r.redactString(text), text);
  });
});

describe('carriers: through the CLI', () => {
  let cwd: string;
  before(async () => {
    cwd = path.join(await tempDir(), 'project');
    const extra: Tree = {};
    for (const [name, buf] of Object.entries({ ...withSecret, ...clean, 'big.log.gz': big() }))
      extra[`agent_outputs/${name}`] = buf;
    const tree = oneAgentAttempt({
      question: 'Write the report',
      sessionName: 'log_20260301_100000_000003',
      extra,
    });
    await writeTree(
      path.join(cwd, '.massgen', 'massgen_logs', 'log_20260301_100000_000003'),
      under('turn_1/attempt_1', tree),
    );
  });
  it('withholds every carrier that holds a secret, with its reason; clean ones go out byte for byte', async () => {
    const r = await runCli(['export', '--dry-run', '--json'], { cwd, env: { HOME: cwd } });
    assert.equal(r.code, 0, r.stderr);
    const doc = onlyJson(r.stdout);
    const leftOut = new Map<string, string>(
      doc.left_out.map((l: { path: string; reason: string }) => [path.basename(l.path), l.reason]),
    );
    assert.ok(big().length > 1024 * 1024);
    for (const name of [...Object.keys(withSecret), 'big.log.gz'])
      assert.match(leftOut.get(name) ?? 'not left out', /(gzip file|zip file|PDF|PNG image) holding a secret/, name);
    const files = new Map<string, { sha256: string }>(
      doc.plan.files.map((f: { path: string; sha256: string }) => [path.basename(f.path), f]),
    );
    for (const [name, buf] of Object.entries(clean)) {
      assert.equal(files.get(name)?.sha256, createHash('sha256').update(buf).digest('hex'), name);
    }
  });
});
