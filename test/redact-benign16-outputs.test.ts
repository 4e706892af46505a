/**
 * Round 16, false alarms: generated agent outputs that hold no secret (answers about keys, configs with placeholders
 * and references, tool-call logs that mention tokens, logprobs, notebooks, public keys: SSH, WireGuard, JWKS) leave
 * the redactor byte for byte, and the JSON among them still parses; the same placements holding a key are redacted.
 * Also end to end: a slice of them exported by the CLI.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { agentOutputs, agentOutputsWithKeys } from './helpers/agent-outputs-corpus.js';
import { exportWorkspace } from './helpers/workspace-export.js';

const seed = Number(process.env.REDACT_SEED ?? 20261203);

/** The file through the streaming filter, as an export redacts it (in 64 KiB writes). */
function redactFile(redactor: Redactor, rel: string, text: string): string {
  const f = redactor.filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
  return out + f.end();
}

describe('benign16: generated agent outputs', () => {
  it('come out byte for byte (1,120 files)', () => {
    const files = agentOutputs(seed, 160);
    assert.ok(Object.keys(files).length >= 1000);
    const redactor = new Redactor();
    const changed: string[] = [];
    for (const [rel, text] of Object.entries(files)) {
      const out = redactFile(redactor, rel, text);
      if (out !== text) changed.push(`${rel}: ${/.{0,60}\[REDACTED[^\]]*\].{0,20}/.exec(out)?.[0] ?? '(no marker)'}`);
      if (/\.(json|ipynb)$/.test(rel)) JSON.parse(out);
    }
    assert.deepEqual(changed, []);
  });

  it('twin: the same placements holding a key are redacted', () => {
    const { files, keys } = agentOutputsWithKeys(seed + 1, 60);
    const redactor = new Redactor();
    const out = Object.entries(files)
      .map(([rel, text]) => redactFile(redactor, rel, text))
      .join('\n');
    assert.ok(keys.length >= 400);
    assert.deepEqual(
      keys.filter((k) => out.includes(k)),
      [],
    );
  });

  it('end to end: exported unchanged by the CLI', async () => {
    const files = agentOutputs(seed + 2, 12);
    const ex = await exportWorkspace(files, { tag: 'benign16', question: 'Set up the keys' });
    assert.deepEqual(
      [...ex.leftOut.keys()].filter((p) => p in files),
      [],
    );
    const texts = [...ex.written.values()].join('\n');
    assert.doesNotMatch(texts, /\[REDACTED/);
    for (const rel of Object.keys(files)) assert.ok(ex.shared.includes(rel), rel);
    for (const text of Object.values(files)) assert.ok(texts.includes(text.slice(0, 200)));
  });
});
