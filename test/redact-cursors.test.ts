import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Pagination cursors survive, credentials named `*_token` do not (issue 11, category 8): every
 * cursor name the APIs MassGen agents call use (AWS, Google, Azure and Microsoft Graph, Slack,
 * Stripe, GitHub, Notion, Twitter/X, Elasticsearch, Shopify, Zendesk, Box), with random cursor
 * values, in JSON, YAML, query strings, Python keyword arguments, headers, CLI flags and env
 * lines; the same formats with credential names are redacted. And object keys and paths
 * (an S3 listing's `Key`, a GCS object's `name`) under weak names are kept.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 8808));
const r = (n: number, set: keyof typeof CHARSETS): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return s;
};

const CURSORS = [
  // AWS (S3, DynamoDB, CloudWatch, CLI), Google, Azure and Microsoft Graph
  'NextToken',
  'nextToken',
  'NextContinuationToken',
  'ContinuationToken',
  'continuation-token',
  'StartingToken',
  'starting-token',
  'NextMarker',
  'Marker',
  'KeyMarker',
  'NextKeyMarker',
  'StartAfter',
  'ExclusiveStartKey',
  'LastEvaluatedKey',
  'nextPageToken',
  'pageToken',
  'page_token',
  'next_page_token',
  'nextSyncToken',
  'syncToken',
  'resumeToken',
  'resume_token',
  'continuationToken',
  'x-ms-continuation',
  '$skipToken',
  '$skiptoken',
  '$deltatoken',
  'skipToken',
  // Slack, Notion, Stripe, GitHub GraphQL, Twitter/X, Elasticsearch, Shopify, Zendesk, Box, Dropbox
  'next_cursor',
  'start_cursor',
  'cursor',
  'endCursor',
  'startCursor',
  'starting_after',
  'ending_before',
  'next_page',
  'next_token',
  'pagination_token',
  'previous_token',
  'prevPageToken',
  '_scroll_id',
  'scroll_id',
  'page_info',
  'after_cursor',
  'next_marker',
  'iterator_token',
  'since_token',
];
const CREDENTIALS = [
  'access_token',
  'refresh_token',
  'id_token',
  'session_token',
  'auth_token',
  'api_token',
  'bot_token',
  'bearer_token',
  'github_token',
  'oauth_token',
  'personal_access_token',
  'x-auth-token',
  'accessToken',
  'SLACK_BOT_TOKEN',
];

const FORMATS: [string, string, (k: string, v: string) => string][] = [
  ['json', 'resp.json', (k, v) => `${JSON.stringify({ items: [], [k]: v }, null, 2)}\n`],
  ['yaml', 'page.yaml', (k, v) => `items: []\n${k}: ${v}\n`],
  [
    'query',
    'trace.txt',
    (k, v) => `GET https://api.example.test/v1/items?limit=50&${k}=${encodeURIComponent(v)}&fields=id\n`,
  ],
  ['kwargs', 'list.py', (k, v) => `resp = client.list_items(limit=50, ${k.replace(/[^A-Za-z0-9_]/g, '_')}="${v}")\n`],
  ['header', 'headers.txt', (k, v) => `${k}: ${v}\n`],
  [
    'flag',
    'cmd.sh',
    (k, v) =>
      `aws s3api list-objects-v2 --bucket b --${k
        .replace(/^[$_]+/, '')
        .replace(/([a-z])([A-Z])/g, '$1-$2')
        .replace(/_/g, '-')
        .toLowerCase()} ${v}\n`,
  ],
];

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe('pagination cursors survive, *_token credentials do not', () => {
  for (const [fmt, file, make] of FORMATS) {
    it(`cursors in ${fmt}`, () => {
      const changed: string[] = [];
      for (const name of CURSORS) {
        for (const v of [r(92, 'b64'), r(64, 'urlsafe'), r(40, 'alnum'), `${r(48, 'b64')}==`]) {
          const text = make(name, v);
          if (redact(file, text) !== text) changed.push(`${name}=${v.slice(0, 6)}…`);
        }
      }
      assert.deepEqual(changed, []);
    });
    it(`credentials in ${fmt}`, () => {
      const kept: string[] = [];
      for (const name of CREDENTIALS) {
        const v = `${r(37, 'alnum')}7qK`;
        if (redact(file, make(name, v)).includes(v.slice(0, 12))) kept.push(name);
      }
      assert.deepEqual(kept, []);
    });
  }
});

describe('object keys and paths under weak names are no secrets', () => {
  it('an S3 listing, a GCS listing and a key/value store', () => {
    const s3 = `${JSON.stringify({ Contents: [{ Key: 'uploads/2026/01/report.pdf', Size: 10 }, { Key: 'images/cat.png' }, { Key: `data/${r(12, 'hex')}/part-00000.parquet` }, { Key: 'logs/App/Server-2026-01-31.log.gz' }], KeyCount: 4, NextContinuationToken: r(92, 'b64') }, null, 2)}\n`;
    const gcs = `${JSON.stringify({ items: [{ name: 'models/checkpoints/epoch_12/weights.safetensors', kind: 'storage#object' }], nextPageToken: r(40, 'urlsafe') })}\n`;
    const kv = `key: reports/2026/q1/summary.md\ncache_key: users/42/profile\n`;
    for (const [rel, text] of [
      ['s3_list.json', s3],
      ['gcs.json', gcs],
      ['kv.yaml', kv],
    ] as const)
      assert.equal(redact(rel, text), text, rel);
  });

  it('a random value with a slash under the same names is still a secret', () => {
    const v = `${r(18, 'alnum')}/${r(21, 'alnum')}7qK`;
    assert.ok(!redact('x.json', `${JSON.stringify({ key: v })}\n`).includes(v.slice(0, 12)));
    assert.ok(!redact('x.yaml', `aws_secret_key: ${v}\n`).includes(v.slice(0, 12)));
  });
});
