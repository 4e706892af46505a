/**
 * Provider families of the shape table (issue 11, category 5): every family is planted raw, in a
 * JSON string, in YAML, ANSI-coloured and in a Python repr, between look-alikes that share its
 * prefix, length or charset and must come out byte for byte; and the table finds nothing in real
 * bundles, source maps and lockfiles.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Redactor } from '../src/core/redact/redactor.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';
import { commonAlikes, familyFakes, type FamilyFake } from './helpers/fake-families.js';
import { leaks, lookAlikes, rng } from './helpers/fake-secrets.js';

const fakes = familyFakes(Number(process.env.REDACT_SEED ?? 20261130));
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The ways a value turns up in a session: raw, JSON string, YAML, ANSI-coloured, Python repr. */
function encodings(f: FamilyFake): Record<string, string> {
  const multiLine = f.text.includes('\n');
  const quote = f.text.includes("'") ? '"' : "'";
  return {
    raw: f.text,
    json: JSON.stringify({ log: `tool output:\n${f.text}\ndone`, step: 2 }),
    yaml: multiLine
      ? `result:\n  key_file: |\n${f.text
          .split('\n')
          .map((l) => `    ${l}`)
          .join('\n')}\n  other: 1\n`
      : `settings:\n  note: ${f.text}\n  other: 1\n`,
    ansi: `\u001b[33m${f.text}\u001b[0m and more`,
    pythonRepr: `{'note': ${quote}${f.text.replace(/\n/g, '\\n')}${quote}, 'step': 2}`,
  };
}

describe('provider families in every encoding', () => {
  const redactor = new Redactor();
  const ids = new Set(SHAPE_RULES.map((r) => r.id));
  for (const f of fakes) {
    it(f.family, () => {
      assert.ok(ids.has(f.rule), `the table has a rule ${f.rule}`);
      const alikes = [...f.alikes, ...commonAlikes(), ...lookAlikes()].join('\n');
      for (const [name, text] of Object.entries(encodings(f))) {
        const out = redactor.redactString(`${alikes}\n${text}\n${alikes}`);
        assert.ok(out.startsWith(`${alikes}\n`), `${name}: look-alikes before it survive`);
        assert.ok(out.endsWith(`\n${alikes}`), `${name}: look-alikes after it survive`);
        // The look-alikes share prefixes with the value (some hold it glued to a word): look for leaks between them.
        const planted = out.slice(alikes.length + 1, out.length - alikes.length - 1);
        // (A placeholder's rule id may spell the value's prefix, `bedrock-api-key-`: it is no leak.)
        const withoutPlaceholders = planted.replace(/\[REDACTED:[^\]]+\]/g, '[R]');
        assert.deepEqual(
          leaks(withoutPlaceholders, [{ family: f.family, value: f.value, context: f.text }]),
          [],
          `${name} leaks: ${planted.slice(0, 400)}`,
        );
        assert.ok(planted.includes(`[REDACTED:${f.rule}]`), `${name}: named by ${f.rule}: ${planted.slice(0, 300)}`);
      }
    });
  }

  it('keeps every look-alike byte for byte, alone and together', () => {
    for (const f of fakes)
      for (const alike of f.alikes) assert.equal(redactor.redactString(alike), alike, `${f.family}: ${alike}`);
    const all = [...fakes.flatMap((f) => f.alikes), ...commonAlikes(3)].join('\n');
    assert.equal(redactor.redactString(all), all);
  });

  it('redacts a PuTTY key in a streamed .ppk file with CRLF line ends and keeps its line count', () => {
    const putty = fakes.find((f) => f.family === 'putty')!;
    const text = `${putty.text.replace(/\n/g, '\r\n')}\r\n`;
    const filter = redactor.filter({ rel: 'workspace/deploy.ppk' });
    const out = filter.write(text) + filter.end();
    assert.deepEqual(leaks(out, [{ family: 'putty', value: putty.value, context: '' }]), []);
    assert.equal(out.split('\n').length, text.split('\n').length);
    assert.match(
      out,
      /^PuTTY-User-Key-File-3: ssh-rsa\r\n[\s\S]*Public-Lines: 2\r\n[\s\S]*Private-Lines: 3\[REDACTED:putty-private-key\][\r\n]+Private-MAC: /,
    );
  });
});

