/**
 * The shape table's prefilter (finder.ts, leading.ts): a prefix rule's literals are looked for
 * only where a token starts, as the strings every match of the rule starts with. These tests pin
 * that reading of the sources and that the gated finder still flags a token wherever startsToken
 * accepts it (after a space, at the start, after an ANSI colour code or a `\n` escape).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingStrings } from '../src/core/redact/leading.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { SHAPE_RULES } from '../src/core/redact/rules.js';

describe('leading strings of a regex source', () => {
  it('expands literals, small classes, groups and alternations, and stops at what it cannot read', () => {
    assert.deepEqual(leadingStrings('(?:hf|api_org)_[A-Za-z]{30,}')?.toSorted(), ['api_org_', 'hf_']);
    assert.deepEqual(leadingStrings('a[ks]-(?=[A-Z])[A-Za-z0-9]{22}')?.toSorted(), ['ak-', 'as-']);
    assert.deepEqual(leadingStrings('(?:EAAA[A-Za-z0-9_-]{56}|sq0(?:atp|csp)-[A-Za-z0-9_-]{22})')?.toSorted(), [
      'EAAA',
      'sq0atp-',
      'sq0csp-',
    ]);
    assert.deepEqual(leadingStrings('A{20,}(?=x)'), ['AAAAAAAA']);
    // A branch that starts with a large class, an optional atom or a lookaround says nothing.
    assert.equal(leadingStrings('[A-Za-z0-9]{32}'), null);
    assert.equal(leadingStrings('(?:abc|[0-9a-f]{8})'), null);
    assert.equal(leadingStrings('x?yz'), null);
    assert.equal(leadingStrings('(?<=a)bc'), null);
  });

  it('reads strings of 2 to 8 characters for the prefix rules of the table, and reads most of them', () => {
    const prefixRules = SHAPE_RULES.filter((r) => r.prefix);
    const read = prefixRules.filter((r) => leadingStrings(r.source) !== null);
    for (const r of read)
      for (const s of leadingStrings(r.source)!) assert.ok(s.length >= 2 && s.length <= 8, `${r.id}: ${s}`);
    assert.ok(read.length >= prefixRules.length * 0.9, `${read.length} of ${prefixRules.length}`);
  });
});

describe('the gated shape finder', () => {
  const body = 'Q7vR2mXk9LpT4sWz8NcY1bHd6FgJ3aKe5UoIi0';
  const token = ['gh', 'p_', body.slice(0, 36)].join('');
  const r = new Redactor();
  for (const [name, text] of [
    ['at the start', `${token} was used`],
    ['after a space', `key in use ${token}`],
    ['after a quote', `"${token}"`],
    ['after an ANSI colour code', `\u001b[31m${token}\u001b[0m`],
    ['after an escaped colour code', `log \\u001b[31m${token}`],
    ['after a JSON \\n escape', JSON.stringify({ log: `line\n${token}` })],
  ] as const) {
    it(`finds a token ${name}`, () => {
      const out = r.redactString(text);
      assert.ok(!out.includes(body.slice(0, 20)), out);
      assert.match(out, /\[REDACTED:github-token\]/);
    });
  }
  // A whole token glued to a letter is a token (attack 13: `tokenghp_…`, `MY_KEYghp_…`: glued.ts); a prefix inside
  // a word with no token after it, and a short ambiguous prefix (`sk-` in `risk-`), stay.
  it('keeps a prefix inside a word, and redacts a whole token glued to one', () => {
    const text = `the xghp_cache_dir and risk-${body}`;
    assert.equal(r.redactString(text), text);
    assert.equal(r.redactString(`the xghp_${body}`), 'the x[REDACTED:github-token]');
  });
});
