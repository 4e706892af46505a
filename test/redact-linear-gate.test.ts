/**
 * The shape table's candidates (candidate-gate.ts): a prefix literal repeated after a character that does not start a
 * token (`/ABSK` repeated: the Bedrock key's body read to the end of the line from each `ABSK`, then dropped: 5.5 s
 * per 32 KiB), or a glued literal whose body's class holds it (`-eyJ` repeated: the JWT's header read to the end of
 * the run from each `eyJ`, 0.4 s per 32 KiB, 14 s per 64 KiB on one pass) cost bounded work per character. Every
 * prefix literal of a rule with an open-ended body (read from the table), after each separator. Twins: real tokens of
 * every family after such a run are still replaced; the runs inside a word come out unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingStrings } from '../src/core/redact/leading.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';
import { fakeSecrets } from './helpers/fake-secrets.js';

const LITERALS = [
  ...new Set(
    SHAPE_RULES.filter((r) => r.prefix && /\{\d+,\}/.test(r.source)).flatMap((r) => leadingStrings(r.source) ?? []),
  ),
];
const SEPARATORS = ['/', '+', '-', '_', 'x'];
const fill = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** CPU milliseconds of one redaction, best of two when the first is slow (a busy machine only adds). */
function cpu(r: Redactor, text: string): number {
  let best = Infinity;
  for (let k = 0; k < 2 && best > 40; k++) {
    const t = process.cpuUsage();
    r.redactString(text);
    const d = process.cpuUsage(t);
    best = Math.min(best, (d.user + d.system) / 1000);
  }
  return best;
}

describe('shape candidates: a prefix literal repeated costs bounded work per character', () => {
  it(`${LITERALS.length} literals after ${SEPARATORS.length} separators: 32 KiB each in under 400 ms of CPU`, () => {
    assert.ok(LITERALS.length > 100, `${LITERALS.length} literals`);
    const r = new Redactor();
    r.redactString(fill('/ghp_', 4096));
    const slow: string[] = [];
    for (const l of LITERALS)
      for (const s of SEPARATORS) {
        const ms = cpu(r, fill(s + l, 32 * 1024));
        if (ms > 400) slow.push(`${JSON.stringify(s + l)}: ${ms.toFixed(0)} ms`);
      }
    assert.deepEqual(slow, []);
  });

  it('the runs inside a word come out unchanged', () => {
    const r = new Redactor();
    const changed = LITERALS.filter((l) => {
      const text = fill(`x${l}`, 4096);
      return r.redactString(text) !== text;
    });
    assert.deepEqual(changed, []);
  });

  it('a token of every family after such a run is still replaced', () => {
    const r = new Redactor();
    const secrets = fakeSecrets(1603);
    const leaks: string[] = [];
    for (const s of secrets)
      for (const unit of ['/ABSK', '-eyJ', '_eyJ', '/eyJrIjoi', '-ops_eyJ', `x${s.value.slice(0, 4)}`])
        for (const sep of [' ', '\n']) {
          const out = r.redactString(`${fill(unit, 2048)}${sep}${s.context}\n`);
          if (out.includes(s.value)) leaks.push(`${s.family} after ${unit}`);
        }
    assert.ok(secrets.length > 30, `${secrets.length} secrets`);
    assert.deepEqual(leaks, []);
  });
});
