/**
 * Attack 48 (independent, black box on `3a35062`): what went out, by category, each planted anew from a seed
 * (helpers/attack48-corpus.ts; REDACT_SEED replays):
 * - a person's password with a dot, unquoted, under a password's name (`postgresPassword: moskva.zanzibar90!91`,
 *   `DB_PASSWORD=Summer.2024!`): read as code's expression (a member named by a number, a `!` between two words and a
 *   `+` between two numbers are no code's);
 * - a quoted value a printer wrapped before its closing quote (rich's locals panel): only its first line went;
 * - a dotted token in a URL's `appid=` (an Airtable PAT): cut at its dot;
 * - names transliterated from other languages (`parol`, `mima`, `MIYAO`, `klyuch`), also over a YAML block scalar;
 * - hex a weak name's judge found (`auth=<48 hex>` in a cookie) went out where the file set it again; and a word
 *   beside a known value in an array or a sum (`setItem("refresh", <known>)`) was redacted with it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ATTACK48_TWINS,
  dottedPlants,
  dottedQueryPlants,
  openQuotePlants,
  transliteratedPlants,
} from './helpers/attack48-corpus.js';
import { seededGen } from './helpers/fake-secrets.js';
import { filtered, itKeeps, itRedacts, leaksWindow, learningRedactor } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 4801);

/** A file read as an export reads it: once to learn (the collection), then written. */
function exported(rel: string, text: string): string {
  const r = learningRedactor();
  filtered(r, rel, text);
  r.active(false);
  return filtered(r, rel, text);
}

describe(`attack 48 (seed ${SEED})`, () => {
  itRedacts('a password with a dot, unquoted, under a password’s name, in six formats', () => dottedPlants(SEED), 30);
  itRedacts(
    'a quoted value wrapped before its closing quote, in a panel, plain or at a prompt',
    () => openQuotePlants(SEED + 1),
    24,
  );
  itRedacts('a dotted token in a URL’s appid= or code=', () => dottedQueryPlants(SEED + 2), 12);
  itRedacts(
    'names transliterated from other languages, on a line and over a block scalar',
    () => transliteratedPlants(SEED + 3),
    32,
  );
  itKeeps('references, plain values under those names, words in quotes, ids in a query', () => ATTACK48_TWINS, 8);

  it('hex a weak name’s judge found is redacted where the file sets it again; the words beside it stay', () => {
    const g = seededGen(SEED + 4);
    for (let i = 0; i < 8; i++) {
      const v = g.pick('hex', 40 + 8 * (i % 4));
      const name = g.one(['auth', 'sid', 'session']);
      const text =
        `document.cookie = "${name}=${v}; path=/; secure";\n` +
        `localStorage.setItem("refresh", "${v}");\nconst pair = ["bearer", "${v}"];\nconst s = "x" + "${v}";\n`;
      const out = exported('workspace/src/auth.js', text);
      assert.ok(!leaksWindow(out, v), out);
      for (const word of ['"refresh"', '["bearer"', '"x" +']) assert.ok(out.includes(word), out);
    }
  });
});
