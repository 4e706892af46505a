/**
 * Issue 11, round 28, placements attacks 26 and 28 and our own probes found leaking (seeded, REDACT_SEED replays):
 * - command lines: secret flags with the shell's quoting, assignments quoted whole, `lftp -u`, `http -a`, `net use`
 *   (its share's `\f` was decoded as an escape), `schtasks /RP`, `cmdkey /pass:`, poetry, pipes into secret stores;
 * - passwords of words and digits: diceware passphrases whose words BIP-39 shares with sentences, glued capitalised
 *   words, PINs, in prose, configs and 20 more languages;
 * - tools' stores: Dovecot's `{PLAIN}`, `CONFIG GET requirepass`, a state's `random_password`, JMeter, MONITOR's AUTH.
 * Twins: the same forms holding references, files, switches and sentences; and the benign files attack 28 found
 * damaged (a source map's mappings, a SealedSecret, `/proc` masks, cache keys, an INSERT's id and digest columns,
 * Symfony's and vals' references, nginx's `proxy_pass`, a CSV header).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { changedOutputs, filtered, leakedPlants as leaked, learningRedactor as learning } from './helpers/filtered.js';
import { gen } from './helpers/glue15-tokens.js';
import {
  besideRegionPlants,
  COMMAND_TWINS,
  commandPlants,
  regionTwins,
  STORE_TWINS,
  storePlants,
  WORD_TWINS,
  wordPlants,
} from './helpers/round28-corpus.js';
import type { Plant } from './helpers/filtered.js';

const SEED = Number(process.env.REDACT_SEED ?? 2811);

describe(`round 28: command lines, passwords of words and digits, tools' stores (seed ${SEED})`, () => {
  it('secret flags, quoted assignments and command arguments are redacted', () => {
    const ps = commandPlants(SEED);
    assert.ok(ps.length >= 45, `${ps.length} plants`);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('the same commands holding references, files, switches and prompts are kept', () => {
    assert.deepEqual(changedOutputs(learning(), COMMAND_TWINS), []);
  });

  it('passphrases, glued words and PINs in prose, configs and other languages are redacted', () => {
    const ps = wordPlants(SEED + 1);
    assert.ok(ps.length >= 70, `${ps.length} plants`);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
  });

  it('labels, rules and sentences after a password word are kept', () => {
    assert.deepEqual(changedOutputs(learning(), WORD_TWINS), []);
  });

  it("tools' stores and outputs give their passwords away: redacted", () => {
    const ps = storePlants(SEED + 2);
    assert.deepEqual(leaked(ps), [], `of ${ps.length}`);
    // MONITOR's `AUTH user password`: the user stays.
    const mon = ps.find((p) => p.name.startsWith('monitor'))!;
    assert.match(filtered(new Redactor(), mon.rel, mon.text), /"AUTH" "default" "\[REDACTED/);
  });

  it("the stores' references and other settings are kept", () => {
    assert.deepEqual(changedOutputs(learning(), STORE_TWINS), []);
  });

  it('a password read on over a backtick its reading stopped at', () => {
    const r = gen(SEED + 3);
    const ps: Plant[] = ['Password: ', 'mdp : ', 'SPRING_DATASOURCE_PASSWORD='].map((lead, i) => {
      const value = `${r('alnum', 3)}$${r('alnum', 4)}\`${r('dig', 2)}%${r('alnum', 5)}^${r('alnum', 2)}`;
      return { name: `tick ${i}`, rel: i === 2 ? '.env' : 'notes.md', text: `${lead}${value}\n`, value };
    });
    assert.deepEqual(leaked(ps), []);
    assert.deepEqual(changedOutputs(new Redactor(), [['notes.md', 'Use `make build` then `make test`.\n']]), []);
  });

  it('benign places attack 28 found damaged are kept, with learning on across them', () => {
    for (const seed of [SEED, SEED + 4]) assert.deepEqual(changedOutputs(learning(), regionTwins(seed)), []);
  });

  it('a secret beside a kept place, or under a name nginx uses too, is still redacted', () => {
    assert.deepEqual(leaked(besideRegionPlants(SEED + 6)), []);
  });

  it("the next field, the scheme and the CSV header stay out of a secret's replacement", () => {
    const r = gen(SEED + 5);
    const token = r('alnum', 40);
    const grpc = `I0131 client.go:88] outgoing metadata: map[authorization:[Bearer ${token}] x-request-id:[r1]]\n`;
    assert.match(filtered(new Redactor(), 'grpc.txt', grpc), /\[Bearer \[REDACTED/);
    const csv = `Dienst;Benutzer;Kennwort;Bemerkung\nNAS;admin;${r('alnum', 6)}#${r('alnum', 6)};Büro\n`;
    const out = filtered(new Redactor(), 'zugaenge.csv', csv);
    assert.ok(out.startsWith('Dienst;Benutzer;Kennwort;Bemerkung\n') && out.endsWith(';Büro\n'), out);
  });

  describe('linear on long inputs', () => {
    itIsLinear([
      ['secret flags', "--admin_password='Ab3;dE5' "],
      ['quoted assignments', 'Environment="DB_PASSWORD=Ab3dE5;x" '],
      ['stores', '{PLAIN}Ab3dE5fG7!:'],
      ['passphrase prose', 'The password is about bench arrest brain '],
      ['dotted leaders', 'a.....password.....x'],
      ['CDATA and ODBC braces', '<password><![CDATA[x PWD={x}} '],
    ]);
  });
});
