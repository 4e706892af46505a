/**
 * Issue 11, round 38 (seeded, REDACT_SEED replays): a UUID under a service key's name with a suffix; plaintext-secret
 * constructors (CDK, Pulumi, Terraform CDK); arrows and glyphs between a codes label and the codes; `net use` with a
 * password starting with `%`; round 37 review's misses (xcconfig `${}`, one `$(SLASH)`, `PhotonChatAppId`, Helm's
 * `coalesce`, a session id of letters, `*_toks` lists and tuples) (helpers/round38-*.ts).
 */
import { describe } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  arrowCodePlants,
  percentNetUsePlants,
  plaintextSecretPlants,
  suffixedKeyPlants,
} from './helpers/round38-corpus.js';
import { reviewPlants, ROUND38_TWINS, xcconfigMorePlants } from './helpers/round38-more.js';

const SEED = Number(process.env.REDACT_SEED ?? 3801);

describe(`round 38 (seed ${SEED})`, () => {
  itRedacts("a UUID under a service key's name with a suffix", () => suffixedKeyPlants(SEED), 6);
  itRedacts('a secret given to a plaintext-secret constructor', () => plaintextSecretPlants(SEED + 1), 7);
  itRedacts('an arrow or a glyph between a codes label and the codes', () => arrowCodePlants(SEED + 2), 8);
  itRedacts('`net use` with a password starting with `%`', () => percentNetUsePlants(SEED + 3), 4);
  itRedacts('an xcconfig DSN written with `${}` or one `$(SLASH)`', () => xcconfigMorePlants(SEED + 4), 5);
  itRedacts("round 37 review's misses", () => reviewPlants(SEED + 5), 9);
  itKeeps('ids, variables, placeholders, prose and references beside the new readings', () => ROUND38_TWINS, 9);

  describe('linear time', () => {
    itIsLinear([
      ['suffixed key names', 'ApiKeyApiKeyApiKey'],
      ['key names and UUIDs', 'SdkKeyLive=0a1b2c3d-0a1b-'],
      ['xcconfig braces', 'https:/${}/a:a'],
      ['coalesce names', '{{ coalesce .Values.a .Values.b '],
      ['codes and arrows', 'recovery codes &rarr; → -> '],
      ['token tuples', 'bot_tokens = ("aaaaaaaa", '],
    ]);
  });
});
