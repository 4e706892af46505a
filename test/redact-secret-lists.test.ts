/**
 * Issue 11, category 2: seed phrases (12 to 24 BIP-39 words) after `mnemonic`, `seed phrase`, `recovery phrase` and
 * two-factor recovery or backup codes listed under their label go out redacted, in every layout; prose about them,
 * short word runs and lists under other labels are kept byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 20261201) + 211);
const pick = (chars: string, n: number): string =>
  Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
/** Words of the BIP-39 English list (its first letters' part: the test needs many, not all). */
const BIP39 = `abandon ability able about above absent absorb abstract absurd abuse access accident account accuse
  achieve acid acoustic acquire across act action actor actress actual adapt add addict address adjust admit adult
  advance advice aerobic affair afford afraid again age agent agree ahead aim air airport aisle alarm album alcohol
  alert alien all alley allow almost alone alpha already also alter always amateur amazing among amount amused
  analyst anchor ancient anger angle angry animal ankle announce annual another answer antenna antique anxiety any
  apart apology appear apple approve april arch arctic area arena argue arm armed armor army around arrange arrest
  arrive arrow art artefact artist artwork ask aspect assault asset assist assume asthma athlete atom attack attend
  kangaroo keen keep ketchup key kick kid kidney kind kingdom kiss kit kitchen kite kitten kiwi knee knife knock know
  zebra zero zone zoo`.split(/\s+/);
const phrase = (n: number): string =>
  Array.from({ length: n }, () => BIP39[Math.floor(rand() * BIP39.length)]).join(' ');

/** Seed phrase layouts (`{v}`: the words, one line). */
const PHRASE_FORMS = [
  'mnemonic: {v}',
  'seed phrase: {v}',
  'Seed Phrase: "{v}"',
  'MNEMONIC="{v}"',
  'export MNEMONIC="{v}"',
  'recovery phrase: {v}',
  'Your secret recovery phrase is: {v}',
  'Your Secret Recovery Phrase is {v}',
  '{"mnemonic": "{v}"}',
  "const mnemonic = '{v}';",
  'wallet seed: {v}',
  '12-word seed: {v}',
  'backup phrase = {v}',
  'seed_phrase: {v}',
  '**Seed phrase:** `{v}`',
];
/** Layouts over lines. */
const lined = (v: string): string[] => {
  const w = v.split(' ');
  return [
    `mnemonic:\n  ${v}`,
    `Seed phrase:\n${w.slice(0, 6).join(' ')}\n${w.slice(6).join(' ')}`,
    `Recovery phrase:\n${w.map((x, i) => `${i + 1}. ${x}`).join('\n')}`,
    `seed words:\n${w.join('\n')}\n`,
  ];
};

const githubCode = (): string => `${pick(CHARSETS.hex, 5)}-${pick(CHARSETS.hex, 5)}`;
const googleCode = (): string => `${pick(CHARSETS.digits, 4)} ${pick(CHARSETS.digits, 4)}`;
const dashed = (): string => `${pick(CHARSETS.upperAlnum, 4)}-${pick(CHARSETS.upperAlnum, 4)}`;
/** Code list layouts: the label, then codes. */
const codeLists = (codes: string[]): string[] => [
  `GitHub recovery codes:\n${codes.join('\n')}`,
  `Recovery codes\n\n${codes.join('\n')}\n`,
  `# Two-factor recovery codes\n${codes.map((c) => `- ${c}`).join('\n')}`,
  `Your backup codes (keep them safe):\n${codes.map((c, i) => `${i + 1}. ${c}`).join('\n')}`,
  `recovery_codes:\n${codes.map((c) => `  - ${c}`).join('\n')}`,
  `backup verification codes: ${codes.join(', ')}`,
  `2FA codes: ${codes.join(' ')}`,
  `| Recovery codes |\n|---|\n${codes.map((c) => `| ${c} |`).join('\n')}`,
];

const KEPT = [
  'the seed phrase is 12 words long',
  'mnemonic: a memory aid',
  'Seed phrase: write these words down and never share them with anyone.',
  'Seed phrase: abandon ability able about above absent (example only, truncated)',
  'Use a 24-word recovery phrase for the hardware wallet.',
  'random seed: 42',
  'seed: 1234567',
  'Recovery codes are shown once, store them safely.',
  'backup codes: see the settings page',
  'Recovery codes\nabc12-def34 is an example of the format',
  'status codes: 200, 201, 404, 500',
  'exit codes:\n0\n1\n2\n127',
  'backup codes: 1234',
  'commit a1b2c-3d4e5 fixed the backup codes page',
  'seed phrase: ' + 'the quick brown fox jumps over the lazy dog and the cat too'.replace(/ /g, ' '),
  'mnemonic words are usually lowercase english words from a list of two thousand and forty eight',
];

describe('seed phrases and recovery codes under their labels (issue 11, category 2)', () => {
  const r = new Redactor();
  it('a seed phrase of 12 to 24 words goes out redacted, every word, in every layout', () => {
    const missed: string[] = [];
    for (const n of [12, 15, 18, 21, 24]) {
      for (const form of PHRASE_FORMS) {
        const v = phrase(n);
        const out = r.redactString(form.replace('{v}', v));
        // Any three words of it in a row is a leak.
        const w = v.split(' ');
        if (w.some((_, i) => i + 3 <= w.length && out.includes(w.slice(i, i + 3).join(' '))))
          missed.push(form.replace('{v}', v));
      }
      for (const text of lined(phrase(n))) {
        const out = r.redactString(text);
        const rest = out.replace(/\[REDACTED:[^\]]+\]/g, '').match(/\b[a-z]{3,8}\b/g) ?? [];
        if (rest.filter((x) => BIP39.includes(x)).length > 1) missed.push(text);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('recovery and backup codes listed under their label go out redacted', () => {
    const missed: string[] = [];
    for (const make of [githubCode, googleCode, dashed]) {
      const codes = Array.from({ length: 10 }, make);
      for (const form of codeLists(codes)) {
        const out = r.redactString(form);
        if (codes.some((c) => out.includes(c))) missed.push(out);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('prose about them, short runs and other lists are kept', () => {
    for (const text of KEPT) assert.equal(r.redactString(text), text);
  });
});
