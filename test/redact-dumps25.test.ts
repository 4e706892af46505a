/**
 * Issue 11, round 25: secrets inside debugger, runtime and network dumps (test/helpers/dumps25-corpus.ts): wallet
 * dumps and exports, heap strings, gdb/lldb/pdb prints, `x/s` and hex dumps, Chrome net-export logs and HARs, Sentry
 * and structured-log events, LiteLLM/OpenAI call logs printed as Python reprs, through the file filter an export
 * uses. Twins (placeholders, masks, references, ids, hashes, counters) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { plants, twins, SEED } from './helpers/dumps25-corpus.js';
import { filtered } from './helpers/filtered.js';

describe('secrets inside debugger, runtime and network dumps (dumps25)', () => {
  const r = new Redactor();
  it('redacts every planted value', () => {
    const ps = plants(SEED);
    assert.ok(ps.length >= 200, `${ps.length} plants`);
    const leaked = ps
      .filter((p) => filtered(r, p.rel, p.text).includes(p.value))
      .map((p) => `${p.cat}/${p.name}: ${p.text}`);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${ps.length}`);
  });
  it('twins go out byte for byte', () => {
    const ts = twins(SEED);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts
      .filter((t) => filtered(r, t.rel, t.text) !== t.text)
      .map((t) => `${t.cat}: ${filtered(r, t.rel, t.text)}`);
    assert.deepEqual(changed, [], `changed ${changed.length} of ${ts.length}`);
  });
  describe('stays linear on hostile input', () =>
    itIsLinear([
      ['Python repr pairs', "{'api_key': '"],
      ['HAR name/value objects', '{"name":"key","value":"'],
      ['JSON [name, value] pairs', '["api_token", ["x", '],
      ['gdb members', 'password = 0x5555 "'],
      ['x/s rows', '(gdb) x/s cfg->token\n0x5555:\t'],
      ['print commands with flags', '(gdb) p -a -b -c cfg->password\n$1 = 0x5555 "'],
      ['WIF-shaped runs in dumpwallet lines', `K${'x'.repeat(51)} 2026-01-31T10:00:00Z label=\n`],
      ['heap strings after Bearer', 'Bearer\nBearer '],
    ]));
});
