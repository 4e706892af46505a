import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import YAML from 'yaml';
import { isSecretKey } from '../src/core/redact/key-names.js';
import { knownValuesFromEnv, parseDotenv } from '../src/core/redact/known-values.js';
import { loadPatternEngine, Redactor, validatePatterns } from '../src/core/redact/redactor.js';
import { encodings, fakeSecrets, leaks, lookAlikes, rng, windows, type FakeSecret } from './helpers/fake-secrets.js';

const secrets = fakeSecrets(Number(process.env.REDACT_SEED ?? 20261125));
const alikes = lookAlikes();

describe('redaction of every family in every encoding', () => {
  const redactor = new Redactor();
  for (const s of secrets) {
    it(s.family, () => {
      for (const [name, text] of Object.entries(encodings(s))) {
        if (!windows(s.value).some((w) => text.replace(/\\n|\n/g, '').includes(w))) continue;
        const out = redactor.redactString(`${alikes.join('\n')}\n${text}\n${alikes.join('\n')}`);
        assert.deepEqual(leaks(out, [s]), [], `${name} leaks: ${out.slice(-400)}`);
        assert.ok(out.startsWith(`${alikes.join('\n')}\n`), `${name}: look-alikes before it survive`);
        assert.ok(out.endsWith(`\n${alikes.join('\n')}`), `${name}: look-alikes after it survive`);
        assert.match(out, /\[REDACTED:[a-z0-9:_-]+\]/i);
      }
    });
  }
});

describe('look-alikes', () => {
  it('come out byte-identical', () => {
    const redactor = new Redactor({ knownValues: [{ name: 'OPENAI_API_KEY', value: 'not-present-anywhere-123' }] });
    for (const line of alikes) assert.equal(redactor.redactString(line), line);
    const yamlDoc =
      'query: "Build"\ncli_args:\n  session_id: session_20260131_101500\n  mode: textual_interactive\nmeta:\n  session_id: attempt_1\n';
    assert.equal(redactor.redactString(yamlDoc), yamlDoc);
  });
});

describe('key names', () => {
  it('judges keys by how they end after normalisation', () => {
    for (const k of [
      'api_key',
      'OPENAI_API_KEY',
      'apiKey',
      'x-api-key',
      'access_token',
      'client_secret',
      'password',
      'DB_PASSWORD',
      'private_key',
      'Authorization',
      'credentials',
      'aws_secret_access_key',
      'refresh_token',
      'SLACK_BOT_TOKEN',
    ]) {
      assert.equal(isSecretKey(k), true, k);
    }
    for (const k of [
      'input_tokens',
      'max_tokens',
      'token_usage',
      'token_source',
      'secret_name',
      'api_key_id',
      'token_url',
      'key_path',
      'password_file',
      'session_id',
      'api_key_env',
      'key',
      'monkey',
      'bypass',
      'compass',
    ]) {
      assert.equal(isSecretKey(k), false, k);
    }
  });
});

describe('structured files stay parseable', () => {
  it("redacted YAML is valid YAML with string placeholders and the Viewer's fields intact", () => {
    const anthropic = secrets.find((s) => s.family === 'anthropic')!.value;
    const pem = secrets.find((s) => s.family === 'pem-private-key')!.value;
    const doc = [
      'query: "Build a landing page"',
      'config:',
      '  agents:',
      '  - id: agent_a',
      '    backend:',
      '      type: claude',
      '      model: claude-sonnet-4-5',
      `      api_key: ${anthropic}`,
      '  - id: agent_b',
      '    backend:',
      '      type: openai',
      '      api_key: ${OPENAI_API_KEY}',
      '  mcp_servers:',
      '  - name: gh',
      '    env:',
      `      GITHUB_TOKEN: "${secrets.find((s) => s.family === 'github-classic')!.value}"`,
      '    private_key: |',
      ...pem.split('\n').map((l) => `      ${l}`),
      'massgen_version: 0.1.45',
      '',
    ].join('\n');
    const redactor = new Redactor();
    const f = redactor.filter({ rel: 'turn_1/attempt_1/execution_metadata.yaml' });
    const out = f.write(doc) + f.end();
    assert.deepEqual(leaks(out, secrets), []);
    const parsed = YAML.parse(out);
    assert.equal(parsed.config.agents[0].backend.model, 'claude-sonnet-4-5');
    assert.equal(parsed.config.agents[0].backend.api_key, '[REDACTED:anthropic-api-key]');
    assert.equal(parsed.config.agents[1].backend.api_key, '${OPENAI_API_KEY}');
    assert.equal(parsed.massgen_version, '0.1.45');
    assert.equal(out.split('\n').length, doc.split('\n').length, 'line breaks are kept');
  });
  it('redacted JSON stays JSON', () => {
    const doc = JSON.stringify(
      { config: Object.fromEntries(secrets.map((s) => [s.family, s.context])), tokens: { input_tokens: 5 } },
      null,
      2,
    );
    const out = new Redactor().redactString(doc);
    assert.deepEqual(leaks(out, secrets), []);
    const parsed = JSON.parse(out);
    assert.deepEqual(parsed.tokens, { input_tokens: 5 });
  });
});

