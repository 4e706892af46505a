/**
 * More provider families (issue 11, category 5): Dropbox short-lived tokens, Brave Search,
 * Airtable personal access tokens, Discord bot tokens in every documented shape, Linear OAuth
 * tokens, and prefixes swept from the providers MassGen users configure (NVIDIA, Apify, Supabase
 * secret keys, Cloudflare Origin CA, Deno Deploy, Tailscale, Honeycomb, Axiom, payment and mail
 * APIs). Each is built at test time from fragments and a seeded generator, planted in several
 * encodings next to look-alikes that must survive, and the new rules find nothing in this repo's
 * node_modules, lockfile and fixtures.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Redactor } from '../src/core/redact/redactor.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';
import { CHARSETS, leaks, lookAlikes, rng } from './helpers/fake-secrets.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const j = (...parts: string[]): string => parts.join('');

interface Fake {
  family: string;
  rule: string;
  value: string;
  /** Must survive; a random body after a key's prefix is shorter than sixteen characters (stubs.ts, round 31). */
  alikes: string[];
}

function fakes(seed: number): Fake[] {
  const rand = rng(seed);
  const r = (set: keyof typeof CHARSETS | (string & {}), n: number): string => {
    const chars = set in CHARSETS ? CHARSETS[set as keyof typeof CHARSETS] : set;
    let s = '';
    for (let i = 0; i < n; i++) s += chars[Math.floor(rand() * chars.length)];
    return s;
  };
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  // Discord: base64 (unpadded) of a 17- to 20-digit user id, a 6-character timestamp, a 27- to 38-character HMAC.
  const discord = (digits: number, hmac: number): string =>
    `${Buffer.from(`${1 + Math.floor(rand() * 9)}${r('digits', digits - 1)}`)
      .toString('base64')
      .replace(/=+$/, '')}.${r('urlsafe', 6)}.${r('urlsafe', hmac)}`;
  const out: Fake[] = [
    {
      family: 'dropbox-short-lived',
      rule: 'dropbox-token',
      value: j('s', 'l.', 'B', r('urlsafe', 137)),
      alikes: [j('s', 'l.', r('alnum', 20)), 'sl.no_token_here', j('vis', 'l.', r('urlsafe', 140))],
    },
    {
      family: 'dropbox-short-lived-u',
      rule: 'dropbox-token',
      value: j('s', 'l.', 'u.', 'AF', r('urlsafe', 600)),
      alikes: [],
    },
    {
      family: 'brave-search',
      rule: 'brave-search-api-key',
      value: j('B', 'SA', r('urlsafe', 28)),
      alikes: [j('B', 'SA', r('alnum', 10)), 'BSA_CONFIG_VALUE_FOR_THE_REGION_X', j('x', 'B', 'SA', r('urlsafe', 28))],
    },
    {
      family: 'airtable-pat',
      rule: 'airtable-pat',
      value: j('pa', 't', r('alnum', 14), '.', r('hex', 64)),
      alikes: [
        j('pa', 't', r('alnum', 13), '.', r('hex', 64)),
        j('pa', 't', r('alnum', 14), '.', r('hex', 30)),
        j('path', r('alnum', 11), '.', r('hex', 64), 'x'),
        j('compa', 't', r('alnum', 14), '.', r('hex', 64)),
      ],
    },
    {
      family: 'linear-oauth',
      rule: 'linear-api-key',
      value: j('lin', '_oauth_', r('hex', 64)),
      alikes: [j('lin', '_oauth_', 'redirect'), j('lin', '_oauth_', r('hex', 12))],
    },
    { family: 'linear-api', rule: 'linear-api-key', value: j('lin', '_api_', r('alnum', 40)), alikes: [] },
    {
      family: 'discord-mfa',
      rule: 'discord-mfa-token',
      value: j('mf', 'a.', r('urlsafe', 84)),
      alikes: [j('mf', 'a.', r('alnum', 20)), 'mfa.enabled_for_this_account'],
    },
    {
      family: 'cartesia',
      rule: 'cartesia-api-key',
      value: j('sk', '_car_', r('alnum', 40)),
      alikes: [j('sk', '_car_', 'config')],
    },
    {
      family: 'logfire',
      rule: 'logfire-token',
      value: j('pylf', '_v1_', 'us_', r('alnum', 44)),
      alikes: [j('pylf', '_v1_', 'us_', r('alnum', 8))],
    },
    {
      family: 'twilio-api-key',
      rule: 'twilio-api-key',
      value: j('S', 'K', r('hex', 32)),
      alikes: [j('TAS', 'K', r('hex', 32)), j('S', 'K', r('hex', 31)), j('S', 'K', r('hex', 32), 'g')],
    },
    {
      family: 'clickup',
      rule: 'clickup-token',
      value: j('p', 'k_', r('digits', 8), '_', r('upperAlnum', 32)),
      alikes: [
        j('p', 'k_', r('digits', 8), '_', r('upperAlnum', 12)),
        'pk_user_id_reference',
        j('p', 'k_', r('digits', 8), '_', r('alnum', 32)),
      ],
    },
    {
      family: 'nvidia',
      rule: 'nvidia-api-key',
      value: j('nv', 'api-', r('urlsafe', 64)),
      alikes: [j('nv', 'api-', r('alnum', 10))],
    },
    {
      family: 'apify',
      rule: 'apify-api-token',
      value: j('apify', '_api_', r('alnum', 36)),
      alikes: [j('apify', '_api_', 'client')],
    },
    {
      family: 'supabase-secret',
      rule: 'supabase-secret-key',
      value: j('sb', '_secret_', r('urlsafe', 32)),
      alikes: [j('sb', '_publishable_', r('urlsafe', 32)), 'sb_secret_key'],
    },
    {
      family: 'cloudflare-origin-ca',
      rule: 'cloudflare-origin-ca-key',
      value: j('v1', '.0-', r('hex', 24), '-', r('hex', 146)),
      alikes: ['v1.0-beta', j('v1', '.0-', r('hex', 24))],
    },
    {
      family: 'deno-deploy',
      rule: 'deno-deploy-token',
      value: j('dd', 'p_', r('alnum', 36)),
      alikes: [j('dd', 'p_', r('alnum', 10))],
    },
    {
      family: 'tailscale',
      rule: 'tailscale-key',
      value: j('ts', 'key-', 'auth-', 'k', r('alnum', 10), 'CNTRL-', r('alnum', 33)),
      alikes: ['tskey-auth-docs', j('ts', 'key-', 'api-', r('alnum', 6))],
    },
    {
      family: 'honeycomb-ingest',
      rule: 'honeycomb-key',
      value: j('hc', 'aik_', '01', r('upperAlnum', 24), r('lowerAlnum', 32)),
      alikes: [j('hc', 'aik_', r('alnum', 8))],
    },
    { family: 'axiom', rule: 'axiom-token', value: j('xa', 'at-', uuid()), alikes: [j('xa', 'at-', r('hex', 8))] },
    {
      family: 'razorpay',
      rule: 'razorpay-key',
      value: j('rzp', '_live_', r('alnum', 14)),
      alikes: [j('rzp', '_live_', r('alnum', 6))],
    },
    {
      family: 'paddle',
      rule: 'paddle-api-key',
      value: j('pdl', '_live_', 'apikey_', r('lowerAlnum', 26), '_', r('alnum', 22), '_', r('alnum', 3)),
      alikes: ['pdl_live_apikey'],
    },
    {
      family: 'flutterwave',
      rule: 'flutterwave-secret-key',
      value: j('FLW', 'SECK', '_TEST-', r('hex', 32), '-X'),
      alikes: [j('FLW', 'SECK', '-', r('hex', 20), '-X')],
    },
    {
      family: 'plaid',
      rule: 'plaid-access-token',
      value: j('access', '-sandbox-', uuid()),
      alikes: ['access-sandbox-docs', j('access', '-sandbox-', r('hex', 8))],
    },
    {
      family: 'shippo',
      rule: 'shippo-api-token',
      value: j('shippo', '_live_', r('hex', 40)),
      alikes: [j('shippo', '_live_', r('hex', 20).slice(0, 12))],
    },
    {
      family: 'mailersend',
      rule: 'mailersend-api-token',
      value: j('ml', 'sn.', r('hex', 64)),
      alikes: [j('ml', 'sn.', r('hex', 20))],
    },
    {
      family: 'contentful',
      rule: 'contentful-token',
      value: j('CF', 'PAT-', r('urlsafe', 43)),
      alikes: [j('CF', 'PAT-', r('alnum', 10))],
    },
    {
      family: 'readme',
      rule: 'readme-api-key',
      value: j('rd', 'me_', r('lowerAlnum', 70)),
      alikes: [j('rd', 'me_', r('lowerAlnum', 20).slice(0, 12))],
    },
    {
      family: 'typeform',
      rule: 'typeform-token',
      value: j('tf', 'p_', r('urlsafe', 44), '_', r('alnum', 14)),
      alikes: [j('tf', 'p_', r('alnum', 10))],
    },
  ];
  for (const digits of [17, 18, 19, 20]) {
    for (const hmac of [27, 32, 38])
      out.push({
        family: `discord-bot-${digits}-${hmac}`,
        rule: 'discord-bot-token',
        value: discord(digits, hmac),
        alikes: [],
      });
  }
  return out;
}

