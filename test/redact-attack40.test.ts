/**
 * Issue 11, attack 40 (seeded, REDACT_SEED replays): a random key written as bytes under a secret name; a URL as an
 * Authorization header's credential; credential and key words of Japanese, Chinese and Korean, `credential` alone and
 * typographic quotes in prose; a session cookie of dotted random pieces (helpers/attack40-corpus.ts). The twins: byte
 * lists that hold no key (a `Buffer.from([0x89, 0x50, …])` magic number was read as a key's chain of groups and
 * learned, then its head redacted in every bundle that called `Buffer.from(`), and prose beside the new words.
 */
import { describe } from 'node:test';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  apartPlants,
  ATTACK40_TWINS,
  bearerUrlPlants,
  byteKeyPlants,
  byteListTwins,
  cjkCredentialPlants,
  dottedCookiePlants,
} from './helpers/attack40-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';

const SEED = Number(process.env.REDACT_SEED ?? 4001);

describe(`attack 40 (seed ${SEED})`, () => {
  itRedacts('a random key written as bytes under a secret name', () => byteKeyPlants(SEED), 7);
  itKeeps("byte lists that hold no key (a file's magic, a table, a test vector, an example)", () =>
    byteListTwins(SEED + 1),
  );
  itRedacts("a URL with a password as an Authorization header's credential", () => bearerUrlPlants(SEED + 2), 4);
  itRedacts(
    'credential and key words of other scripts, `credential` alone, typographic quotes',
    () => cjkCredentialPlants(SEED + 3),
    11,
  );
  itRedacts('a session cookie of random pieces joined by dots', () => dottedCookiePlants(SEED + 4), 3);
  itRedacts(
    'a GraphQL variable, a `<meta>` content, `creds` before a password alone, a key an error echoes',
    () => apartPlants(SEED + 5),
    9,
  );
  itKeeps('prose and settings beside the new words', () => ATTACK40_TWINS, 12);

  describe('linear time', () => {
    itIsLinear([
      [
        'byte lists under a key name',
        'key = [0x8f, 0x3a, 0x77, 0x1c, 0x9d, 0xe2, 0x41, 0x0b, 0xc6, 0x5a, 0x93, 0x2e]\n',
      ],
      ['credential words', '認証情報は 凭证是 credential is '],
      ['dotted cookies', 'SESSION_COOKIE=aB3dE5fG7hJ9.aB3dE5fG7hJ9.'],
      ['GraphQL variables', '"variables" password: $p "p": '],
      ['echoed keys', 'Incorrect API key provided: a1b2c3d4e5f6.'],
    ]);
  });
});
