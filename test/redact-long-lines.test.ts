/**
 * Category 7 of issue 11: no line is too long. The streaming filter gets a file the way an export
 * reads it (a Buffer in 64 KiB chunks through a streaming TextDecoder) and must redact secrets
 * planted anywhere in lines of 1 to 5 MiB (an `api_key` value, a Bearer token, a `ghp_` token,
 * a JSON-escaped PEM block), including right where the stream is cut, while holding a bounded
 * window; everything else comes out byte for byte (multi-byte characters included).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, leaks, rng, type FakeSecret } from './helpers/fake-secrets.js';

const MiB = 1024 * 1024;
const seed = Number(process.env.REDACT_SEED ?? 20261125) + 17;
const secrets = fakeSecrets(seed);
const rand = rng(seed * 7 + 12345);
const get = (family: string): string => secrets.find((s) => s.family === family)!.value;

/**
 * Filler with no separator at all (no space, `,`, `;`, `}`), with accents and an astral character (two UTF-16 units)
 * now and then. An accent at least every 24 characters: a run of 32 random letters and digits a few words after a
 * planted `api_key` reads as a key of its own (near-labels.ts), and only the planted values may change here.
 */
function filler(n: number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789éü';
  let s = '';
  while (s.length < n) {
    let word = '';
    for (let i = 0; i < 500; i++) word += i % 24 === 23 ? 'é' : alphabet[Math.floor(rand() * alphabet.length)];
    s += `${word}\u{1F600}`;
  }
  return s.slice(0, n - (/[\uD800-\uDBFF]$/.test(s.slice(0, n)) ? 1 : 0));
}

interface Planted {
  text: string;
  values: string[];
}

/**
 * A line of `length` characters with `plants` put at the given offsets (each is the text, and the values in it that
 * must go).
 */
function longLine(length: number, plants: { at: number; text: string; values: string[] }[]): Planted {
  let text = '';
  const values: string[] = [];
  for (const p of [...plants].sort((a, b) => a.at - b.at)) {
    text += filler(p.at - text.length) + p.text;
    values.push(...p.values);
  }
  text += filler(length - text.length);
  return { text, values };
}

/**
 * Streams text as an export does: UTF-8 bytes in 64 KiB chunks through a streaming TextDecoder into the filter. Checks
 * what it holds.
 */
function exportLike(
  redactor: Redactor,
  rel: string,
  text: string,
  chunk = 64 * 1024,
  values: string[] = [],
): { out: string; maxHeld: number } {
  // How many input characters the output so far stands for (a placeholder stands for the value it replaced).
  const lengthOf = (rule: string): number =>
    values.find((v) =>
      rule.includes('github')
        ? v.startsWith('gh')
        : rule.includes('authorization')
          ? v.includes('.')
          : !v.startsWith('gh') && !v.includes('.'),
    )?.length ?? rule.length;
  let emitted = 0;
  const bytes = Buffer.from(text, 'utf8');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const f = redactor.filter({ rel });
  let out = '';
  let inChars = 0;
  let maxHeld = 0;
  for (let i = 0; i < bytes.length; i += chunk) {
    const piece = decoder.decode(bytes.subarray(i, i + chunk), { stream: i + chunk < bytes.length });
    inChars += piece.length;
    const got = f.write(piece);
    // Bytes out are written as UTF-8 right away: a lone surrogate would become U+FFFD.
    out += Buffer.from(got, 'utf8').toString('utf8');
    emitted +=
      got.length +
      [...got.matchAll(/\[REDACTED:([a-z0-9:_-]+)\]/gi)].reduce((n, m) => n + lengthOf(m[1]!) - m[0].length, 0);
    maxHeld = Math.max(maxHeld, inChars - emitted);
  }
  out += Buffer.from(f.write(decoder.decode()) + f.end(), 'utf8').toString('utf8');
  return { out, maxHeld };
}

/** The output is the input with each planted value (and nothing else) replaced by a placeholder. */
function assertOnlyValuesReplaced(input: Planted, out: string): void {
  let expected = input.text;
  // Each distinct value once: the same value is planted thousands of times, and each split walks the whole line.
  for (const v of new Set(input.values)) expected = expected.split(v).join('\u0000');
  const got = out.replace(/\[REDACTED:[a-z0-9:_-]+\]/gi, '\u0000');
  if (got !== expected) {
    let i = 0;
    while (i < got.length && got[i] === expected[i]) i++;
    assert.fail(
      `output differs at ${i}: got ${JSON.stringify(got.slice(i - 40, i + 80))}, expected ${JSON.stringify(expected.slice(i - 40, i + 80))}`,
    );
  }
}

const apiKeyValue = get('azure-openai');
const bearerValue = get('bearer-header');
const ghp = get('github-classic');
/** A PEM block as a JSON string holds it (`\n` escapes), without the escape after its END line. */
const pemEscaped = get('gcp-service-account').replace(/\\n$/, '');
const asSecrets = (values: string[]): FakeSecret[] =>
  values.map((value, i) => ({ family: `planted-${i}`, value, context: value }));