const FAKES = fakes(Number(process.env.REDACT_SEED ?? 20261130));

function encodings(value: string): Record<string, string> {
  return {
    raw: value,
    json: JSON.stringify({ log: `tool output:\ntoken ${value}\ndone`, step: 2 }),
    yaml: `mcp_servers:\n  - name: tool\n    env:\n      NOTE: ${value}\n`,
    ansi: `\u001b[33m${value}\u001b[0m and more`,
    pythonRepr: `{'note': '${value}', 'step': 2}`,
    prose: `I used the key ${value}, then retried.`,
    header: `curl -H "X-Custom: ${value}" https://api.example.test`,
  };
}

describe('more provider families in every encoding', () => {
  const redactor = new Redactor();
  const ids = new Set(SHAPE_RULES.map((rule) => rule.id));
  for (const f of FAKES) {
    it(f.family, () => {
      assert.ok(ids.has(f.rule), `the table has a rule ${f.rule}`);
      const alikes = [...f.alikes, ...lookAlikes()].join('\n');
      for (const [name, text] of Object.entries(encodings(f.value))) {
        const out = redactor.redactString(`${alikes}\n${text}\n${alikes}`);
        assert.ok(
          out.startsWith(`${alikes}\n`) && out.endsWith(`\n${alikes}`),
          `${name}: look-alikes survive: ${out.slice(0, 300)}`,
        );
        const planted = out
          .slice(alikes.length + 1, out.length - alikes.length - 1)
          .replace(/\[REDACTED:[^\]]+\]/g, '[R]');
        assert.deepEqual(
          leaks(planted, [{ family: f.family, value: f.value, context: '' }]),
          [],
          `${name}: ${planted.slice(0, 300)}`,
        );
      }
      // Named by its own rule where nothing else names it.
      assert.ok(redactor.redactString(`see ${f.value} here`).includes(`[REDACTED:${f.rule}]`), f.family);
    });
  }

  it('keeps every look-alike byte for byte', () => {
    for (const f of FAKES)
      for (const alike of f.alikes) assert.equal(redactor.redactString(alike), alike, `${f.family}: ${alike}`);
  });
});

describe('the new rules on real files', () => {
  it('find nothing in node_modules bundles, maps and lockfiles or the fixtures', () => {
    const ours = new Set(FAKES.map((f) => f.rule));
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
      if (!/\.(?:js|cjs|mjs|json|map|ya?ml|md|ipynb|txt|log|jsonl|ts)$/i.test(p) || st.size > 8e6) return;
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
