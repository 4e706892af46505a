/**
 * Redaction throughput on MassGen-like log text: `npm run bench:redact [-- MB] [--memory]`
 * (default 100 MB). Generates the text in 1 MB pieces (never all in memory), streams it through
 * the redactor's file filter, and prints MB/s and peak RSS. Noise lines are the look-alikes
 * MassGen logs are full of; a planted secret every ~200 KB keeps the replacement path honest.
 *
 * By default (`--files`, the honest figure) the text is written once to files in a temporary
 * directory (four of 4 MB and sixteen of 256 KB, cycled) and read back the way an export reads
 * it: measureFile, the export's own path (a file read in chunks, a streaming TextDecoder, the
 * filter, UTF-8 out, sha256), so the figure includes reading, decoding and hashing (from the
 * page cache). `--memory` feeds the pre-decoded strings to the filter (the redactor alone).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureFile, type TextFilterFactory } from '../src/core/content.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, lookAlikes, rng } from '../test/helpers/fake-secrets.js';

const args = process.argv.slice(2);
// From files, decoded as an export decodes them, unless --memory (pre-decoded strings: the redactor alone).
const fromFiles = !args.includes('--memory');
const totalMb = Number(args.find((a) => /^\d/.test(a)) ?? 100);
const rand = rng(42);
const alikes = lookAlikes(3);
const secrets = fakeSecrets(5);
const words =
  'the agent wrote index.html then ran the tests and voted for agent_b because its answer was more complete'.split(' ');

function line(i: number): string {
  const pick = rand();
  if (i % 2000 === 0) return secrets[i % secrets.length]!.context;
  if (pick < 0.25) return alikes[Math.floor(rand() * alikes.length)]!;
  if (pick < 0.4)
    return `10:15:${String(i % 60).padStart(2, '0')} | INFO | \u001b[32mStreamChunk(type='content', content='${words[i % words.length]}', source='agent_a')\u001b[0m`;
  if (pick < 0.55)
    return JSON.stringify({
      timestamp: 1769854500 + i,
      event_type: 'new_answer',
      agent_id: 'agent_a',
      context: { input_tokens: i, output_tokens: i % 977, label: 'agent1.1' },
    });
  let s = '';
  for (let w = 0; w < 14; w++) s += `${words[Math.floor(rand() * words.length)]} `;
  return s;
}

/** 16 distinct pieces of about 1 MB, cycled: the input costs little memory, so RSS shows the redactor's own. */
const distinct: string[] = [];
for (let i = 0; distinct.length < 16;) {
  let piece = '';
  while (piece.length < 1024 * 1024) piece += `${line(i++)}\n`;
  // Flat, as an export's text is (decoded from bytes): a string built by `+=` is a rope of 10,000 lines, which V8
  // walks again each time it is copied into a longer string.
  distinct.push(Buffer.from(piece).toString());
}
function* pieces(): Generator<string> {
  const target = totalMb * 1024 * 1024;
  for (let produced = 0, k = 0; produced < target; k++) {
    const piece = distinct[k % distinct.length]!;
    produced += piece.length;
    yield piece;
  }
}

const redactor = new Redactor({ knownValues: [{ name: 'MISTRAL_API_KEY', value: 'Mz7Qp2Lk9Xw4Rt6Yb1Nc8Vd3' }] });
let bytes = 0;
const baseline = process.memoryUsage.rss();
let peak = baseline;
let outBytes = 0;
let redacted = 0;
let seconds: number;
const cpu0 = process.cpuUsage();
if (fromFiles) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mgs-bench-redact-'));
  try {
    // Four large files (streamed in chunks) and sixteen small ones (read whole), as a session has both.
    const files: { abs: string; size: number }[] = [];
    for (let i = 0; i < 4; i++) {
      const abs = path.join(dir, `streaming_debug_${i}.log`);
      writeFileSync(abs, distinct.slice(i * 4, i * 4 + 4).join(''));
      files.push({ abs, size: Buffer.byteLength(distinct.slice(i * 4, i * 4 + 4).join('')) });
    }
    for (let i = 0; i < 16; i++) {
      const abs = path.join(dir, `agent_${i}.txt`);
      const text = distinct[i]!.slice(0, 256 * 1024);
      writeFileSync(abs, text);
      files.push({ abs, size: Buffer.byteLength(text) });
    }
    // Every file redacted as new: the files are read again and again, which the redactor's memo of identical texts
    // (memo.ts, through `filter.whole`) would answer without redacting.
    const filter: TextFilterFactory = (file) => redactor.filter(file);
    const start = process.hrtime.bigint();
    for (let k = 0; bytes < totalMb * 1024 * 1024; k++) {
      const f = files[k % files.length]!;
      const m = await measureFile(f.abs, path.basename(f.abs), filter, undefined, f.size);
      bytes += f.size;
      outBytes += m.bytes;
      redacted += Object.values(m.redactions).reduce((a, b) => a + b, 0);
      peak = Math.max(peak, process.memoryUsage.rss());
    }
    seconds = Number(process.hrtime.bigint() - start) / 1e9;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  const filter = redactor.filter({ rel: 'streaming_debug.log' });
  const start = process.hrtime.bigint();
  for (const p of pieces()) {
    bytes += p.length;
    outBytes += filter.write(p).length;
    peak = Math.max(peak, process.memoryUsage.rss());
  }
  outBytes += filter.end().length;
  seconds = Number(process.hrtime.bigint() - start) / 1e9;
  redacted = Object.values(filter.counts!()).reduce((a, b) => a + b, 0);
}
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    mode: fromFiles ? 'files' : 'memory',
    input_mb: +(bytes / 1048576).toFixed(1),
    seconds: +seconds.toFixed(2),
    mb_per_s: +(bytes / 1048576 / seconds).toFixed(1),
    cpu_seconds: +((cpu.user + cpu.system) / 1e6).toFixed(2),
    mb_per_cpu_s: +(bytes / 1048576 / ((cpu.user + cpu.system) / 1e6)).toFixed(1),
    redacted,
    output_bytes: outBytes,
    rss_before_mb: +(baseline / 1048576).toFixed(0),
    peak_rss_mb: +(peak / 1048576).toFixed(0),
  }),
);
