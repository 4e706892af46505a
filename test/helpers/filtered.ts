/** A redactor's streaming filter over one text, and the 10-character leak check the redaction tests share. */
import type { Redactor } from '../../src/core/redact/redactor.js';

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
