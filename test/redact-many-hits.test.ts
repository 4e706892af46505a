/**
 * One line holding a hit every few characters (attack 19): a line of wpa_supplicant's `psk="` repeated made every
 * `psk="psk="` a password, and two steps went quadratic: the passes that find a value from a literal's positions
 * (apart.ts, sibling-pairs.ts, tool-settings.ts) looked each new hit up among all earlier ones, and replacing the hits
 * looked for the next line break from each hit to the line's end. 1 MiB took 34 s of CPU. Each line here holds a
 * hit per repetition, for each pass that finds values from literals; its twin is the same redaction on a short line.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { seededGen } from './helpers/fake-secrets.js';

const g = seededGen(1919);
const pw = (): string => `${g.pick('letters', 5)}${g.pick('digits', 3)}${g.pick('alnum', 4)}`;

/** Units that each hold a hit of a literal-found pass (or, repeated, make one with the next unit). */
const UNITS: [string, string][] = [
  ['wpa_supplicant psk=" alone', 'psk="'],
  ['wpa_supplicant psk="value', `psk="${pw()}`],
  ['secret manager name/value objects', `{"name":"db_password","value":"${pw()}"},`],
  ['tool setting lines', `set imap_pass=${pw()}\n`],
];

describe('a line of many hits: linear', () => {
  itIsLinear(UNITS);
});

describe('the same units, whole, on a short line are still redacted', () => {
  for (const [name, unit] of UNITS.filter(([, u]) => /[A-Za-z]{5}\d{3}.*[\s,]$/.test(u))) {
    it(name, () => {
      const value = /[A-Za-z]{5}\d{3}[A-Za-z0-9]{4}/.exec(unit)![0];
      const text = `${unit.repeat(3)}\n`;
      const out = new Redactor().redactString(text);
      assert.ok(!out.includes(value), `${JSON.stringify(text)} -> ${JSON.stringify(out)}`);
    });
  }
});
