/**
 * Issue 11, bytes22: a secret written as bytes (helpers/bytes22-corpus.ts): byte arrays, lists and listings of
 * provider keys, `.env` text and random keys under a secret name, in 45 layouts of code and tools' output. A plant
 * leaks
 * when a recipient's reading of the output (byteReadings) holds a 10-character window of the value. Twins (benign
 * bytes in the same layouts, certificates' colon hex, MACs, IPv6, colour tables) stay byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bytePlants, byteReadings, byteTwins } from './helpers/bytes22-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';
import { rng } from './helpers/fake-secrets.js';
import { leaksValue, redactAs } from './helpers/placements.js';

const seed = Number(process.env.REDACT_SEED ?? 2222);

describe('issue 11 bytes22: a secret written as bytes', () => {
  it(`redacts keys and .env text written as byte arrays, lists and listings (REDACT_SEED=${seed})`, () => {
    const plants = bytePlants(rng(seed));
    const missed = plants.filter((p) => leaksValue(byteReadings(redactAs(p.file, p.text)), p.value));
    const by = new Map<string, number>();
    for (const p of missed) by.set(`${p.layout}/${p.kind}`, (by.get(`${p.layout}/${p.kind}`) ?? 0) + 1);
    console.log(`bytes22: leaked ${missed.length} of ${plants.length} ${JSON.stringify(Object.fromEntries(by))}`);
    // Open: a quoted literal that ends in an escape under a secret's name (`token = bytearray(b'…\\n')`, as plain
    // `'…\\n'`) is the key-name layer's; about 1 plant in 400 (0 to 1 over seeds 5, 7, 11, 99, 2222).
    assert.ok(
      missed.length <= 2,
      missed.map((p) => `${p.layout}/${p.kind}: ${JSON.stringify(p.text.slice(0, 160))}`).join('\n'),
    );
  });
  it(`keeps benign bytes, fingerprints, moduli, MACs and IPv6 byte for byte (REDACT_SEED=${seed})`, () => {
    const twins = byteTwins(rng(seed + 1));
    assert.ok(twins.length >= 100, `${twins.length} twins`);
    const changed = twins.filter(([rel, t]) => redactAs(rel, t) !== t);
    console.log(`bytes22: twins changed ${changed.length} of ${twins.length}`);
    assert.deepEqual(
      changed.map(([rel, t]) => `${rel}: ${JSON.stringify(t.slice(0, 200))}`),
      [],
    );
  });
});

describe('issue 11 bytes22: byte lists read in linear time', () => {
  const units = [
    '115, ',
    '0x73, ',
    '0x73,\n',
    '115 ',
    '73:',
    '73:6b:2d:70:72:6f:6a:2d:41:42:43:44:45:46:47:\n',
    '   s   k\n',
    ' 73 6b 2d\n',
    '115\n',
    '<Buffer 73 6b 2d 70 ',
    'Uint8Array(40) [ 115, ',
    '[]byte{',
    'bytes([115, 107, ',
    "'s', ",
    '73-6B-',
    '&H73, ',
    '<<115, ',
    '115, 107, 45, 112, 114, 111, 106, 45, 65, 66, 67, 68, 69, 70, 71, 72, ',
    '0000000   s   k   -   p   r   o   j   -   A   B   C   D   1   2   3   4\n',
    '   O   P   E   N   A   I   _   K   E   Y   =   s   k   -   x  \\n\n',
  ];
  itIsLinear(units.map((u) => [JSON.stringify(u), u]));
});
