/**
 * A redactor's streaming filter over one text, and what the redaction tests share: the 10-character leak check, a
 * plant (a secret in its text) and the plants that leak, the outputs that changed, a redactor that learns.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { Redactor } from '../../src/core/redact/redactor.js';

/** A secret planted in a file's text. */
export interface Plant {
  name: string;
  rel: string;
  text: string;
  value: string;
}

/** `text` through the redactor's filter for a file at `rel`. */
export const filtered = (r: Redactor, rel: string, text: string): string => {
  const f = r.filter({ rel });
  return f.write(text) + f.end();
};

/** Whether any 10-character window of `v` survives in `out`. */
export function leaksWindow(out: string, v: string): boolean {
  for (let i = 0; i + 10 <= v.length; i++) if (out.includes(v.slice(i, i + 10))) return true;
  return false;
}

/** The outputs of the texts ([rel, text]) that did not come out byte for byte. */
export function changedOutputs(r: Redactor, items: readonly (readonly [string, string])[]): string[] {
  return items.flatMap(([rel, text]) => {
    const out = filtered(r, rel, text);
    return out === text ? [] : [out];
  });
}

/** The plants whose value survives (a 10-character window of it), each with what came out. */
export function leakedPlants(ps: readonly Plant[], r = new Redactor()): string[] {
  return ps.flatMap((p) => {
    const out = filtered(r, p.rel, p.text);
    return leaksWindow(out, p.value) ? [`${p.name}: ${out}`] : [];
  });
}

/** A redactor that learns what it finds, as an export's does (a value learned in one file is redacted in all). */
export function learningRedactor(): Redactor {
  const r = new Redactor({ learn: true });
  r.active(true);
  return r;
}

/** A test that the plants `make` gives (at least `min`) all come out with no window of their value. */
export function itRedacts(title: string, make: () => readonly Plant[], min: number): void {
  it(title, () => {
    const ps = make();
    assert.ok(ps.length >= min, `${ps.length} plants`);
    assert.deepEqual(leakedPlants(ps), [], `of ${ps.length}`);
  });
}

/** A test that the texts `make` gives (at least `min`) come out byte for byte through a learning redactor. */
export function itKeeps(title: string, make: () => readonly (readonly [string, string])[], min = 1): void {
  it(title, () => {
    const twins = make();
    assert.ok(twins.length >= min, `${twins.length} twins`);
    assert.deepEqual(changedOutputs(learningRedactor(), twins), []);
  });
}
