/**
 * Attack 57's damage: benign text beside a secret was replaced, learned, and replaced in every later file.
 * - A line of any width ending in a value, then a line starting with a word that holds digits: read as a hard wrap
 *   (`password=…` then `ssh-ed25519 AAAA… ci@build`; `…&useSSL=false` then `task-o2u2… risk-high`; `X-Acme-Key:…` then
 *   `pod/api-server-… Running`): the next line's word was the value's rest.
 * - Random values beside a secret under names that say what they are: `Idempotency-Key: <uuid>`,
 *   `STRIPE_PUBLISHABLE_KEY=pk_live_…`, `"nextPageToken": …`, `PublicKeyToken=<16 hex>`, a data URL's font: taken as
 *   companions (companions.ts).
 * - A digest or a UUID after a base64 secret (`md5_checksum: <32 hex>`): decoded as base64 and scanned as a binary's
 *   bytes.
 * Each twin comes out byte for byte, in the file beside the secret and in a later file; each secret is redacted.
 * Seeded (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { filtered, leaksWindow, learningRedactor } from './helpers/filtered.js';
import { seededGen, type SeededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 5702);

/** A secret's line (the secret, its line), of a width no hard wrap cuts at. */
function secretLine(g: SeededGen): [string, string] {
  const v = `${g.pick('letters', 2)}${g.pick('alnum', 14 + g.int(20))}${g.pick('digits', 2)}`;
  const pw = `${g.pick('alnum', 5)}!${g.pick('alnum', 4)}-${g.pick('alnum', 6)}`;
  const forms: [string, string][] = [
    [v, `http GET https://api.acme.dev/v2/items X-Acme-Key:${v}`],
    [pw, `jdbc:mysql://db:3306/app?user=root&password=${pw}&useSSL=false`],
    [v, `password=${v}`],
    [v, `export ACME_API_KEY=${v}`],
    [v, `  "client_secret": "${v}",`],
    [pw, `mysql -u root -p${pw} -h db.internal`],
  ];
  return g.one(forms);
}

/** A benign line that may follow a secret's: each starts with a word that holds digits or reads as random. */
function benignLine(g: SeededGen): string {
  const hex = (n: number): string => g.pick('hex', n);
  return g.one([
    `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${g.pick('alnum', 43)} ci@build`,
    `task-${g.pick('lowerAlnum', 12)} risk-high ghost_mode=on`,
    `pod/api-server-${hex(10)}-${g.pick('lowerAlnum', 5)} Running`,
    `abc${g.int(1000)} done in ${g.int(90)} s`,
    `v${g.int(9)}.${g.int(20)}.${g.int(9)}-rc${g.int(5)} released today`,
    `build-${hex(8)} passed (${g.int(300)} tests)`,
  ]);
}

/** Values beside a secret that their names say are no secret. */
function namedBenign(g: SeededGen): string {
  const uuid = `${g.pick('hex', 8)}-${g.pick('hex', 4)}-4${g.pick('hex', 3)}-a${g.pick('hex', 3)}-${g.pick('hex', 12)}`;
  return g.one([
    `Idempotency-Key: ${uuid}`,
    `STRIPE_PUBLISHABLE_KEY=pk_live_${g.pick('alnum', 99)}`,
    `"nextPageToken": "${g.pick('urlsafe', 60)}"`,
    `PublicKeyToken=${g.pick('hex', 16)}`,
    `src: url(data:font/woff2;base64,${g.pick('alnum', 80)})`,
    `md5_checksum: ${g.pick('hex', 32)}`,
    `request_id=${uuid}`,
  ]);
}

interface Case {
  secret: string;
  text: string;
  benign: string[];
}

function cases(seed: number): Case[] {
  const g = seededGen(seed);
  const out: Case[] = [];
  for (let i = 0; i < 400 && out.length < 60; i++) {
    const [secret, line] = secretLine(g);
    // Keep clear of the widths a hard wrap cuts at: those are wraps (redact-apart15-wraps, redact-wraps26).
    if ([32, 40, 48, 50, 60, 64, 70, 72, 76, 78, 79, 80, 100, 120].includes(line.length)) continue;
    const benign = [benignLine(g), namedBenign(g)];
    out.push({ secret, text: `notes from the run\n${line}\n${benign[0]}\n${benign[1]}\nend\n`, benign });
  }
  return out;
}

