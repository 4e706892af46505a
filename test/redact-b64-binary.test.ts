/**
 * Base64 of binary data inside text (attack 6, L16): a JSON tool result's `content_base64`, a data: URL, a pasted blob
 * whose bytes are a tar, a pickle, a SQLite database or any blob with NULs holding a plain key. The same bytes as a
 * file are withheld (the binary scan); decoded from base64 they get the same scan, and a hit replaces the whole base64
 * run (what a reader decodes). Also base64 of base64 and of hex of such text. Look-alikes: base64 of random bytes,
 * of binaries without a key, of images, integrity hashes; they stay byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import zlib from 'node:zlib';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, rng, seededBytes } from './helpers/fake-secrets.js';

// Keys and random bytes come from one seed (in the suites' names; REDACT_SEED replays one), not from the run.
const seed = Number(process.env.REDACT_SEED ?? 20261216);
const at = `(REDACT_SEED=${seed})`;
const randomBytes = seededBytes(seed);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pick = (n: number, set = ALNUM): string => Array.from(randomBytes(n), (b) => set[b % set.length]).join('');
const anthropic = (): string => `sk-ant-api03-${pick(93, `${ALNUM}_-`)}AA`;
const github = (): string => `ghp_${pick(36)}`;

function tar(name: string, body: string): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 'latin1');
  header.write('0000644\0', 100, 'latin1');
  header.write(`${body.length.toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write('0', 156, 'latin1');
  header.write('ustar\x0000', 257, 'latin1');
  const data = Buffer.alloc(Math.ceil(body.length / 512) * 512);
  data.write(body, 0, 'latin1');
  return Buffer.concat([header, data, Buffer.alloc(1024)]);
}
const pickle = (s: string): Buffer =>
  Buffer.concat([
    Buffer.from([0x80, 0x04, 0x95, 0x40, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94, 0x8c, 0x07]),
    Buffer.from('api_key\x94\x8c', 'latin1'),
    Buffer.from([s.length]),
    Buffer.from(s, 'latin1'),
    Buffer.from([0x94, 0x73, 0x2e]),
  ]);
const sqlite = (s: string): Buffer => {
  const page = Buffer.alloc(4096);
  page.write('SQLite format 3\0', 0, 'latin1');
  page.writeUInt16BE(4096, 16);
  page.write(`\x03\x1b\x15\x01${s}`, 3900, 'latin1');
  return page;
};
const blob = (s: string): Buffer =>
  Buffer.concat([randomBytes(40).fill(0, 10, 20), Buffer.from(`\0key\0${s}\0`, 'latin1'), randomBytes(60)]);
const b64 = (b: Buffer | string): string => Buffer.from(b).toString('base64');
const hex = (s: string): string => Buffer.from(s).toString('hex');

const wrappers: [string, (run: string) => string][] = [
  ['a JSON tool result', (run) => JSON.stringify({ tool: 'read_file', path: '/ws/x', content_base64: run })],
  ['a data: URL', (run) => `<a href="data:application/octet-stream;base64,${run}">download</a>`],
  ['a pasted blob', (run) => `Here is the file you asked for:\n\n${run}\n\nDecode it with base64 -d.`],
];

const secretBlobs: [string, (key: string) => string][] = [
  ['a tar', (k) => b64(tar('app/.env', `ANTHROPIC_API_KEY=${k}\n`))],
  ['a pickle', (k) => b64(pickle(k))],
  ['a SQLite page', (k) => b64(sqlite(k))],
  ['a blob with NULs', (k) => b64(blob(k))],
  ['base64 of base64 of a key line', (k) => b64(b64(`export ANTHROPIC_API_KEY=${k}\n`))],
  ['base64 of hex of a key line', (k) => b64(hex(`GITHUB_TOKEN=${k}\n`))],
  ['base64 of base64 of a tar', (k) => b64(b64(tar('secrets.txt', `${k}\n`)))],
  ['base64 of a blob with the key in UTF-16', (k) => b64(Buffer.concat([Buffer.alloc(8), Buffer.from(k, 'utf16le')]))],
];

describe(`base64 of binary data in text is scanned as the binary is (L16) ${at}`, () => {
  const r = new Redactor();
  for (const [what, make] of secretBlobs)
    for (const [where, wrap] of wrappers)
      for (const key of [anthropic(), github()])
        it(`${what} in ${where} (${key.slice(0, 4)}…): the whole base64 run is replaced`, () => {
          const run = make(key);
          const text = wrap(run);
          const out = r.redactString(text);
          assert.ok(!out.includes(run.slice(run.length / 2 - 8, run.length / 2 + 8)), `${what}: part of the run left`);
          assert.ok(!out.includes(key.slice(-12)), `${what}: key left`);
          assert.match(out, /\[REDACTED/);
        });

  const benign: [string, () => string][] = [
    ['random bytes (64 to 4,096)', () => [64, 200, 1000, 4096].map((n) => b64(randomBytes(n))).join('\n')],
    ['random bytes with NULs', () => b64(Buffer.concat([Buffer.alloc(30), randomBytes(300), Buffer.alloc(30)]))],
    [
      'a tar of a README',
      () => b64(tar('README.md', '# Project\n\nRun `npm test` to check. Set ANTHROPIC_API_KEY.\n')),
    ],
    ['a pickle of a config', () => b64(pickle('model=claude-sonnet-4; temperature=0.2'))],
    ['a SQLite page of ids', () => b64(sqlite('row 42: 3f2a9c1e-7b4d-4e8a-9c1f-2d3e4f5a6b7c'))],
    ['base64 of base64 of prose', () => b64(b64('The agent voted for agent_b because its answer was complete.'))],
    ['base64 of hex of a git sha', () => b64(hex('commit 1f3a9b2c4d5e6f708192a3b4c5d6e7f8091a2b3c'))],
    ['integrity hashes', () => `sha512-${b64(randomBytes(64))}\nsha384-${b64(randomBytes(48))}`],
    ['a PNG', () => b64(Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(200)]))],
  ];
  for (const [what, make] of benign)
    for (const [where, wrap] of wrappers)
      it(`kept: ${what} in ${where}`, () => {
        for (let k = 0; k < 5; k++) {
          const text = wrap(make());
          assert.equal(r.redactString(text), text, what);
        }
      });
});

/**
 * A base64 block wrapped at 60, 64 or 76 columns (a PEM body, `base64`'s, a MIME part's): each line is a random-looking
 * run of the length a key has. No line is a key for the line above it (CI's seed 6498275: a line of a gzip block read
 * as a key labelled by the letters of the lines above), and a block holding a secret goes whole even where a line of
 * it was hit first.
 */
