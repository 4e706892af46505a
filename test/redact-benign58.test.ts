/**
 * Attack 58's damage: benign lines a reader took for secrets, each learned and replaced in every later file. Base64
 * of a sentence a few lines under `The secret sauce is …`; an IPv6 address read as a `.pgpass` record; a UUID on the
 * line above `# API_KEY=xxxx` (a name with a value of its own); a UUID under a sentence that says something of keys
 * (`Rotate your API keys every 90 days.`); a certificate's first line under its armour; a Stripe id on the line after
 * a coloured Bearer token (the colour's reset ended it); the colour code before a name. Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { itKeeps } from './helpers/filtered.js';
import { seededGen, uuidOf, type SeededGen } from './helpers/fake-secrets.js';
import { Redactor } from '../src/core/redact/redactor.js';

const SEED = Number(process.env.REDACT_SEED ?? 5803);
const WORDS = ['lorem', 'ipsum', 'dolor', 'sit', 'amet', 'consectetur', 'adipiscing', 'elit', 'sed', 'do'];

const sentence = (g: SeededGen): string => Array.from({ length: 6 }, () => g.one(WORDS)).join(' ');
const ipv6 = (g: SeededGen): string => Array.from({ length: 8 }, () => g.pick('hex', 4).replace(/^0/, 'b')).join(':');
const uuid = (g: SeededGen): string => uuidOf(g.pick('hex', 32));

function twins(g: SeededGen): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < 12; i++) {
    const b64 = Buffer.from(sentence(g)).toString('base64');
    const lead = g.one(['The secret sauce is the caching layer. (659)', 'Keep your tokens safe.', 'secret:']);
    out.push(['agent_outputs/agent_b.txt', `${lead}\n1754050062.639572\n${b64}\n`]);
    out.push([
      'agent_b/answer.txt',
      `etag: W/"3a69ef88e87c30e886c44499065bde62"\n${ipv6(g)}\n-----BEGIN CERTIFICATE-----\n`,
    ]);
    out.push([
      'workspace/config.toml',
      `# "id": "8255293f-27d2"\n# ${uuid(g)}\n# API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx #76\n`,
    ]);
    out.push([
      'agent_outputs/agent_b.txt',
      `Rotate your API keys every 90 days. (215)\nmain.${g.pick('hex', 20)}.js\n${uuid(g)}\n`,
    ]);
  }
  return out;
}

/** A certificate's body under its armour, under a label a few lines up. */
function certificate(g: SeededGen): string {
  // The first line as random base64 of mixed case and digits is (a label's value had to read as a key's).
  const body = Array.from({ length: 4 }, () => `${g.pick('alnum', 60)}${g.pick('digits', 2)}Ab`).join('\n');
  const key = `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.pick('alnum', 43)} dev@laptop`;
  return `My password manager generated a long passphrase. (805)\n${key}\n-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

/** Attack 58b: ids beside redacted values in rows, a shorthand object, cursors, sibling list items, a YAML anchor. */
function beside(g: SeededGen): [string, string][] {
  const out: [string, string][] = [];
  for (let i = 0; i < 6; i++) {
    const id = uuid(g);
    const sha = g.pick('hex', 40);
    const cursor = Buffer.from(`{"page": ${g.int(90)}, "offset": ${g.int(9000)}}`)
      .toString('base64')
      .replace(/=+$/, '');
    const rows = `INSERT INTO users (id, email, password_plain, api_token, public_id) VALUES\n(1, 'a@example.com', 'Oxbow#${g.pick('digits', 6)}.', '${g.pick('alnum', 43)}', '${id}');\n`;
    out.push(['workspace/db/dump.sql', rows]);
    out.push([
      'workspace/exports/keys.csv',
      `id,service,api_key,created_at,sha\n1,gitlab,glpat-${g.pick('alnum', 20)},2026-01-17T02:43:22Z,${sha}\n`,
    ]);
    out.push([
      'workspace/src/auth.js',
      `  const password = prompt('password:');\n  return { apiKey, password, id: "${id}", commit: "${sha}" };\n`,
    ]);
    out.push([
      'workspace/encoded/payloads.json',
      `{"token": "ghp_${g.pick('alnum', 36)}", "cursor": "after=${cursor}", "note": "${Buffer.from(sentence(g)).toString('base64')}"}\n`,
    ]);
    out.push([
      'workspace/notes/benign.md',
      `- auth = (username, password)\n- const token = await getToken(ctx);\n- ${g.pick('hex', 48)}\n- xai-sdk==1.2.${g.int(9)}\n`,
    ]);
    out.push([
      'workspace/src/server.js',
      `const cfg = {\n  apiKey: "sk_${g.pick('hex', 48)}",\n  sriHash: "sha384-${g.pick('alnum', 64)}",\n};\n`,
    ]);
    out.push([
      'workspace/helm/values.yaml',
      `global:\n  creds: &regcreds\n    username: ci\n    password: hunter2\nimagePullSecrets:\n  - <<: *regcreds\n`,
    ]);
  }
  return out;
}

/** The parts of each text that must come out as they went in (the ids, cursors, hashes and the anchor). */
const KEPT_PARTS =
  /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[0-9a-f]{40,48}\b|after=\S+(?=")|sha384-\w+|xai-sdk==[\d.]+|&regcreds|"note": "[^"]+"/g;

describe('attack 58: benign lines near secret words, armour and colour codes', () => {
  it(`ids, cursors, hashes, pins and anchors beside secrets stay (seed ${SEED})`, () => {
    const r = new Redactor({ learn: true });
    for (const [rel, text] of beside(seededGen(SEED + 3))) {
      const f = r.filter({ rel });
      const out = f.write(text) + f.end();
      for (const m of text.matchAll(KEPT_PARTS)) assert.ok(out.includes(m[0]), `${rel}: ${m[0]} in ${out}`);
    }
  });

  itKeeps(
    `base64 of prose, IPv6 addresses, UUIDs under and over key words (seed ${SEED})`,
    () => twins(seededGen(SEED)),
    48,
  );
  it("a learned value that starts a YAML value with more after it is replaced with the value's rest, quoted", () => {
    const g = seededGen(SEED + 4);
    for (let i = 0; i < 6; i++) {
      const words = `${g.pick('letters', 6).toLowerCase()}-${g.pick('letters', 5).toLowerCase()}-${g.pick('letters', 7).toLowerCase()}`;
      const r = new Redactor({ learn: true, knownValues: [{ name: 'REPLICATION_PASSWORD', value: words }] });
      const f = r.filter({ rel: 'workspace/helm/values.yaml' });
      const text = `postgresql:\n  auth:\n    replicationPassword: ${words} ${g.int(90) + 10}\n    note: ${words} # c\n    other: x ${words} y\n`;
      const out = f.write(text) + f.end();
      assert.ok(!out.includes(words), out);
      assert.match(out, /replicationPassword: '\[REDACTED:known-value:REPLICATION_PASSWORD\]'\n/);
      assert.match(out, /note: '\[REDACTED:known-value:REPLICATION_PASSWORD\]' # c\n/);
      assert.match(out, /other: x \[REDACTED:known-value:REPLICATION_PASSWORD\] y\n/);
    }
  });
  itKeeps(`a certificate under a label (seed ${SEED})`, () => [
    ['agent_outputs/agent_a.txt', certificate(seededGen(SEED + 1))],
  ]);

  it("a coloured token's reset ends it: the next line's id and the colour code before a name stay", () => {
    const g = seededGen(SEED + 2);
    for (let i = 0; i < 8; i++) {
      const pplx = `pplx-${g.pick('alnum', 48)}`;
      const pypi = `pypi-AgEIcHlwaS5vcmc${g.pick('urlsafe', 60)}`;
      const id = `ch_${g.pick('alnum', 14)}`;
      const text =
        `\x1b[32mPERPLEXITY_API_KEY\x1b[0m=\x1b[1;33m${pplx}\x1b[0m\n` +
        `\x1b[2m[tool]\x1b[0m Authorization: Bearer \x1b[36m${pypi}\x1b[0m\n${id}\n1701660365.310213\n`;
      const f = new Redactor({ learn: true }).filter({ rel: 'agent_outputs/agent_a.txt' });
      const out = f.write(text) + f.end();
      assert.ok(out.includes(`\n${id}\n`) && out.includes('\x1b[32mPERPLEXITY_API_KEY\x1b[0m='), JSON.stringify(out));
      assert.ok(!out.includes(pplx.slice(5, 20)) && !out.includes(pypi.slice(20, 40)), JSON.stringify(out));
    }
  });
});