describe('long lines', () => {
  const redactor = new Redactor();

  it('a 5 MiB line: api_key, Bearer and ghp_ tokens all along it, redacted in a bounded window', () => {
    // Dense on purpose: wherever the stream is cut, it is cut near a planted value. The first
    // half has api_key values and Bearer tokens whose last separator is the space before the
    // value; the second half has ghp_ tokens in quotes with no separator anywhere near.
    const plants: { at: number; text: string; values: string[] }[] = [];
    let at = 100;
    for (let i = 0; at < 2.5 * MiB; i++, at += 2500 + (i % 7) * 311) {
      plants.push(
        i % 2 === 0
          ? { at, text: ` "api_key": "${apiKeyValue}"`, values: [apiKeyValue] }
          : { at, text: `"Authorization":"Bearer ${bearerValue}"`, values: [bearerValue] },
      );
    }
    for (; at < 5 * MiB - 1000; at += ghp.length + 2 + 9) plants.push({ at, text: `"${ghp}"`, values: [ghp] });
    plants.push({ at: 5 * MiB - 300, text: ` api_key=${apiKeyValue} ${ghp} `, values: [apiKeyValue, ghp] });
    const line = longLine(5 * MiB + 1000, plants);
    for (const chunk of [64 * 1024, 65_537, 5 * MiB + 2000]) {
      const { out, maxHeld } = exportLike(redactor, 'agent_outputs/huge_trace.jsonl', line.text, chunk, [
        apiKeyValue,
        bearerValue,
        ghp,
      ]);
      const leaked = leaks(out, asSecrets([apiKeyValue, bearerValue, ghp]));
      assert.deepEqual(leaked.length, 0, `chunk ${chunk}: ${leaked.length} leaks, e.g. ${leaked[0]}`);
      assertOnlyValuesReplaced(line, out);
      if (chunk < MiB) assert.ok(maxHeld < MiB + 256 * 1024, `held ${maxHeld} characters`);
    }
  });

  it('a JSON-escaped PEM block inside a 3 MiB line, across the first cut', () => {
    const line = longLine(3 * MiB, [
      { at: MiB - 70_000, text: `,"private_key":"${pemEscaped}\\n",`, values: [pemEscaped] },
      { at: 2 * MiB + 5, text: `,"private_key":"${pemEscaped}\\n",`, values: [pemEscaped] },
    ]);
    const { out } = exportLike(redactor, 'workspace/sa.json', line.text);
    assert.deepEqual(leaks(out, asSecrets([pemEscaped])), []);
    assertOnlyValuesReplaced(line, out);
  });

  it('a line longer than the PEM hold, starting with a PEM header that never ends, keeps flowing', () => {
    const header = pemEscaped.split('\\n')[0]!;
    const body = pemEscaped.split('\\n').slice(1, 4).join('\\n');
    const cutOff = `${header}\\n${body}`;
    const line = longLine(2 * MiB, [
      { at: 10, text: ` "private_key": "${cutOff}",`, values: [cutOff] },
      { at: MiB + 300_000, text: ` token=${ghp} `, values: [ghp] },
    ]);
    const { out, maxHeld } = exportLike(redactor, 'logs/dump.log', line.text);
    assert.deepEqual(leaks(out, asSecrets([body, ghp])), []);
    assert.ok(maxHeld < MiB + 512 * 1024, `held ${maxHeld} characters`);
    assertOnlyValuesReplaced(line, out);
  });

  it('many lines, then a 2 MiB line, then many lines: line numbers of findings stay right', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `line ${i} of the log`).join('\n');
    const long = longLine(2 * MiB, [
      { at: 1_500_000, text: ` Authorization: Bearer ${bearerValue} `, values: [bearerValue] },
    ]);
    const text = `${before}\n${long.text}\nlast api_key=${apiKeyValue}\n`;
    const f = redactor.filter({ rel: 'x.log' }) as ReturnType<Redactor['filter']> & {
      findings(): { line: number; rule: string }[];
    };
    let out = '';
    for (let i = 0; i < text.length; i += 50_000) out += f.write(text.slice(i, i + 50_000));
    out += f.end();
    assert.deepEqual(leaks(out, asSecrets([bearerValue, apiKeyValue])), []);
    assert.deepEqual(
      f.findings().map((x) => x.line),
      [3001, 3002],
    );
  });
});

describe('long lines of table cells (attack of 2026-12-01)', () => {
  // Each window of a long line read the row from the line's start again: a 300 KB line of `key |`
  // cells took minutes (and Ctrl-C waited for it). Now linear: these take about a second each.
  const lines: [string, string][] = [
    ['key | ', 'key | '.repeat(50_000)],
    ['| key ', '| key '.repeat(30_000)],
    ['api_key<tab>', 'api_key\t'.repeat(25_000)],
    ['token0 | token1 | …', Array.from({ length: 15_000 }, (_, i) => `token${i}`).join(' | ')],
  ];
  for (const [name, line] of lines) {
    it(
      `a ${Math.round(line.length / 1000)} KB line of ${name} cells, a secret pair at its end`,
      { timeout: 60_000 },
      () => {
        const value = 'Zq8Xk2Lp0Wm5Rt7Yv3Bn6Cd9';
        const text = `${line}\nintro\n${line} | password | ${value} |\n`;
        const out = new Redactor().redactString(text);
        assert.ok(!out.includes(value), 'the password after the cells went out');
        assert.ok(out.startsWith(`${line}\nintro\n${line}`), 'the cells were changed');
      },
    );
  }
});