/**
 * Readings that ran past where their format ends: base64 its padding closes at column 76, base64 of JSON (`eyJ…`) at a
 * line's end, an INI section inside a Markdown fence, a label line (`invalid api token`) before a data URL, a name
 * with its value (`secret_name: db-creds-…`) read as a label ending its line.
 */
function formatEnds(seed: number): Case[] {
  const g = seededGen(seed);
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  return Array.from({ length: 30 }, (_, i) => {
    const key = g.pick('alnum', 33);
    const pw = `${g.pick('alnum', 6)}*${g.pick('alnum', 7)}`;
    const after = benignLine(g);
    const hex = g.pick('hex', 16);
    const png = `data:image/png;base64,iVBORw0KGgo${g.pick('alnum', 100)}`;
    const forms: Case[] = [
      { secret: key, text: `ENV_B64=${b64(`MISTRAL_API_KEY=${key}\n`)}\n${after}\n`, benign: [after] },
      {
        secret: pw,
        text: `config_blob: ${b64(`{"db": {"host": "db", "password": "${pw}"}}`)}\n${after}\n`,
        benign: [after],
      },
      {
        secret: key,
        text: `\`\`\`\n[pypi]\nusername = __token__\npassword = ${key}\n\`\`\`\nPublicKeyToken=${hex}\n`,
        benign: [`PublicKeyToken=${hex}`],
      },
      {
        secret: key,
        text: `co = cohere.ClientV2("${key}")\nUnauthorizedError: invalid api token\n${png}\n`,
        benign: [png],
      },
    ];
    const name = `db-creds-${g.pick('lowerAlnum', 5)}`;
    forms.push({ secret: key, text: `api_key: ${key}\nsecret_name: ${name}\n${after}\n`, benign: [after] });
    return forms[i % forms.length]!;
  });
}

/** A value cut at a terminal's width, the line before it as wide (no wrap column): plain, and in a JSON string. */
function terminalWraps(seed: number): Case[] {
  const g = seededGen(seed);
  return Array.from({ length: 12 }, (_, i) => {
    const width = g.one([90, 110, 132]);
    const secret = `${g.pick('alnum', 60)}${g.pick('digits', 4)}`;
    const line = `${'#'.repeat(width - 38)} [12:00:0${i % 10}] SERVICE_PASSWORD=${secret} and the deploy went on`;
    const rows = ['='.repeat(width), '='.repeat(width), line.slice(0, width), line.slice(width)];
    const text = i % 2 === 0 ? `${rows.join('\n')}\n` : `${JSON.stringify({ output: rows.join('\n') })}\n`;
    return { secret, text, benign: [] };
  });
}

describe("attack 57: benign text beside a secret is not the secret's", () => {
  it(`a value cut at a terminal's width is followed, plain and in a JSON string (seed ${SEED})`, () => {
    const bad = terminalWraps(SEED).flatMap((c) => {
      const out = filtered(learningRedactor(), 'agent_outputs/agent_a.txt', c.text);
      return leaksWindow(out, c.secret) ? [out] : [];
    });
    assert.deepEqual(bad, []);
  });

  it(`a reading ends where its format ends: padding, a fence, a data URL (seed ${SEED})`, () => {
    const bad: string[] = [];
    for (const c of formatEnds(SEED)) {
      const out = filtered(learningRedactor(), 'workspace/notes/setup.md', c.text);
      if (leaksWindow(out, c.secret)) bad.push(`leaked: ${out}`);
      for (const b of c.benign) if (!out.includes(b)) bad.push(`${b}\n => ${out}`);
    }
    assert.deepEqual(bad, []);
  });

  it(`lines after a secret's line, and values named as no secret beside it, stay in every file (seed ${SEED})`, () => {
    const all = cases(SEED);
    assert.equal(all.length, 60);
    const bad: string[] = [];
    for (const c of all) {
      const r = learningRedactor();
      const here = filtered(r, 'workspace/notes/setup.md', c.text);
      const later = filtered(r, 'agent_outputs/agent_a.txt', `${c.benign.join('\n')}\n`);
      if (leaksWindow(here, c.secret)) bad.push(`leaked: ${here}`);
      for (const b of c.benign)
        if (!here.includes(b) || !later.includes(b)) bad.push(`${b}\n => ${here}\n => ${later}`);
    }
    assert.deepEqual(bad, []);
  });
});
