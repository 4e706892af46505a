/**
 * bzip2 carriers (issue 11): a trace compressed with bzip2, alone or inside a zip, is decoded
 * (seek-bzip, loaded only for a file with the bzip2 magic) and scanned; one holding a key is
 * withheld with its reason, a clean one goes out byte for byte, and one that cannot be decoded
 * (corrupt, or over the decoding cap) is withheld unscanned with that reason.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { carrierKind, scanCarrier } from '../src/core/redact/carriers.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, lookAlikes } from './helpers/fake-secrets.js';
import { assertCarriersThroughCli } from './helpers/carrier-cli.js';
import { zipOf } from './helpers/eval-carriers.js';

const secrets = fakeSecrets(Number(process.env.REDACT_SEED ?? 20261125) + 13);
const gh = secrets.find((s) => s.family === 'github-classic')!;
const anthropic = secrets.find((s) => s.family === 'anthropic')!;
const alikes = lookAlikes(13);

const bz2 = (data: string | Buffer): Buffer => execFileSync('bzip2', ['-c', '-9'], { input: data });
const trace = (extra: string): string =>
  `${alikes.map((l, i) => `2026-03-01 10:00:${String(i).padStart(2, '0')} | agent_a | ${l}`).join('\n')}\n${extra}`;

const withSecret: Record<string, Buffer> = {
  'trace.log.bz2': bz2(trace(`2026-03-01 10:01:00 | agent_a | [tool] export GITHUB_TOKEN=${gh.value}\n`)),
  'answer.md.bz2': bz2(`The run works now; I used ${anthropic.value} as you asked.\n`),
  'results.zip': zipOf({ 'tool_result.json.bz2': bz2(JSON.stringify({ output: `token ${gh.value}` })) }),
  // Two streams, the key in the second (pbzip2 and `cat a.bz2 b.bz2` write such files).
  'multi.bz2': Buffer.concat([bz2(trace('')), bz2(`${anthropic.context}\n`)]),
};
const clean: Record<string, Buffer> = {
  'clean.log.bz2': bz2(trace('2026-03-01 10:01:00 | agent_a | done\n')),
  'clean.zip': zipOf({ 'a.txt.bz2': bz2(trace('')) }),
};

describe('bzip2 carriers: scanCarrier', () => {
  const r = new Redactor();
  const scan = (b: Buffer): string[] => r.scanBinary(b);
  it('finds a key in each, which the raw bytes do not show, and names where', () => {
    for (const [name, buf] of Object.entries(withSecret)) {
      assert.deepEqual(r.scanBinary(buf), [], `${name}: the raw bytes hide the key`);
      const found = scanCarrier(buf, scan);
      assert.ok(found && found.rules.length > 0, name);
    }
    assert.equal(
      scanCarrier(withSecret['trace.log.bz2']!, scan)!.reason,
      'bzip2 file holding a secret (github-token) in bzip2 content',
    );
    assert.match(scanCarrier(withSecret['results.zip']!, scan)!.reason, /in bzip2 content, in tool_result\.json\.bz2/);
  });
  it('finds nothing in clean ones; text that starts with BZh is no carrier', () => {
    for (const [name, buf] of Object.entries(clean)) assert.equal(scanCarrier(buf, scan), null, name);
    assert.equal(carrierKind(Buffer.from('BZh9 is how a bzip2 file starts\n')), null);
  });
  it('withholds, unscanned, one that cannot be decoded or decodes past the cap', () => {
    const good = withSecret['trace.log.bz2']!;
    const corrupt = Buffer.concat([good.subarray(0, 10), Buffer.alloc(200, 0x55)]);
    const found = scanCarrier(corrupt, scan);
    assert.deepEqual(found?.rules, []);
    assert.match(found.reason, /^bzip2 file that could not be scanned \(bzip2 data is corrupt\)$/);
    const bomb = scanCarrier(bz2(Buffer.alloc(65 * 1024 * 1024)), scan);
    assert.deepEqual(bomb, { rules: [], reason: 'bzip2 file that decodes to more than 64 MiB (not scanned)' });
  });
});

describe('bzip2 carriers: through the CLI', () => {
  it('withholds each one holding a key with its reason; clean ones go out byte for byte', async () => {
    await assertCarriersThroughCli(withSecret, clean, /(bzip2 file|zip file) holding a secret/);
  });
});
