import path from 'node:path';
import { forEachLimited } from '../concurrency.js';
import { filesUnder } from '../credential-files.js';
import {
  fileContainsAny,
  HARVEST_TOTAL,
  isConfigLike,
  needlesOf,
  readCapped,
  type Learning,
  type Needles,
} from '../redact/learned.js';
import type { AttemptInfo } from '../turns.js';
import type { NameJudge } from '../name-judge.js';
import { MEASURE_CONCURRENCY, type SlotMeasurer } from './slot-measurer.js';

/** What the redactor learns from (learned.ts), and what it must redact again once it has. */
export interface LearnInput {
  learning: Learning;
  /** Secret-bearing entries left out by the walk: their values are learned. */
  secretFiles: readonly string[];
  /** Config-like walked files left out by a limit: their values are learned too. */
  limitedConfig: readonly number[];
  /** Attempt metadata read before values were learned (redacted again). */
  attempts: AttemptInfo[];
  redactString?: (s: string) => string;
  /** Judges the measured files' names again once values are learned (learned-names.ts). */
  names?: NameJudge;
}

/**
 * Measuring while the redactor learns values (learned.ts): the values of secret-bearing files
 * left out are learned first, config-like files are measured before the rest, and files
 * measured before a value was learned are measured again if they hold it.
 */
export async function measureLearning(m: SlotMeasurer, learn: LearnInput): Promise<void> {
  const { walked, chosen, root } = m.input;
  const { learning } = learn;
  // Secret-bearing files that are left out (`.env*`, `credentials.json`, ...) still teach their values.
  // So do config-like files left out by a limit (up to HARVEST_TOTAL bytes of them).
  let harvested = 0;
  const secret = learn.secretFiles.flatMap((rel) => (rel.endsWith('/') ? filesUnder(root, rel) : [rel]));
  for (const rel of [...secret, ...learn.limitedConfig.map((i) => walked.filePath(i))]) {
    if (harvested > HARVEST_TOTAL) break;
    const text = readCapped(path.join(root, rel));
    if (text === null) continue;
    harvested += text.length;
    learning.harvest(rel, text);
  }
  // Config-like files first (their key names name most secrets), then the rest.
  const first: number[] = [];
  const rest: number[] = [];
  for (let slot = 0; slot < chosen.length; slot++)
    (isConfigLike(walked.fileName[chosen[slot]!]!) ? first : rest).push(slot);
  for (const group of [first, rest])
    await forEachLimited(group.length, MEASURE_CONCURRENCY, (k) => m.measure(group[k]!, false));
  await remeasure(m, learn);
  // Metadata read before the values were learned (questions, error messages) is redacted again.
  const r = learn.redactString;
  if (r) {
    for (const info of learn.attempts) {
      if (info.question) info.question = r(info.question);
      if (info.error?.message) info.error.message = r(info.error.message);
    }
  }
}

/**
 * A file measured before a value was learned is measured again if it holds that value (a
 * literal search of its bytes, and of the forms known-variants.ts finds), or if anything in it
 * was redacted: a redaction there may now be the learned value's (another span, another label:
 * a key's 10-character pieces joined in a JSON list, a value inside a base64 block), and the
 * export must write what it measured. Rarely needed: most values are learned from the first group.
 */
async function remeasure(m: SlotMeasurer, { learning }: LearnInput): Promise<void> {
  const seenAt = m.seenAtVersions!;
  for (let round = 0; round < 3; round++) {
    const redo: number[] = [];
    // The values new since a version, compiled once for every file measured at it (not once per file: 30,000
    // values in 30 files took 30 s).
    const since = new Map<number, Needles | null>();
    for (let slot = 0; slot < m.slots; slot++) {
      if (m.cannot.has(slot)) continue;
      const at = seenAt[slot]!;
      if (!since.has(at)) {
        const values = learning.since(at);
        since.set(at, values.length > 0 ? needlesOf(values) : null);
      }
      const needles = since.get(at)!;
      const again =
        needles !== null && (m.planned.redactionsOf(slot) !== undefined || fileContainsAny(m.diskPath(slot), needles));
      if (again) redo.push(slot);
      else seenAt[slot] = learning.version();
    }
    if (redo.length === 0) break;
    await forEachLimited(redo.length, MEASURE_CONCURRENCY, (k) => m.measure(redo[k]!, true));
  }
}