describe('families with no prefix are left to the key-name layer', () => {
  // Mistral, Cohere, Deepgram, Exa, Serper, Weights & Biases, Twilio, Okta: no shape of their
  // own (see rules.ts); they are redacted by the name or header they are assigned to.
  it('redacts them by name or header, and keeps the same values where nothing names them', () => {
    const rand = rng(5);
    const pick = (set: string, n: number): string =>
      Array.from({ length: n }, () => set[Math.floor(rand() * set.length)]).join('');
    const hex = '0123456789abcdef';
    const alnum = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
    const cases = [
      ['DEEPGRAM_API_KEY=', pick(hex, 40), ''],
      ['MISTRAL_API_KEY: ', pick(alnum, 32), ''],
      ['{"cohere_api_key": "', pick(alnum, 40), '"}'],
      ['EXA_API_KEY=', `${pick(hex, 8)}-${pick(hex, 4)}-4${pick(hex, 3)}-a${pick(hex, 3)}-${pick(hex, 12)}`, ''],
      ['SERPER_API_KEY=', pick(hex, 40), ''],
      ['WANDB_API_KEY=', pick(hex, 40), ''],
      ['TWILIO_AUTH_TOKEN=', pick(hex, 32), ''],
      ['X-Subscription-Token: ', pick(alnum, 31), ''],
      ['Authorization: SSWS ', `00${pick(alnum, 40)}`, ''],
    ];
    const redactor = new Redactor();
    for (const [name, value, end] of cases) {
      const out = redactor.redactString(`${name}${value}${end}`);
      assert.ok(!out.includes(value!.slice(0, 10)) && !out.includes(value!.slice(-10)), `${name}: ${out}`);
      assert.equal(redactor.redactString(`value ${value} in prose`), `value ${value} in prose`);
    }
  });
});

describe('false positives on real files', () => {
  it('the provider families find nothing in node_modules bundles, maps and lockfiles or the fixtures', () => {
    const ours = new Set(fakes.map((f) => f.rule));
    const redactor = new Redactor();
    const hits: string[] = [];
    let bytes = 0;
    const walk = (p: string): void => {
      const st = fs.lstatSync(p);
      if (st.isSymbolicLink()) return;
      if (st.isDirectory()) {
        for (const e of fs.readdirSync(p)) walk(path.join(p, e));
        return;
      }
      if (!/\.(?:js|cjs|mjs|json|map|ya?ml|md|ipynb|txt|log|jsonl)$/i.test(p) || st.size > 8e6) return;
      const text = fs.readFileSync(p, 'utf8');
      bytes += text.length;
      redactor.redactPiece(text, 1, (rule, line) => {
        if (ours.has(rule)) hits.push(`${path.relative(ROOT, p)}:${line} ${rule}`);
      });
    };
    for (const p of ['node_modules', 'package-lock.json', 'fixtures'])
      // The top level's real path: a work tree's node_modules may be a link to the main checkout's.
      if (fs.existsSync(path.join(ROOT, p))) walk(fs.realpathSync(path.join(ROOT, p)));
    assert.ok(bytes > 5e6, `scanned ${bytes} bytes`);
    assert.deepEqual(hits, []);
  });
});

describe('keyword finder', () => {
  it('finds every keyword of the table, as a trie, in any case for case-insensitive ones', async () => {
    const { literalFinder } = await import('../src/core/redact/pass.js');
    const cs = SHAPE_RULES.filter((r) => !r.caseInsensitive).flatMap((r) => r.keywords);
    const finder = literalFinder(cs, '');
    for (const k of cs) {
      finder.lastIndex = 0;
      assert.equal(finder.exec(`x ${k} y`)?.index, 2, k);
    }
    const ci = literalFinder(['authorization', 'api-key', 'aws'], 'i');
    for (const t of ['AUTHORIZATION', 'Api-Key', 'aws']) assert.ok(new RegExp(ci.source, 'i').test(`-${t}-`), t);
    assert.ok(!literalFinder(['sk-ant-', 'sk-'], '').test('s k-'));
    assert.equal(literalFinder(['sk-ant-', 'sk-', 'sk_'], '').source, 'sk(?:-|_)');
  });
});
