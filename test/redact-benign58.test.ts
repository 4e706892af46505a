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

describe('attack 58: benign lines near secret words, armour and colour codes', () => {
  itKeeps(
    `base64 of prose, IPv6 addresses, UUIDs under and over key words (seed ${SEED})`,
    () => twins(seededGen(SEED)),
    48,
  );
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
