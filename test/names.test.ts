import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import {
  assignNames,
  escapedName,
  MAX_NAME_BYTES,
  parseFlatName,
  plainName,
  viewerUnflatten,
} from '../src/core/names.js';

describe('gist file names', () => {
  it("keeps MassGen's exact name when it reads back unambiguously", () => {
    assert.equal(
      plainName(1, 1, 'agent_a/20260131_101530_654321/workspace/index.html'),
      'turn_1__attempt_1__agent_a__20260131_101530_654321__workspace__index.html',
    );
    assert.equal(plainName(2, 3, 'status.json'), 'turn_2__attempt_3__status.json');
  });
  it('escapes what the Viewer would misread: __init__.py, leading or trailing underscores', () => {
    assert.equal(plainName(1, 1, 'ws/pkg/__init__.py'), null);
    assert.equal(plainName(1, 1, 'ws/trailing_/x'), null, 'trailing___x would read back as trailing/_x');
    assert.equal(
      plainName(1, 1, 'ws/_private.py'),
      'turn_1__attempt_1__ws___private.py',
      'ws___private reads back as ws/_private',
    );
    const name = escapedName(1, 1, 'ws/pkg/__init__.py');
    assert.equal(name, 'turn_1__attempt_1__ws__pkg__%5F%5Finit%5F%5F.py');
    assert.equal(
      viewerUnflatten(name),
      'turn_1/attempt_1/ws/pkg/%5F%5Finit%5F%5F.py',
      'the Viewer shows the right folders',
    );
  });
  it('gives paths that MassGen would flatten to one name two different names', () => {
    const names = assignNames([
      { turn: 1, attempt: 1, attemptRel: 'a/b__c.txt' },
      { turn: 1, attempt: 1, attemptRel: 'a__b/c.txt' },
    ]);
    assert.notEqual(names[0], names[1]);
    assert.deepEqual(
      names.map((n) => parseFlatName(n)!.attemptRel),
      ['a/b__c.txt', 'a__b/c.txt'],
    );
  });
  it('separates names that differ only in case, deterministically', () => {
    const reqs = [
      { turn: 1, attempt: 1, attemptRel: 'README.md' },
      { turn: 1, attempt: 1, attemptRel: 'readme.md' },
    ];
    const a = assignNames(reqs);
    const b = assignNames([...reqs].reverse()).reverse();
    assert.deepEqual(a, b);
    assert.notEqual(a[0]!.toLowerCase(), a[1]!.toLowerCase());
    assert.equal(a[0], 'turn_1__attempt_1__README.md');
  });
  it('shortens names over 255 bytes, keeping the start and the extension', () => {
    const deep = `agent_a/20260131_101530_654321/workspace/${'très_long_dossier_'.repeat(12)}/${'x'.repeat(200)}/report.md`;
    const [name] = assignNames([{ turn: 1, attempt: 1, attemptRel: deep }]);
    assert.ok(Buffer.byteLength(name!) <= MAX_NAME_BYTES);
    assert.ok(name!.startsWith('turn_1__attempt_1__agent_a__20260131_101530_654321__workspace__'));
    assert.ok(name!.endsWith('.md'));
  });
  it('escapes control characters and percent signs', () => {
    const [name] = assignNames([{ turn: 1, attempt: 1, attemptRel: 'ws/line\nbreak%20.txt' }]);
    assert.ok(!/[\n]/.test(name!));
    assert.equal(parseFlatName(name!)!.attemptRel, 'ws/line\nbreak%20.txt');
  });

  it('escapes every character that reorders or hides what a name shows (bidi controls, zero-width, C1, BOM)', () => {
    // Every format (Cf) and control (Cc) character, tag characters among them: none reaches a gist name as itself.
    const hidden: string[] = [];
    for (let c = 0; c < 0x110000; c++) {
      const ch = String.fromCodePoint(c);
      if (/^[\p{Cf}\p{Cc}]$/u.test(ch)) hidden.push(ch);
    }
    assert.ok(hidden.length > 200, `${hidden.length} characters`);
    const rels = hidden.map((ch) => `ws/a${ch}txt.exe`);
    const names = assignNames(rels.map((attemptRel) => ({ turn: 1, attempt: 1, attemptRel })));
    const raw = names.filter((n) => /[\p{Cf}\p{Cc}]/u.test(n));
    assert.deepEqual(raw, []);
    names.forEach((n, i) => assert.equal(parseFlatName(n)!.attemptRel, rels[i]));
  });

  const segment = fc.stringMatching(/^[a-zA-Z0-9_.%\- \u00e9\u65e5\n]{1,12}$/).filter((s) => s !== '.' && s !== '..');
  const relPath = fc.array(segment, { minLength: 1, maxLength: 6 }).map((segs) => segs.join('/'));

  it('property: every name reads back to its path (unless shortened), is unique and bounded', () => {
    fc.assert(
      fc.property(fc.uniqueArray(relPath, { minLength: 1, maxLength: 25 }), (paths) => {
        const reqs = paths.map((p, i) => ({ turn: 1 + (i % 2), attempt: 1, attemptRel: p }));
        const names = assignNames(reqs);
        const lower = new Set(names.map((n) => n.toLowerCase()));
        if (lower.size !== names.length) return false;
        return names.every((n, i) => {
          if (Buffer.byteLength(n) > MAX_NAME_BYTES || n.includes('/')) return false;
          if (n.includes('~')) return true; // shortened or de-duplicated: the manifest maps it back
          const back = parseFlatName(n);
          return back !== null && back.attemptRel === reqs[i]!.attemptRel && back.turn === reqs[i]!.turn;
        });
      }),
      { numRuns: 300 },
    );
  });
  it('property: a plain name is exactly what the Viewer reads back', () => {
    fc.assert(
      fc.property(relPath, (p) => {
        const name = plainName(1, 2, p);
        return name === null || viewerUnflatten(name) === `turn_1/attempt_2/${p}`;
      }),
      { numRuns: 500 },
    );
  });
});
