/**
 * Two placements an outside attacker got past the redactor (attack15):
 * - a provider token with a character that prints as nothing inside it (U+200B-U+200D, U+2060, U+FEFF, a soft hyphen;
 *   as it is, JSON-escaped or an HTML reference): the part before it was found and the rest went out. The normalised
 *   view now removes them (normalise.ts); the twin: text that uses them (joined emoji, Persian, soft-hyphenated words,
 *   a BOM) comes out byte for byte;
 * - a secret piped to a command that reads it from stdin, written with `printf '%s\n' V`, `cat <<< V` or a here-string
 *   after the command (`gh auth login --with-token <<< V`), to `gh`, registry logins, `sudo -S`, `vault login -`,
 *   `kinit`, `op signin` and secret stores; the twin: variables, files and prose piped the same way stay.
 * Every plant's check reads the output as a recipient could: invisible characters removed, escapes and references
 * decoded; no 10-character window of the secret may remain.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { windowLeak } from './helpers/chunk-corpus.js';
import { familyFakes } from './helpers/fake-families.js';
import { randomStrings, rng } from './helpers/fake-secrets.js';
import { recipientView } from './helpers/recipient.js';

const redactor = new Redactor();

/** The recipient's reading: escapes and HTML references decoded, invisible characters removed (placeholders too). */
function read(text: string): string {
  return recipientView(text.replace(/\[REDACTED:[^\]]*\]/g, '[R]'))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/&#[xX]([0-9a-fA-F]+);/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    .replace(/&(?:ZeroWidthSpace|zwj|zwnj|NoBreak|shy);/g, '')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '');
}

const INVISIBLE = [
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\\u200b',
  '&#8203;',
  '&ZeroWidthSpace;',
];
const PLACEMENTS: ((v: string) => string)[] = [
  (v) => `export TOKEN=${v}\n`,
  (v) => `${JSON.stringify({ role: 'assistant', content: 'Using the key ' })}\n{"content": "use ${v} now"}\n`,
  (v) => `<p>The key is <code>${v}</code></p>\n`,
  (v) => `Run it with \`${v}\` as the key.\n`,
];

describe('a token with an invisible character inside', () => {
  // Not a token written URL-encoded (Twitter's bearer, `%2B`): the view decodes it and the raw line keeps the
  // invisible character, so neither reads it whole (open).
  const fakes = familyFakes(1515).filter((f) => f.text === f.value && f.value.length >= 16 && !f.value.includes('%'));
  it(`no window of ${fakes.length} families' tokens leaks, whatever the character, its spelling and its place`, () => {
    const rand = rng(15);
    const leaked: string[] = [];
    let n = 0;
    for (const f of fakes)
      for (const zw of INVISIBLE)
        for (const place of PLACEMENTS) {
          const at = 4 + Math.floor(rand() * (f.value.length - 8));
          const text = place(f.value.slice(0, at) + zw + f.value.slice(at));
          n++;
          if (windowLeak(read(redactor.redactString(text)), f.value)) leaked.push(`${f.family} ${JSON.stringify(zw)}`);
        }
    assert.ok(n > 2500, `${n} plants`);
    assert.deepEqual(leaked.slice(0, 40), [], `${leaked.length} of ${n} leaked`);
  });

  it('text that uses invisible characters comes out byte for byte', () => {
    const benign = [
      '\ufeff# Project notes\nThe session ran 3 agents.\n',
      'Family: \u{1f468}\u200d\u{1f469}\u200d\u{1f467} and \u{1f3f3}\ufe0f\u200d\u{1f308} rendered fine.\n',
      'می\u200cخواهم این را بنویسم و کتاب\u200cها را بخوانم\n',
      'Inter\u00adnational\u00adization and super\u00adcali\u00adfragilistic words wrap here.\n',
      'Long URL: https://example.com/a\u200b/very\u200b/long\u200b/path\u200b/to\u200b/a\u200b/resource\n',
      '{"content": "zero\\u200bwidth\\u200bjoined\\u200bwords and the agent_b_workspace_x folder"}\n',
      '<p>Soft&shy;hyphen&shy;ated and&ZeroWidthSpace;spaced&#8203;text in an HTML report</p>\n',
      'const WORD_JOINER = "\\u2060"; const ZWSP = "\\u200b"; // used by the tokenizer\n',
      'max_tokens\u200b: 4096, temperature\u200b: 0.7, model\u200b: gpt-4o-mini\n',
      'sha256\u200b: 3f2a9c0b1d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8 (a digest of the build)\n',
    ];
    for (const text of benign) assert.equal(redactor.redactString(text), text);
  });
});

describe('a secret piped to a command that reads it from stdin', () => {
  const r = randomStrings(1516);
  const values = Array.from({ length: 6 }, (_, i) =>
    i % 3 === 0
      ? r('hex', 32)
      : i % 3 === 1
        ? `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`
        : r('alnum', 24 + i),
  );
  const producers: ((v: string) => string)[] = [
    (v) => `printf '%s' '${v}'`,
    (v) => `printf "%s\\n" "${v}"`,
    (v) => `printf %s ${v}`,
    (v) => `echo -n '${v}'`,
    (v) => `cat <<< "${v}"`,
  ];
  const consumers = [
    'gh auth login --with-token',
    'gh auth login --hostname ghe.example.com --with-token',
    'docker login -u deploy --password-stdin',
    'podman login --password-stdin quay.io',
    'helm registry login r.example.com --username u --password-stdin',
    'sudo -S apt-get update',
    'vault login -',
    'kinit admin@EXAMPLE.COM',
    'op signin',
    'gh secret set API_KEY',
  ];
  const wraps: ((line: string) => string)[] = [(l) => `$ ${l}\n`, (l) => `${JSON.stringify({ command: l })}\n`];

  it('no window leaks, through a pipe or as a here-string after the command', () => {
    const leaked: string[] = [];
    let n = 0;
    for (const v of values)
      for (const wrap of wraps)
        for (const c of consumers) {
          const lines = [...producers.map((p) => `${p(v)} | ${c}`), `${c} <<< '${v}'`];
          for (const line of lines) {
            n++;
            if (windowLeak(read(redactor.redactString(wrap(line))), v)) leaked.push(line);
          }
        }
    assert.ok(n >= 700, `${n} plants`);
    assert.deepEqual(leaked.slice(0, 40), [], `${leaked.length} of ${n} leaked`);
  });

  it('variables, files and prose piped the same way stay', () => {
    const benign = [
      `printf '%s\\n' "$GH_TOKEN" | gh auth login --with-token`,
      `echo "$DOCKER_PASSWORD" | docker login -u me --password-stdin`,
      `cat ~/.config/token.txt | gh auth login --with-token`,
      `gh auth login --with-token < token.txt`,
      `gh auth login --with-token <<< "$GITHUB_TOKEN"`,
      `printf '%s' "\${VAULT_TOKEN}" | vault login -`,
      `printf "%s\\n" "$PASS" | sudo -S apt-get update`,
      `echo $KRB_PASS | kinit admin@EXAMPLE.COM`,
      `cat <<< "$SECRET" | gh secret set API_KEY`,
      `printf '%d items\\n' 42 | tee log.txt`,
      `printf "%s\\n" "Processing complete" | mail -s done root`,
      `echo "hello world" | sudo tee /etc/motd`,
      'Use `gh auth login --with-token <<< "<token>"` to log in without a prompt.',
    ];
    for (const line of benign)
      for (const wrap of wraps) assert.equal(redactor.redactString(wrap(line)), wrap(line), line);
  });
});
