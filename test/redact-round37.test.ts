/**
 * Issue 11, round 37 (seeded, REDACT_SEED replays), from an independent attacker's leaks (attack 37): 64 hex digits
 * under `tok`/`tkn`; iCalendar and vCard folds; xcconfig's `https:/$()/` DSNs; Photon's app ids; passwords of two
 * parts; a chat password in another script than its label; Express' signed session ids with no name; HTML entities
 * after a codes label; `net use` with a password of letters; German `Zugang … ist` and French guillemets; curl's quoted
 * phrases and `ssh password <words>`; a Helm template's default; `mysql -p'$Word_word42'` (helpers/round37-*.ts).
 */
import { describe } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import {
  cookiePlants,
  entityPlants,
  foldPlants,
  netUsePlants,
  photonPlants,
  scriptPlants,
  spacedPlants,
  tokPlants,
  xcconfigPlants,
} from './helpers/round37-corpus.js';
import {
  helmMysqlPlants,
  phrasePlants,
  REVIEW37_TWINS,
  ROUND37_TWINS,
  sentencePlants,
} from './helpers/round37-more.js';

const SEED = Number(process.env.REDACT_SEED ?? 3701);

describe(`round 37 (seed ${SEED})`, () => {
  itRedacts('64 hex digits under `tok` and `tkn`', () => tokPlants(SEED), 6);
  itRedacts('a password or a token cut by an iCalendar or vCard fold', () => foldPlants(SEED + 1), 5);
  itRedacts("an xcconfig DSN's key written `https:/$()/`", () => xcconfigPlants(SEED + 2), 4);
  itRedacts("Photon's app ids", () => photonPlants(SEED + 3), 6);
  itRedacts('a password of two parts apart by one blank', () => spacedPlants(SEED + 4), 5);
  itRedacts("a chat password in another script than its label's", () => scriptPlants(SEED + 5), 6);
  itRedacts("Express' signed session ids in rows and dumps", () => cookiePlants(SEED + 6), 4);
  itRedacts('HTML entities between a codes label and the codes', () => entityPlants(SEED + 7), 5);
  itRedacts('`net use` given a password of letters', () => netUsePlants(SEED + 8), 4);
  itRedacts('German `Zugang … ist`, French guillemets', () => sentencePlants(SEED + 9), 5);
  itRedacts("curl's quoted phrases and `ssh password <words>`", () => phrasePlants(SEED + 10), 5);
  itRedacts("a Helm template's default, `mysql -p'$Word_word42'`", () => helmMysqlPlants(SEED + 11), 5);
  itKeeps('digests, ids, prose, references, prompts and placeholders beside the new readings', () => ROUND37_TWINS, 16);
  itKeeps("the review's codes, rules, hash names, users, Markdown folds and `appIdServer`", () => REVIEW37_TWINS, 9);

  describe('linear time', () => {
    itIsLinear([
      ['folded calendar lines', 'BEGIN:VEVENT\nDESCRIPTION:password: a\n b\n '],
      ['folded passwords', 'BEGIN:VEVENT\nNOTE:password: Ab12\n cd34!\n'],
      ['xcconfig URLs', 'https:/$()/a:a'],
      ['Photon names', 'PhotonAppIdRealtime=AppIdChat: '],
      ['signed ids', 's:aaaaaaaaaaaaaaaaaaaa.'],
      ['labels and copulas', 'Passwort für ist «a '],
      ['spaced values', 'password: "a a'],
      ['curl pairs', 'curl -u "a:a '],
      ['Helm actions', '{{ default "a" .Values.password '],
    ]);
    // The review's hostile lines (quadratic before: 16 s, 11 s and 3 s for one such line): a unit of 100,000 blanks, so
    // that 64 KiB is one unit's start and 1 MiB ten whole units.
    const blanks = ' '.repeat(100_000);
    itIsLinear([
      ['a quoted value then blanks and a word', `password: "ab cd"${blanks}x`],
      ['a copula then blanks and a quote', `password is${blanks}"`],
      ['service words then blanks and a word', `${'ssh pw '.repeat(17)}a${blanks}X`],
    ]);
  });
});
