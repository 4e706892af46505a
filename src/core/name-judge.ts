/**
 * How file and folder names are judged for secrets (docs/redaction.md, Names). A name travels as a gist file name, a
 * manifest path and a zip member: one that holds a secret is left out, shown redacted. Names are judged twice:
 * - at walk time (walk.ts), each directory's names together: alone, with every pass (Redactor.scanNames, which also
 *   reads a name's stem with `_ - .` as blanks: name-views.ts), and read after the directory's last folders by the
 *   passes that need no context (joined-names.ts: a webhook URL saved as folders);
 * - after learning (stages/learned-names.ts), every measured path against the values learned since the walk
 *   (Redactor.redactNames).
 */
import { joinedScanner, type JoinedSecret } from './joined-names.js';

/** A file or directory name that holds a secret: the rules it matched and the name as shown, redacted. */
export interface NameSecret {
  rules: string[];
  shown: string;
}

/** What the walk learns of a name: a secret in the name itself, or one across its folders (which has a `dir`). */
type NameVerdict = NameSecret | JoinedSecret;

/** The one interface the walk and the measure stage judge names through. */
export interface NameJudge {
  /**
   * Walk time: the names of one directory, each its verdict or null. With `folders` (the directory, session-relative,
   * ending in `/`) a name holding no secret alone is read again after the directory's last folders.
   */
  atWalk(names: readonly string[], folders?: string): readonly (NameVerdict | null)[];
  /** After learning: each name redacted with the values known now, the name itself when nothing in it is a secret. */
  afterLearning(names: readonly string[]): readonly string[];
}

/** What of the redactor (redactor.ts) names are judged with. */
interface NameRedactor {
  scanNames(names: readonly string[]): readonly (NameSecret | null)[];
  redactContextFree(text: string): string;
  redactNames(names: readonly string[]): readonly string[];
}

/** The name judge over the redactor. */
export function nameJudge(redactor: NameRedactor): NameJudge {
  const joined = joinedScanner((text) => redactor.redactContextFree(text));
  return {
    atWalk(names, folders) {
      const secrets = redactor.scanNames(names);
      if (folders === undefined) return secrets;
      const across = joined(folders, names);
      return secrets.map((s, i) => s ?? across[i] ?? null);
    },
    afterLearning: (names) => redactor.redactNames(names),
  };
}
