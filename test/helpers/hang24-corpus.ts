/**
 * Round 24 (issue 11 category 7, "never a hang"): label lines whose end (bold, a colon, a closing tag, a backslash)
 * is padded with runs of blanks and tabs, the shape that made next-lines.ts's label-end regex backtrack (five optional
 * blank runs side by side). The plants and twins are nextline22's (a value on the line after its label, and the same
 * labels before code, names, placeholders, hashes, UUIDs), each label end padded at random (seeded) with 0 to 40
 * blanks between its parts: padding changes nothing a reader of the label decides, so a padded plant must go out
 * redacted and a padded twin the redactor keeps unpadded must come out byte for byte. Also hostile lines: a secret's
 * name then a run of blanks then a character that ends no label.
 */
import { seededGen, type SeededGen } from './fake-secrets.js';
import { plants, twins, type Plant } from './nextline22-corpus.js';
import type { Shape } from './short-fuzz.js';

const run = (g: SeededGen): string => {
  const n = g.one([0, 1, 2, 3, 8, 17, 24, 40]);
  return Array.from({ length: n }, () => (g.int(4) === 0 ? '\t' : ' ')).join('');
};

/** The first label end of `text` (`:**`, `**:`, `:`, `</b>:`, a continuation's `= \`) padded with blank runs. */
export function padLabelEnd(text: string, g: SeededGen): string {
  const m = /(?:\*\*|<\/b>)?[:：](?:\*\*)?(?=\n|<br)|[=:] ?\\(?=\n)|(?<=[a-z)])(?=\n)/.exec(text);
  if (m === null) return text;
  // A blank run before each part (`**`, `</b>`, `:`, `=`, `\\`) and after the last, none after a continuation's `\\`.
  const parts = m[0].match(/\*\*|<\/b>|[:：=\\]/g) ?? [];
  const out = parts.map((p) => run(g) + p).join('') + (m[0].endsWith('\\') ? '' : run(g));
  return text.slice(0, m.index) + out + text.slice(m.index + m[0].length);
}

export interface PaddedPlant extends Plant {
  plain: string;
}

/** nextline22's plants with their label ends padded. */
export function paddedPlants(seed: number): PaddedPlant[] {
  const g = seededGen(seed * 7 + 24);
  return plants(seed, 8).map((p) => ({ ...p, plain: p.text, text: padLabelEnd(p.text, g) }));
}

/** nextline22's twins with their label ends padded, each with its unpadded text. */
export function paddedTwins(seed: number): { plain: string; text: string }[] {
  const g = seededGen(seed * 7 + 25);
  return twins(seed, 7).map((t) => ({ plain: t, text: padLabelEnd(t, g) }));
}

/** Hostile lines: a secret's name in a layout, a run of blanks (or tabs), a character that ends no label. */
export function hostileShapes(): Shape[] {
  const names = [
    'x,secret',
    'secret',
    'x,token',
    'api key',
    'password',
    '### Stripe key',
    '> my token',
    '+pwd',
    '**key',
  ];
  const ends = [',', '!', 'x', '"', ';', '*'];
  return names.flatMap((head, i) =>
    ends.map((tail, j) => ({ head, unit: (i + j) % 2 === 0 ? ' ' : '\t', tail, rel: 'agent_a/workspace/notes.md' })),
  );
}
