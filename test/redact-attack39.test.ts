/**
 * Issue 11, attack 39's false positives (seeded, REDACT_SEED replays): PowerShell's environment reads, a chat's
 * messages read joined, and a known key's provider prefix alone in a document (helpers/attack39-benign.ts). The
 * prefix must be kept while a preview cut after a key's first random characters and the key's pieces are still taken.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { filtered, itKeeps, leaksWindow } from './helpers/filtered.js';
import { chatTwins, powershellTwins } from './helpers/attack39-benign.js';
import { gen } from './helpers/glue15-tokens.js';

const SEED = Number(process.env.REDACT_SEED ?? 3901);

describe(`attack 39's false positives (seed ${SEED})`, () => {
  itKeeps("PowerShell's `$env:X` reads under secret names", () => powershellTwins(SEED), 6);
  itKeeps("a chat's question about a key, then the next message", () => chatTwins(SEED + 1), 5);

  it("a known key's provider prefix alone is kept; its previews and pieces are not", () => {
    const r = gen(SEED + 2);
    const keys = [
      { name: 'ANTHROPIC_API_KEY', prefix: 'sk-ant-api03-', value: `sk-ant-api03-${r('url', 93)}AA` },
      { name: 'OPENAI_API_KEY', prefix: 'sk-proj-', value: `sk-proj-${r('url', 74)}T3BlbkFJ${r('url', 74)}` },
      { name: 'GITHUB_TOKEN', prefix: 'github_pat_', value: `github_pat_11${r('up', 20)}_${r('alnum', 59)}` },
    ];
    const redactor = new Redactor({ knownValues: keys.map(({ name, value }) => ({ name, value })) });
    const doc = keys.map((k) => `- ${k.name} values start with \`${k.prefix}\`; see ${k.prefix.replace(/[-_]$/, '')}.`);
    assert.equal(filtered(redactor, 'docs/TOKEN_FORMATS.md', `${doc.join('\n')}\n`), `${doc.join('\n')}\n`);
    for (const k of keys) {
      const preview = k.value.slice(0, k.prefix.length + 12);
      const half = Math.floor(k.value.length / 2);
      const text = `preview: ${preview}\nparts: "${k.value.slice(0, half)}" + "${k.value.slice(half)}"\n`;
      const out = filtered(redactor, 'notes/key.txt', text);
      assert.ok(!leaksWindow(out, k.value.slice(k.prefix.length)), out);
    }
  });
});
