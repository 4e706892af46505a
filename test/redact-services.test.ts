import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as rules from '../src/core/redact/rules.js';
import { SERVICE_NAMES, SERVICE_WORDS } from '../src/core/redact/services.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * A key kept under its service's name alone (`"honeycomb": "…"`, `- Razorpay: \`…\``) is found only when the name is
 * one services.ts knows. Every family rules.ts has a rule for is such a name: a new rule's family joins the list, or
 * NOT_SERVICES says why its first word names no service.
 */
const NOT_SERVICES = new Set(
  // Words of rule ids that name a format or a placement, not a service.
  [
    'age',
    'api',
    'authorization',
    'chat',
    'crates',
    'django',
    // A key a provider's error message echoes back (rules.ts' echoed-api-key): a placement, no service.
    'echoed',
    // A pair of any service's id and secret (pair-rules.ts): a shape, no service.
    'id',
    'jwe',
    'jwt',
    'mcp',
    // A database's own password hash format (mysql.user's authentication_string), no service's key.
    'mysql',
    'otpauth',
    'private',
    'putty',
    'readme',
    // A header that carries a key (rules.ts' secret-header): a placement, no service.
    'secret',
    'sk',
    'url',
    // A Wi-Fi network's QR code (url-rules.ts): a format, no service.
    'wifi',
  ],
);
const NAMED = new RegExp(`^(?:${SERVICE_NAMES}|${SERVICE_WORDS})$`, 'i');

function ruleIds(): string[] {
  const ids = new Set<string>();
  for (const v of Object.values(rules))
    if (Array.isArray(v)) for (const r of v as { id?: unknown }[]) if (typeof r?.id === 'string') ids.add(r.id);
  return [...ids];
}

describe('service names', () => {
  it('name every family rules.ts has a rule for', () => {
    const ids = ruleIds();
    assert.ok(ids.length > 100, `read ${ids.length} rule ids`);
    const unnamed = ids.filter((id) => {
      const [a, b] = id.split('-');
      return !NOT_SERVICES.has(a!) && !NAMED.test(a!) && !NAMED.test(`${a}${b ?? ''}`);
    });
    assert.deepEqual(unnamed, []);
  });

  const rand = rng(Number(process.env.REDACT_SEED ?? 4242));
  const tok = randomToken(rand);
  const value = (): string => tok(CHARSETS.alnum, 20 + Math.floor(rand() * 12));
  // Services of rules.ts's families whose classic keys carry no prefix, and services of the same trades.
  const names = ['honeycomb', 'razorpay', 'grafana', 'dynatrace', 'paystack', 'mollie', 'sumologic', 'upstash'];
  const planted: Planted[] = names.flatMap((n): Planted[] => [
    ['config/keys.json', (v) => `{\n  "${n}": "${v}",\n  "region": "eu-west-1"\n}\n`, value],
    ['notes.md', (v) => `Keys for the demo:\n- ${n[0]!.toUpperCase()}${n.slice(1)}: \`${v}\`\n`, value],
    ['settings.py', (v) => `KEYS = {\n    "${n}": "${v}",\n}\n`, value],
  ]);

  it('redact a key kept under a service name alone', () => {
    assert.deepEqual(leakedPlacements(planted, 4), []);
  });

  it('keep versions, paths and package names under those names', () => {
    assert.deepEqual(
      damaged([
        ['package.json', '{\n  "dependencies": {\n    "pulumi": "^3.100.0",\n    "@pulumi/aws": "6.18.2"\n  }\n}\n'],
        ['tools.json', '{\n  "terraform": "1.6.6",\n  "npm": "10.2.4",\n  "aws": "us-east-1"\n}\n'],
        ['dash.json', '{\n  "grafana": "dashboards/overview-latency",\n  "honeycomb": "datasets/agent-traces"\n}\n'],
        ['lock.json', '{\n  "rev": "9f1c2b7e4d0a6c3b8e5f1a2d7c9b0e4f6a8d2c1b"\n}\n'],
        ['notes.md', '- Grafana: dashboards for the agents\n- Honeycomb: traces of every tool call\n'],
      ]),
      [],
    );
  });
});
