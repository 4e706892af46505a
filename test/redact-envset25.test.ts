/**
 * Issue 11 (round 25): secrets set as environment variables or config values in code and tool configs
 * (test/helpers/envset25-corpus.ts): template literals, JSON5, Perl %ENV, MATLAB/R/Julia setters, Windows setx,
 * pipeline variables, IDE run configurations, OTLP header lists, docker/kubectl/helm commands in traces, Python
 * header dicts, through the file filter an export uses. Twins (references, placeholders, ids, hashes) come out byte
 * for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { plants, twins, SEED } from './helpers/envset25-corpus.js';
import { filtered } from './helpers/filtered.js';

describe('secrets set as environment variables and config values (envset25)', () => {
  const r = new Redactor();
  it('redacts every planted value', () => {
    const ps = plants(SEED);
    assert.ok(ps.length >= 200, `${ps.length} plants`);
    const leaked = ps
      .filter((p) => filtered(r, p.rel, p.text).includes(p.value))
      .map((p) => `${p.cat}/${p.name} (${p.rel}): ${p.text}`);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${ps.length}`);
  });
  it('twins go out byte for byte', () => {
    const ts = twins(SEED);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts
      .filter((t) => filtered(r, t.rel, t.text) !== t.text)
      .map((t) => `${t.cat} (${t.rel}): ${filtered(r, t.rel, t.text)}`);
    assert.deepEqual(changed, [], `changed ${changed.length} of ${ts.length}`);
  });
  describe('stays linear on hostile input', () =>
    itIsLinear([
      ['quoted key then an unclosed template literal', "'api_key': `abcdefgh"],
      ['setvariable without its ]', '##vso[task.setvariable variable=A;issecret=true'],
      ['setvariable repeated', '##vso[task.setvariable variable=API_KEY]'],
      ['an OTLP header list of empty values', 'OTEL_EXPORTER_OTLP_HEADERS=a=,'],
      ['an OTLP header list repeated', 'OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=abc,'],
      ['q( unclosed', '$ENV{API_KEY} = q('],
      ['$ENV{ unclosed', '$ENV{A'],
    ]));
});
