/**
 * Why the project keeps its own zip writer (src/adapters/zip/writer.ts): `npm run bench:zip
 * [-- MEMBERS]` (default 40,000) writes the same members, read from files on disk one at a time
 * as an export does, with our writer and with the maintained streaming zip libraries, each in a
 * child process under /usr/bin/time (peak RSS), and checks every archive with the real `unzip -t`.
 *
 * - archiver 7, used correctly: one entry in flight (the next is appended when the previous
 *   one's `entry` event fires), output piped to a file stream;
 * - yazl 3: `addReadStream` per member, the next added once the previous one has been consumed;
 * - ours: `writeZip` over an async iterable of entries.
 *
 * The members are small text files (like an export's overflow archive: thousands of notes and
 * sources), plus a few of 2 MB so large-entry streaming is exercised too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
type Writer = 'ours' | 'archiver' | 'yazl';
const WRITERS: Writer[] = ['ours', 'archiver', 'yazl'];

function listMembers(dir: string, n: number): string[] {
  const names: string[] = [];
  for (let i = 0; i < n; i++) names.push(`notes/d${Math.floor(i / 1000)}/n${i}.txt`);
  for (let i = 0; i < 3; i++) names.push(`big/trace${i}.log`);
  return names.map((n) => path.join(dir, n));
}

function generate(dir: string, n: number): void {
  for (let d = 0; d * 1000 < n; d++) mkdirSync(path.join(dir, 'notes', `d${d}`), { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(
      path.join(dir, 'notes', `d${Math.floor(i / 1000)}`, `n${i}.txt`),
      `note ${i}: ${'the agent considered the options. '.repeat(1 + (i % 7))}\n`,
    );
  mkdirSync(path.join(dir, 'big'));
  for (let i = 0; i < 3; i++)
    writeFileSync(path.join(dir, 'big', `trace${i}.log`), `step ${i} tool call returned ok\n`.repeat(70_000));
}

/** One writer, in this process (the child): writes `out` from the members under `dir`. */
async function writeWith(writer: Writer, dir: string, n: number, out: string): Promise<void> {
  const files = listMembers(dir, n);
  const rel = (f: string): string => path.relative(dir, f);
  const date = new Date(2026, 0, 31);
  if (writer === 'ours') {
    const { writeZip } = await import('../src/adapters/zip/writer.js');
    await writeZip(
      out,
      (function* () {
        for (const f of files) {
          yield {
            name: rel(f),
            date,
            data: async function* () {
              yield await readFile(f);
            },
          };
        }
      })(),
    );
  } else if (writer === 'archiver') {
    const archiver = (await import('archiver')).default;
    const zip = archiver('zip', { zlib: { level: 6 } });
    const sink = createWriteStream(out);
    zip.pipe(sink);
    for (const f of files) {
      const added = once(zip, 'entry');
      zip.append(createReadStream(f), { name: rel(f), date });
      await added;
    }
    await zip.finalize();
    if (!sink.writableFinished) await once(sink, 'finish');
  } else {
    const yazl = (await import('yazl')).default;
    const zip = new yazl.ZipFile();
    const sink = createWriteStream(out);
    zip.outputStream.pipe(sink);
    for (const f of files) {
      const stream = createReadStream(f);
      zip.addReadStream(stream, rel(f), { mtime: date });
      await once(stream, 'close');
    }
    zip.end();
    await once(sink, 'finish');
  }
}

interface Result {
  writer: Writer;
  seconds: number;
  rssMb: number;
  bytes: number;
  ok: boolean;
}

function runOne(writer: Writer, dir: string, n: number, out: string): Result {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, here, '--one', writer, dir, String(n), out], {
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0) throw new Error(`${writer} failed: ${r.stderr}`);
  const rssMb = Number(r.stderr.trim().split('\n').pop()) / 1024;
  let ok = true;
  try {
    execFileSync('unzip', ['-tq', out], { stdio: 'pipe' });
  } catch {
    ok = false;
  }
  const bytes = statSync(out).size;
  rmSync(out, { force: true });
  return { writer, seconds, rssMb, bytes, ok };
}

if (process.argv[2] === '--one') {
  const [, , , writer, dir, n, out] = process.argv;
  await writeWith(writer as Writer, dir!, Number(n), out!);
} else {
  const n = Number(process.argv[2] ?? 40_000);
  const rounds = Number(process.env.ZIP_BENCH_ROUNDS ?? 3);
  const work = mkdtempSync(path.join(os.tmpdir(), 'massgen-zipbench-'));
  try {
    const dir = path.join(work, 'members');
    generate(dir, n);
    console.log(
      `${n.toLocaleString('en-US')} small members + 3 of 2 MB, ${rounds} rounds, best wall time and its peak RSS (Node ${process.version})`,
    );
    const best = new Map<Writer, Result>();
    for (let round = 0; round < rounds; round++) {
      for (const w of WRITERS) {
        const r = runOne(w, dir, n, path.join(work, `${w}.zip`));
        const prev = best.get(w);
        if (!prev || r.seconds < prev.seconds) best.set(w, r);
      }
    }
    console.log('| writer | wall | peak RSS | zip size | unzip -t |');
    console.log('|---|---|---|---|---|');
    for (const r of best.values()) {
      console.log(
        `| ${r.writer} | ${r.seconds.toFixed(2)} s | ${r.rssMb.toFixed(0)} MB | ${(r.bytes / 1048576).toFixed(1)} MB | ${r.ok ? 'ok' : 'FAILED'} |`,
      );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
