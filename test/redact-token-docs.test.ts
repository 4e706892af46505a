/**
 * Docs and tests of token libraries (the stdlib's secrets.py, a README's `>>> token_hex(16)` session, a JSDoc
 * `@example` of `crypto.randomBytes(16).toString('hex')`, nanoid and uuid examples, a changelog's inline example): the
 * example output printed after a generator's call is no secret. The stdlib's own secrets.py when this machine has it;
 * generated documents (test/helpers/token-docs-corpus.ts) otherwise and besides. The twin: a REPL that prints a key it
 * read (`>>> os.environ["API_TOKEN"]`) still has its output redacted.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { tokenDocs } from './helpers/token-docs-corpus.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261202) + 5;

function redactFile(r: Redactor, rel: string, text: string): string {
  const f = r.filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
  return out + f.end();
}

const placeholders = (out: string): string[] =>
  [...out.matchAll(/\[REDACTED:[^\]]*\]/g)].map((m) => out.slice(Math.max(0, m.index - 60), m.index + m[0].length));

describe('example outputs in the docs of token libraries', () => {
  const r = new Redactor();

  it("the stdlib's secrets.py comes out byte for byte", (t) => {
    const dirs = readdirSync('/usr/lib').filter((d) => /^python3\.\d+$/.test(d));
    const files = dirs.map((d) => `/usr/lib/${d}/secrets.py`).filter((f) => existsSync(f));
    if (files.length === 0) return t.skip('no python3 stdlib here');
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      assert.deepEqual(placeholders(redactFile(r, `workspace/lib/${f.slice(9)}`, text)), []);
    }
  });

  it('1,200 generated docstrings, READMEs, JS docs and changelogs come out byte for byte', () => {
    const damaged: string[] = [];
    for (const { rel, text } of tokenDocs(SEED, 1200))
      for (const p of placeholders(redactFile(r, rel, text))) damaged.push(`${rel}: ${p}`);
    assert.deepEqual(damaged.slice(0, 10), [], `${damaged.length} damaged strings`);
  });

  it('twin: a REPL that prints a key it read, or a doc that states one, is still redacted', () => {
    const rand = rng(SEED + 1);
    const pick = (set: keyof typeof CHARSETS, n: number): string =>
      Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');
    const leaks: string[] = [];
    for (let i = 0; i < 200; i++) {
      const v = `${pick('alnum', 6)}${pick('digits', 2)}${pick('alnum', 20)}`;
      const h = pick('hex', 40);
      const texts = [
        `>>> import secrets\n>>> os.environ["API_TOKEN"]\n'${v}'\n`,
        `>>> settings.api_key\n'${v}'\n`,
        `In [3]: os.getenv("MISTRAL_API_KEY")\nOut[3]: '${v}'\n`,
        `>>> secrets.token_hex(20)\n'${pick('hex', 40)}'\n>>> os.environ["SECRET_KEY"]\n'${v}'\n`,
        `The Mistral API key is ${v}\n`,
        `my API key is ${h}\n`,
      ];
      for (const text of texts) {
        const out = redactFile(r, 'agent_outputs/session.log', text);
        const value = text.includes(v) ? v : h;
        if (out.includes(value.slice(5, 15))) leaks.push(text);
      }
    }
    assert.deepEqual(leaks.slice(0, 5), []);
  });
});
