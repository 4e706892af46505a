/**
 * Issue esc15: (1) a value under a secret's name with every byte escaped (`\xHH`, octal, `\u00HH`, HTML references,
 * `%HH`, colon hex, `0x..` arrays, `String.fromCharCode`, `bytes([…])`) in C, Python, shell `$'…'`, fish, printf,
 * HTML, plists, URLs, curl and kubectl. Values are generated per run (REDACT_SEED replays one); a plant leaks when a
 * recipient's decoding of the output (escapedReadings) holds a 10-character window of it. Benign twins: escaped
 * messages, byte arrays of magic numbers, MAC addresses and fingerprints, colour escapes, stay byte-identical.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanBinaryViews, scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { binaryCorpus } from './helpers/esc15-binary.js';
import { rng } from './helpers/fake-secrets.js';
import { damaged, leakCounter } from './helpers/placements.js';
import { escapedBenign, escapedCorpus, leaksEscaped } from './helpers/esc15-corpus.js';

const seed = Number(process.env.REDACT_SEED ?? 1515);
const counter = leakCounter('esc15');

describe('issue esc15: secrets escaped byte by byte', () => {
  it(`redacts a value whose every byte is escaped, under a secret's name (REDACT_SEED=${seed})`, () => {
    assert.deepEqual(counter.leaked('escaped', escapedCorpus(rng(seed)), leaksEscaped), []);
  });
  it('keeps escaped strings that are no secret byte-identical', () => {
    assert.deepEqual(damaged(escapedBenign(rng(seed + 1))), []);
  });
  it('reads a 1 MiB line of character codes without overflowing the stack', () => {
    for (const unit of ['0x41, ', '65,']) {
      const text = `API_KEY = [${unit.repeat(Math.ceil((1 << 20) / unit.length))}]\n`;
      const t = process.cpuUsage();
      assert.doesNotThrow(() => new Redactor().redactString(text), unit);
      const d = process.cpuUsage(t);
      assert.ok((d.user + d.system) / 1e6 < 10, `${unit}: ${(d.user + d.system) / 1e6} s of CPU`);
    }
  });
});

/**
 * (2) A name and its value separated by a control byte in a binary: PNG text chunks, NUL/tab/\x1f/\x1e records, BSON,
 * Java constant pools, binary plists, `env -0`. A plant is missed when the file would go out (no rule, no carrier
 * finding: as measure.ts decides for a binary).
 */
const r = new Redactor();
const scan = (x: Buffer): string[] => r.scanBinary(x);
const withheld = (buf: Buffer): boolean =>
  scanBinaryViews(buf, scan).rules.length > 0 || scanCarrier(buf, scan) !== null;

describe('issue esc15: a name and its value apart by a NUL or a separator byte', () => {
  const { plants, value, benign } = binaryCorpus(rng(seed + 2));
  it(`withholds a binary holding a secret after its name and a separator (REDACT_SEED=${seed})`, () => {
    const missed: string[] = [];
    let planted = 0;
    for (const [what, make] of plants)
      for (let i = 0; i < 8; i++) {
        planted++;
        if (!withheld(make(value()))) missed.push(what);
      }
    console.log(`esc15 binary: missed ${missed.length}/${planted}`);
    assert.deepEqual(missed, []);
  });
  it(`lets PNGs with ordinary text chunks, environments and records of counts go out (REDACT_SEED=${seed})`, () => {
    assert.deepEqual(
      benign.filter(([, buf]) => withheld(buf)).map(([what]) => what),
      [],
    );
  });
});
