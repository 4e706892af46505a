/**
 * Round 22 (issue 11; nextline22-corpus.ts): a secret on the line(s) after its label (a heading, a bold line, a
 * sentence, a `label:` line, a comment, a diff's added line, a quoted line, an HTML line before `<br>`), in a fenced or
 * indented block or alone on the next line; its twins (the same labels before code, names, placeholders, prose, and id
 * labels before hashes and UUIDs) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nextLinePass } from '../src/core/redact/next-lines.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { SEED, leaks, plants, twins } from './helpers/nextline22-corpus.js';

const r = new Redactor();

/**
 * Twins other passes change on the base commit too (open, not this reader's): a model name under a YAML `secret:`
 * and after `token:<br>` (key-name pass), `password for <Provider>:**` (prose-credentials), a line after a
 * continuation of `os.environ[…]`/`echo $X` (command-outputs), `NAME=<your-key>` after `<br>`, a commit under
 * `Token refresh fix:` (near-labels, prose-credentials), a UUID after `Password reset flow:<br>` (prose-credentials).
 */
const OPEN_TWINS =
  /^[a-z_]+:\n {2}\w+:\n {4}(?:claude|gpt|mistral)-|<br>(?:gpt|claude|mistral)-|password for [A-Za-z]+:\*\*|= \\\n {4}(?:os\.environ|echo \$|vault kv get)|<br>[A-Z_]+=<your-key>|Token refresh fix:|Password reset flow:/;
/** The new reader alone: it finds nothing in any twin, the open ones too. */
const pass = nextLinePass();
const exported = (text: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(text) + f.end();
};

describe(`nextline22: a value on the line(s) after its label (seed ${SEED}, REDACT_SEED replays)`, () => {
  it('every layout, label and value shape goes out redacted', () => {
    const ps = plants(SEED);
    assert.ok(ps.length >= 100, `${ps.length} plants`);
    const leaked = ps.filter((p) => leaks(exported(p.text), p));
    assert.deepEqual(
      leaked.map((p) => `${p.name}: ${JSON.stringify(exported(p.text)).slice(0, 240)}`),
      [],
    );
  });

  it('twins are kept byte for byte', () => {
    const all = twins(SEED + 1);
    assert.deepEqual(
      all.filter((t) => pass.run!(t).length > 0),
      [],
    );
    const ts = all.filter((t) => !OPEN_TWINS.test(t));
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts.filter((t) => exported(t) !== t);
    assert.deepEqual(
      changed.map((t) => `${JSON.stringify(t)} => ${JSON.stringify(exported(t))}`),
      [],
    );
  });
});

describe('nextline22: the new reader stays linear', () => {
  itIsLinear([
    ['labels on one line', '### Stripe API key: '],
    ['labels on lines', '### Stripe API key:\n'],
    ['labels and fences', '**Groq token:**\n```\n'],
    ['quoted labels', '> Here is the token:\n> '],
    ['comment labels', '# Slack token\n# '],
    ['br labels', 'password:<br>'],
  ]);
});
