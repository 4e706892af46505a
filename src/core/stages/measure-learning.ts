import path from 'node:path';
import { forEachLimited } from '../concurrency.js';
import { filesUnder } from '../credential-files.js';
import { HARVEST_TOTAL, isConfigLike, readCapped, type Learning } from '../redact/learned.js';
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
 * measured before a value was learned are measured again.
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
 * The most rounds of re-measuring. A round runs only when a value was learned after some file was measured, and a file
 * measured again teaches a new value only when one learned since changes what the passes find in it (a hit now
 * found as a known value leaves the rest of what a key named to another pass): chains of such files need a round each
 * (test/remeasure-chains). The values a
 * session can teach are finite and only grow, so the rounds end; this bound caps the work on a chain built to be long
 * (each round reads at most the whole session again).
 */
export const MAX_REMEASURE_ROUNDS = 16;

/**
 * A file measured before a value was learned is measured again, whatever its bytes hold: the known values are also
 * found in what the passes decode or join (a key's pieces joined from a list of literals, a base64 run, JSON escapes),
 * which no search of the bytes sees; a file measured without the value and written with it would differ from what was
 * measured ("changed while it was being exported", on a session nobody touched). A file measured after the last value
 * was learned is not read again. Rounds repeat until a round learns nothing (MAX_REMEASURE_ROUNDS).
 */
async function remeasure(m: SlotMeasurer, { learning }: LearnInput): Promise<void> {
  const seenAt = m.seenAtVersions!;
  for (let round = 0; round < MAX_REMEASURE_ROUNDS; round++) {
    const redo: number[] = [];
    const now = learning.version();
    for (let slot = 0; slot < m.slots; slot++) if (!m.cannot.has(slot) && seenAt[slot]! < now) redo.push(slot);
    if (redo.length === 0) break;
    await forEachLimited(redo.length, MEASURE_CONCURRENCY, (k) => m.measure(redo[k]!, true));
  }
}