describe('wrapped base64 blocks: no line read as a labelled key', () => {
  const r = new Redactor();
  const rand = rng(20261202);
  const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
  const wrapAt = (run: string, w: number): string => run.replace(new RegExp(`.{${w}}`, 'g'), '$&\n').trimEnd();
  const redact = (text: string): string => {
    const f = r.filter({ rel: 'agent_a/run.log' });
    return f.write(text) + f.end();
  };

  it('keeps 900 blocks of random bytes byte for byte, bare, in PEM armour and in a log', () => {
    const changed: string[] = [];
    for (let i = 0; i < 900; i++) {
      const body = wrapAt(bytes(1200).toString('base64'), [60, 64, 76][i % 3]!);
      const text = [
        `$ base64 blob.bin\n${body}\n$ done\n`,
        `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`,
        `${body}\n`,
      ][i % 3]!;
      const out = redact(text);
      if (out !== text) changed.push(out.split('\n').find((l) => l.includes('[REDACTED'))!);
    }
    assert.deepEqual(changed, []);
  });

  it('replaces every line of 300 gzip blocks holding a secret', () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 30; seed++)
      for (const s of fakeSecrets(seed).slice(0, 10)) {
        const doc = `# notes of run ${seed}\nLOG_LEVEL=debug\n${s.context}\n${bytes(300).toString('hex')}\n`;
        const body = wrapAt(zlib.gzipSync(Buffer.from(doc)).toString('base64'), [64, 76][seed % 2]!);
        const out = redact(`$ gzip -c notes | base64\n${body}\n$ done\n`);
        const left = body.split('\n').filter((line) => line.length >= 16 && out.includes(line));
        if (!/\[REDACTED:base64:/.test(out) || left.length > 0) wrong.push(`${s.family}: ${left.length} lines left`);
      }
    assert.deepEqual(wrong, []);
  });
});
