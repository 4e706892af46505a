import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { identifierShape, readsAsCredential } from '../src/core/redact/learn-gate.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng, uuidOf } from './helpers/fake-secrets.js';

/**
 * The learning boundary (learn-gate.ts, attack8 FP-1..FP-5): a value only a heuristic pass found (MCP maps,
 * provider-keyed maps, sections, command outputs) is learned, and so replaced in every other file, only when it reads
 * as a credential. Identifiers of every kind are not; random values of every alphabet are.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 20261202));
const random = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');
const uuid = (): string => uuidOf(random('hex', 32));

const IDENTIFIERS = [
  'claude-3-5-sonnet-20241022',
  'claude-sonnet-4-20250514',
  'claude-3-7-sonnet-latest',
  'gpt-4.1-2025-04-14',
  'gpt-4o-mini-2024-07-18',
  'o3-mini-2025-01-31',
  'gemini-2.5-pro-preview-05-06',
  'anthropic.claude-v2:0',
  'anthropic.claude-3-haiku-20240307-v1:0',
  'meta-llama/Llama-3.3-70B-Instruct',
  'mistralai/Mixtral-8x7B-Instruct-v0.1',
  'nomic-embed-text-v1.5',
  'text-embedding-3-large',
  'acme-prod-428913',
  'my-project-123456',
  'gpt4o-prod-eastus2',
  'xy12345.eu-central-1',
  'release-2025-01-15',
  'mcp-client-2025-04-04',
  'prompt-caching-2024-07-31',
  'openai-api-key-prod',
  'db-password:latest',
  'projects/123/secrets/session',
  'us-central1-docker.pkg.dev',
  'app-auth',
  'agent-secrets',
  'redis-auth',
  'v2.14.3-rc.1',
  'chatcmpl-4acV1gC1lvrIpSILhsVsP5iqq2qvE',
  'msg_01bTaZ6j8j2UIqaiIbq1Da3x',
  'resp_17b85386a1c04f2d9e0b',
  'org-MRjMcIFLpuch1HsXAPmEmpCA',
  'toolu_01A09q90qw90lq917835lq9',
  'run_abc123XYZ789def456',
  'file-BK7bzQj3FfZFXr7DbL6xJwfo',
  '0xA1B2C3D4E5F60718',
  '45c08474e0e1f6b4f4c26b9e2b1a0f3e5d7c9a8b6e4f2d1c0b9a8e7f6d5c481af8',
  '92927433fe1f10b7e7bf7121dd226152',
  '20bff02a2a0ee4cf',
  'cef2d301-94df-943c-353a-0106e6c08269',
  '{0354E640-DBEE-95D5-38EF-B8D1CA26689B}',
];

describe('learn gate: identifiers are not learned from heuristic passes', () => {
  it('model names, project ids, deployments, dated releases, API ids, hashes and UUIDs are identifiers', () => {
    assert.deepEqual(
      IDENTIFIERS.filter((v) => !identifierShape(v)),
      [],
    );
    assert.deepEqual(
      IDENTIFIERS.filter((v) => readsAsCredential(v)),
      [],
    );
    const ids = Array.from({ length: 200 }, () => [uuid(), random('hex', 40), random('hex', 64), random('hex', 32)]);
    assert.deepEqual(
      ids.flat().filter((v) => readsAsCredential(v)),
      [],
    );
  });

  it('templates, references and assignments are no credential', () => {
    for (const v of [
      'session:${userId}:${crypto.randomUUID()}',
      'id=npmrc,src=$HOME/.npmrc',
      'DB_PASSWORD=db-password:latest,API_KEY=api-key:3',
      '$HOME/.config/app/key',
    ])
      assert.equal(readsAsCredential(v), false, v);
  });

  it('random values of every alphabet read as credentials (they are learned)', () => {
    const sets = ['alnum', 'urlsafe', 'word', 'lowerAlnum', 'upperAlnum', 'b64', 'letters'] as const;
    const missed: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const v = random(sets[i % sets.length]!, 20 + (i % 45));
      if (!readsAsCredential(v)) missed.push(v);
    }
    // A few letters-only or lower-case values read as words; none of a mixed alphabet is missed.
    assert.ok(missed.length <= 3, missed.join(' '));
    const prefixed = Array.from({ length: 300 }, () => `${random('alnum', 12)}-${random('alnum', 18)}`);
    assert.deepEqual(
      prefixed.filter((v) => !readsAsCredential(v)),
      [],
    );
  });
});

describe('learn gate: a redactor learns a heuristic value only when it reads as a credential', () => {
  const mcp = (env: string): string =>
    `agents:\n  - id: agent_a\n    backend:\n      model: claude-3-5-sonnet-20241022\n      mcp_servers:\n` +
    `      - name: notion\n        env:\n${env}`;

  it('model names and ids under an MCP env are not replaced in other files', () => {
    const r = new Redactor({ learn: true });
    r.active(true);
    r.redactString(
      mcp(
        '          SUMMARY_MODEL: claude-3-5-sonnet-20241022\n          OPENAI_MODEL: gpt-4.1-2025-04-14\n' +
          '          GOOGLE_CLOUD_PROJECT: acme-prod-428913\n          AZURE_OPENAI_DEPLOYMENT: gpt4o-prod-eastus2\n' +
          '          SNOWFLAKE_ACCOUNT: xy12345.eu-central-1\n          MODEL_ID: anthropic.claude-v2:0\n',
      ),
    );
    const prose =
      'Agent A ran on claude-3-5-sonnet-20241022 and agent B on gpt-4.1-2025-04-14 in acme-prod-428913 ' +
      '(gpt4o-prod-eastus2, xy12345.eu-central-1, anthropic.claude-v2:0).';
    assert.equal(r.redactString(prose), prose);
  });

  it('a random value under a neutral MCP env name is still learned and replaced elsewhere', () => {
    const v = random('alnum', 32);
    const r = new Redactor({ learn: true });
    r.active(true);
    const out = r.redactString(mcp(`          INTERNAL_SERVICE: ${v}\n`));
    assert.ok(!out.includes(v), out);
    assert.ok(!r.redactString(`the service answered with ${v} today`).includes(v));
  });
});