describe('streaming', () => {
  it('catches secrets split across writes and pieces, in lines and in one huge line', () => {
    const rand = rng(99);
    const filler = (n: number) => 'lorem ipsum dolor sit amet, '.repeat(Math.ceil(n / 28)).slice(0, n);
    for (const sep of ['\n', ', ']) {
      let text = '';
      const planted: FakeSecret[] = [];
      for (const s of secrets) {
        if (sep !== '\n' && s.value.includes('\n')) continue;
        text += filler(40_000 + Math.floor(rand() * 60_000)) + sep + s.context + sep;
        planted.push(s);
      }
      text += filler(1_500_000);
      const redactor = new Redactor();
      const f = redactor.filter({ rel: 'log.txt' });
      let out = '';
      for (let i = 0; i < text.length;) {
        const n = 1 + Math.floor(rand() * 300_000);
        out += f.write(text.slice(i, i + n));
        i += n;
      }
      out += f.end();
      assert.deepEqual(leaks(out, planted), [], `separator ${JSON.stringify(sep)}`);
      const counts = f.counts!();
      assert.ok(Object.values(counts).reduce((a, b) => a + b, 0) >= planted.length);
    }
  });
  it('reports the line of each finding, never the value', () => {
    const s = secrets.find((x) => x.family === 'groq')!;
    const f = new Redactor().filter({ rel: 'a.txt' });
    const out = f.write(`one\ntwo\n${s.context}\nfour\n`) + f.end();
    assert.deepEqual(f.findings!(), [{ line: 3, rule: 'groq-api-key' }]);
    assert.equal(out, 'one\ntwo\nGROQ_API_KEY=[REDACTED:groq-api-key]\nfour\n');
    assert.ok(!JSON.stringify(f.findings!()).includes(windows(s.value)[0]!));
  });
});

describe('known values and user patterns', () => {
  it('replaces the values of secret-looking environment variables and .env entries anywhere', () => {
    const env = {
      MISTRAL_API_KEY: 'Zq8pL2mN4vB6xC1dF3gH5jK7',
      HOME: '/root',
      PATH: '/usr/bin:/bin',
      SHORT_TOKEN: 'abc',
      DB_PASSWORD: 'correct horse battery',
    };
    const dot = parseDotenv(
      '# comment\nexport ZAI_API_KEY="0f1e2d3c4b5a69788796a5b4c3d2e1f0.AbCdEfGh12345678"\nGREETING=hello-world-value\n',
    );
    const known = [...knownValuesFromEnv(env), ...knownValuesFromEnv(dot)];
    assert.deepEqual(known.map((k) => k.name).sort(), ['DB_PASSWORD', 'MISTRAL_API_KEY', 'ZAI_API_KEY']);
    const r = new Redactor({ knownValues: known });
    const out = r.redactString(
      'the agent printed Zq8pL2mN4vB6xC1dF3gH5jK7 and 0f1e2d3c4b5a69788796a5b4c3d2e1f0.AbCdEfGh12345678 and correct horse battery; home is /root',
    );
    assert.equal(
      out,
      'the agent printed [REDACTED:known-value:MISTRAL_API_KEY] and [REDACTED:known-value:ZAI_API_KEY] and [REDACTED:known-value:DB_PASSWORD]; home is /root',
    );
  });
  it('applies --redact-extra patterns and rejects bad ones', async () => {
    await loadPatternEngine();
    const r = new Redactor({ extraPatterns: ['ACME-[0-9]{6}'] });
    assert.equal(r.redactString('ticket ACME-123456 done'), 'ticket [REDACTED:custom] done');
    assert.match(validatePatterns(['(unclosed'])!, /Invalid --redact-extra pattern/);
    assert.match(validatePatterns(['a*'])!, /matches the empty string/);
    assert.equal(validatePatterns(['x+']), null);
  });
});

describe('names', () => {
  const r = new Redactor({ knownValues: [{ name: 'MISTRAL_API_KEY', value: 'Zq8pL2mN4vB6xC1dF3gH5jK7' }] });
  const github = secrets.find((s) => s.family === 'github-classic')!.value;
  const anthropic = secrets.find((s) => s.family === 'anthropic')!.value;

  it('finds the names that hold a secret and shows them redacted, in one scan per directory', () => {
    const names = [
      'index.html',
      `${github}.txt`,
      'notes.md',
      `copy of ${anthropic}`,
      'dump-Zq8pL2mN4vB6xC1dF3gH5jK7.json',
      `two\nlines ${github}`,
      `note_${github}.txt`,
      `cache-${anthropic}`,
    ];
    const found = r.scanNames(names);
    assert.equal(found.length, names.length);
    assert.deepEqual(
      found.map((f) => f?.rules ?? null),
      [
        null,
        ['github-token'],
        null,
        ['anthropic-api-key'],
        ['known-value'],
        ['github-token'],
        ['github-token'],
        ['anthropic-api-key'],
      ],
    );
    assert.deepEqual(
      found.map((f) => f?.shown ?? null),
      [
        null,
        '[REDACTED:github-token].txt',
        null,
        'copy of [REDACTED:anthropic-api-key]',
        'dump-[REDACTED:known-value:MISTRAL_API_KEY].json',
        'two lines [REDACTED:github-token]',
        'note_[REDACTED:github-token].txt',
        'cache-[REDACTED:anthropic-api-key]',
      ],
    );
  });

  // A whole key glued to letters (`note<ghp_…>.txt`) is found since attack 13 (glued.ts): not ordinary.
  it('leaves ordinary names alone: hashes, ids, look-alikes, a prefix glued to letters', () => {
    const names = [
      ...alikes.map((a) => a.slice(0, 200)),
      'a3f9c2e1b7d4f6a8c0e2b4d6f8a0c2e4b6d8f0a2.json',
      'toolu_01A09q90qw90lq917835lq9.txt',
      'noteghp_cache.txt',
      '__init__.py',
      '',
    ];
    assert.deepEqual(
      r.scanNames(names).filter((f) => f !== null),
      [],
    );
  });
});
