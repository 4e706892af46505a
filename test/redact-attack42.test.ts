/**
 * Issue 11, attack 42 (seeded, REDACT_SEED replays; helpers/attack42-corpus.ts): keys in LaTeX macros, URL passwords
 * holding `>`, passphrases in typographic quotes, an old key's hex in a note, names with digits glued on, Terraform's
 * sensitive variables, GitHub's hex recovery codes on one line, session cookies in elements and after setters, a
 * password after a key emoji, a key cut in two around an ellipsis, a person's own random value after `my …`. The
 * twins: a one-line git log (a `key mapping` line was read as a label and the next commit redacted, which withheld a
 * gzip changelog), a placeholder PEM, a constant's name in an HTML index, and look-alikes beside each new reading.
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  ATTACK42_TWINS,
  codeCookiePlants,
  halvesPlants,
  markupPlants,
  possessivePlants,
  namedPlants,
} from './helpers/attack42-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';

const SEED = Number(process.env.REDACT_SEED ?? 4201);

describe(`attack 42 (seed ${SEED})`, () => {
  itRedacts('keys in LaTeX macros, URL passwords with `>`, quoted passphrases', () => markupPlants(SEED), 8);
  itRedacts('old keys in notes, names with digits, sensitive variables, key emoji', () => namedPlants(SEED + 1), 9);
  itRedacts('hex recovery codes on one line, session cookies in new syntaxes', () => codeCookiePlants(SEED + 2), 9);
  itRedacts('a key cut in two around an ellipsis', () => halvesPlants(SEED + 3), 4);
  itRedacts("a person's own random value after `my …`", () => possessivePlants(SEED + 4), 3);
  itKeeps('git logs, placeholders, constants and look-alikes beside the new readings', () => ATTACK42_TWINS, 22);

  describe('linear time', () => {
    itIsLinear([
      ['LaTeX macros', 'The key is \\texttt{'],
      ['sensitive blocks', 'variable "x" {\n  sensitive = true\n'],
      ['setters', 'SetEnv RAILS_SESSION '],
      ['session elements', '<phpsessid>'],
      ['old keys', 'old one was '],
      ['ellipses between pieces', 'aB3dE5 ... fG7hJ9 '],
      ['dots', '.......... '],
      ['possessives', 'my vpn key is '],
    ]);
  });
});
