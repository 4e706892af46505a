/**
 * Issue 11, round 29, placements attack 29 (a new black-box harness) and attack 28 found leaking (seeded, REDACT_SEED
 * replays):
 * - a password beside its account with no name: rows, tuples, connect calls, `admin / P`, `user:password` files;
 * - passphrases and sentences made passwords where a password is expected, T-SQL's `N'…'`, values holding the other
 *   quotes or a lone `{{`;
 * - tools' forms: ipywidgets' `PasswordModel`, a Helm template's literal, `auth("…")`, a key in an OSC 8 hyperlink,
 *   `curl --trace`'s dump (its character column).
 * Twins: the same forms holding hashes, roles, paths, references, rules and sentences.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { filtered, itKeeps, itRedacts } from './helpers/filtered.js';
import {
  ACCOUNT_TWINS,
  accountPlants,
  curlTrace,
  PHRASE_TWINS,
  phrasePlants,
  TOOL_TWINS,
  toolPlants,
} from './helpers/round29-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 2911);

describe(`round 29: passwords beside accounts, phrases where passwords go, tools' forms (seed ${SEED})`, () => {
  itRedacts(
    'a password beside its account in a row, a tuple, a call, a pair or a file is redacted',
    () => accountPlants(SEED),
    60,
  );

  itKeeps('rows, tuples and calls of roles, hashes, paths, formats and references are kept', () => ACCOUNT_TWINS);

  itRedacts(
    'passphrases and sentences after names, in cells and after labels are redacted, and odd quotes',
    () => phrasePlants(SEED + 1),
    40,
  );

  itKeeps('words after names, in cells and after labels that are no password are kept', () => PHRASE_TWINS);

  itRedacts("tools' forms give their passwords away: redacted", () => toolPlants(SEED + 2), 1);

  itKeeps("the tools' forms holding references or nothing come out byte for byte", () => TOOL_TWINS);

  it("a hyperlink's text and the dump's other lines stay; T-SQL's N'…' keeps its quotes", () => {
    const link =
      '\u001b]8;;https://x.example.com/?token=Zx9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9L\u001b\\Open it\u001b]8;;\u001b\\\n';
    assert.match(
      filtered(new Redactor(), 't.log', link),
      /^\u001b\]8;;https:\/\/x\.example\.com\/\?token=\[REDACTED[^\]]*\]\u001b\\Open it\u001b\]8;;\u001b\\\n$/,
    );
    const sql = filtered(new Redactor(), 'l.sql', "CREATE LOGIN app WITH PASSWORD = N'Xy7#kLm2$pQ9vB';\n");
    assert.match(sql, /^CREATE LOGIN app WITH PASSWORD = N'\[REDACTED[^\]]*\]';\n$/);
    const trace = filtered(new Redactor(), 'c.txt', curlTrace('X-Api-Key: Zx9Qw3Er5Ty7Ui9Op1As3Df5Gh7Jk9L\r\n'));
    assert.match(trace, /^=> Send header, \d+ bytes \(0x[0-9a-f]+\)\n\[REDACTED:hex-dump:[^\]]+\]\n+$/);
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['delimited rows', 'root\tab|admin|x;'],
      ['blanks, tabs and table borders', ' \t |+'],
      ['quoted phrases', '"abandon ability able about" '],
      ['slash pairs and quoted pairs', "admin / 'root', 'x"],
      ['connect calls', "new PDO('a', 'b', 'c"],
      ['user:password lines', 'sensor:Ab3#dE5fG\n'],
      ['named phrases', 'password "about bench arrest brain '],
      ['hyperlinks', '\u001b]8;;https://x/?key=a'],
      ['curl dumps', '0000: 41 42 43 44 45 46 47 48 '],
      ['registry values', ' /v DB_PASSWORD /d x -Name A_TOKEN -Value '],
      ['JSON Patch paths', '"path": "/a/password", "value": "x'],
      ['connection strings', 'Password=a b c '],
      ['Q-encoded words', '=?UTF-8?Q?password_Ab3#dE5_'],
    ]);
  });
});
