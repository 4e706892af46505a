/**
 * Round 23 (issue 11, categories 3 and 7; multiline23-corpus.ts): a secret whose value spans lines, spread by a format
 * (YAML, TOML, HCL, Python, XML, INI, .properties) or a wrapper (mail quoting, quoted-printable, comments, diffs, lists
 * of lines, `<br>`, hard breaks, CRLF, doubly escaped JSON, notebooks, terminals, panels), goes out redacted; its twins
 * (the same layouts with benign content, certificates, images, lockfiles, SQL, prose) come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { itIsLinear } from './helpers/child-timer.js';
import { SEED, leaks, plants, twins } from './helpers/multiline23-corpus.js';

const r = new Redactor();
const exported = (text: string): string => {
  const f = r.filter({ rel: 'workspace/notes.md' });
  return f.write(text) + f.end();
};

describe(`multiline23: a value spread over lines (seed ${SEED}, REDACT_SEED replays)`, () => {
  it('every layout and value shape goes out redacted', () => {
    const ps = plants(SEED);
    assert.ok(ps.length >= 150, `${ps.length} plants`);
    const leaked = ps.filter((p) => leaks(exported(p.text), p));
    assert.deepEqual(
      leaked.map((p) => `${p.name}: ${JSON.stringify(exported(p.text)).slice(0, 300)}`),
      [],
    );
  });

  it('twins are kept byte for byte', () => {
    const ts = twins(SEED + 1);
    assert.ok(ts.length >= 100, `${ts.length} twins`);
    const changed = ts.filter((t) => exported(t) !== t);
    assert.deepEqual(
      changed.map((t) => `${JSON.stringify(t)} => ${JSON.stringify(exported(t))}`),
      [],
    );
  });
});

describe('multiline23: the new reader stays linear', () => {
  itIsLinear([
    ['names on one line', 'api_key: '],
    ['assignments on one line', 'token=a1B2c3D4'],
    ['names on lines', 'secret_key:\n'],
    ['continued values', 'password: abc\n    def\n'],
    ['marked lines', '# token: Ab3dEf9hIj\n#   Rt5uVw8xYz\n'],
    ['blocks', 'api_key = """\nAb3dEf9hIj\\\n'],
    ['heredocs', 'token = <<EOT\n'],
    ['word diffs', 'secret: {+Ab3dEf9hIj+}\n'],
    ['lists', 'token = ["Ab3dEf9hIj",\n'],
    ['breaks', 'token: a<br>\n'],
  ]);
});
