/**
 * Issue 11, round 39 (seeded, REDACT_SEED replays), from an independent attacker's leaks (attack 39): a value split
 * over lines by a language's continuation; continuation lines of INI, TOML and YAML; a private key inside a JSON
 * string with `\n` escapes; fish's `set -gx` and csh's `setenv`; Twitter/X app-only bearer tokens with no name; a
 * secret copied to the clipboard; an Authorization header's token of symbols or words; secret names with a trailing
 * digit or in a .NET colon path; LaTeX tokens written with `\_` (helpers/round39-*.ts).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  configPlants,
  continuationPlants,
  escapedPemPlants,
  fishPlants,
  twitterPlants,
} from './helpers/round39-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';
import { bearerPlants, clipboardPlants, digitNamePlants, latexPlants, ROUND39_TWINS } from './helpers/round39-more.js';

const SEED = Number(process.env.REDACT_SEED ?? 3901);

describe(`round 39 (seed ${SEED})`, () => {
  itRedacts("a value split over lines by a language's continuation", () => continuationPlants(SEED), 8);
  itRedacts('continuation lines of INI, TOML and YAML', () => configPlants(SEED + 1), 7);
  itRedacts('a private key inside a JSON string with escapes', () => escapedPemPlants(SEED + 2), 5);
  itRedacts("fish's `set -gx` and csh's `setenv`", () => fishPlants(SEED + 3), 7);
  itRedacts('Twitter/X app-only bearer tokens with no name', () => twitterPlants(SEED + 4), 5);
  itRedacts('a secret copied to the clipboard', () => clipboardPlants(SEED + 5), 9);
  itRedacts("an Authorization header's token of symbols or words", () => bearerPlants(SEED + 6), 6);
  itRedacts('secret names with a trailing digit or in a .NET colon path', () => digitNamePlants(SEED + 7), 6);
  itRedacts('LaTeX tokens written with `\\_`', () => latexPlants(SEED + 8), 5);
  itKeeps(
    'prose, variables, placeholders, padding, settings and LaTeX names beside the new readings',
    () => ROUND39_TWINS,
    16,
  );

  describe('linear time', () => {
    itIsLinear([
      ['PowerShell continuations', '$k = "a" + `\n'],
      ['fish settings', 'set -x password "a '],
      ['runs of A', 'A'],
      ['A and digits', 'AAAAAAAAAAAAAAAAAAAAa1'],
      ['clipboard pipes', ';"aaaa" | pbcopy '],
      ['clipboard tools', 'echo clip'],
      ['Authorization symbols', 'Authorization: Bearer aaaaaaaa!'],
      ['LaTeX groups', '\\texttt{a\\_'],
      ['LaTeX verbs', '\\verb|a\\_b|'],
      ['colon keys', '"a:'],
    ]);
  });
});
