import type { NameJudge } from '../name-judge.js';
import type { SlotMeasurer } from './slot-measurer.js';

/**
 * Leaves out, shown redacted, every measured file whose path holds a value learned after the walk judged its name.
 * The walk leaves out a name that holds a secret (walk.ts), but it lists a directory before the export has learned
 * the values of the `.env` files, label files and assignments it later reads: a file named after such a value (a
 * `.env` value in `cache/<value>.json`, `runs/<value>/result.md`) would go out under its real name, as a gist file
 * name, an archive member and an `--output` path, while the manifest, printed redacted, listed another name (the
 * share leaked the value and could not be pulled back). Judged once learning is over: nothing is learned from names.
 */
export function leaveOutLearnedNames(m: SlotMeasurer, judge: NameJudge): void {
  const { walked, chosen } = m.input;
  const segments = new Map<string, string | null>();
  const paths: (string | null)[] = [];
  for (let slot = 0; slot < chosen.length; slot++) {
    if (m.cannot.has(slot)) {
      paths.push(null);
      continue;
    }
    const rel = walked.filePath(chosen[slot]!);
    paths.push(rel);
    for (const seg of rel.split('/')) segments.set(seg, null);
  }
  const names = [...segments.keys()];
  const shown = judge.afterLearning(names);
  names.forEach((name, i) => segments.set(name, shown[i] === name ? null : shown[i]!));
  paths.forEach((rel, slot) => {
    if (rel === null) return;
    const parts = rel.split('/');
    if (!parts.some((seg) => segments.get(seg) !== null)) return;
    m.planned.unset(slot);
    m.cannot.set(slot, {
      leave: 'name holds a secret (a value learned during the export); left out, shown redacted',
      shown: parts.map((seg) => segments.get(seg) ?? seg).join('/'),
    });
  });
}
