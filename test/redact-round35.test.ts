/**
 * Issue 11, round 35 (seeded, REDACT_SEED replays), from an independent attacker's leaks (attack 35): passwords in a
 * map of users; a person's password after a `$` or a `!`; a form body's password before its next field; PostgreSQL
 * `COPY` rows; HMAC keys; hex keys beside `-AsPlainText` or a cipher's name; backup codes of two groups; and the data
 * tables whose one secret-named row made every row a companion (helpers/round35-corpus.ts).
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  codePlants,
  copyPlants,
  formBodyPlants,
  hmacPlants,
  phrasePlants,
  round35Twins,
  sigilPlants,
  userMapPlants,
  vectorPlants,
} from './helpers/round35-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 3501);

describe(`round 35 (seed ${SEED})`, () => {
  itRedacts('a password in a map of users, in code and in configuration', () => userMapPlants(SEED), 14);
  itRedacts("a person's password after a `$` or a `!`", () => sigilPlants(SEED + 1), 12);
  itRedacts("a form body's password before its next field", () => formBodyPlants(SEED + 2), 8);
  itRedacts('PostgreSQL COPY rows of a table of keys', () => copyPlants(SEED + 3), 6);
  itRedacts('an HMAC key named apart from its value or beside it', () => hmacPlants(SEED + 4), 4);
  itRedacts('a hex key beside words that once made it a test vector', () => vectorPlants(SEED + 5), 4);
  itRedacts('backup codes of two groups under their heading', () => codePlants(SEED + 6), 15);
  itRedacts(
    'a passphrase of any words joined by dots or hyphens, or blanks in a URL',
    () => phrasePlants(SEED + 8),
    12,
  );
  itKeeps('maps of roles, variables, data tables, vectors, notes', () => round35Twins(SEED + 7), 13);
});
