import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import ignore from 'ignore';
import { createExcludeMatcher, DEFAULT_EXCLUDES, defaultReason } from '../src/core/excludes.js';
import { parseSize } from '../src/core/sizes.js';
import { selectTurns } from '../src/core/turn-spec.js';
import { UsageError } from '../src/errors.js';
import { jsonChunks } from '../src/ui/json-writer.js';

describe('parseSize', () => {
  it('reads bytes, binary units and decimals', () => {
    assert.equal(parseSize('500KB'), 512000);
    assert.equal(parseSize('1.5MB'), 1572864);
    assert.equal(parseSize('1048576'), 1048576);
    assert.equal(parseSize('2 GiB'), 2 * 1024 ** 3);
    assert.equal(parseSize('10mb'), 10 * 1024 ** 2);
    assert.equal(parseSize('0'), 0);
  });
  it('rejects what is not a size', () => {
    for (const bad of ['', 'abc', '10XB', '-5', '1.2.3MB', 'MB', '5 M B']) assert.equal(parseSize(bad), undefined, bad);
  });
  it('round-trips any whole number of bytes, KB and MB', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.constantFrom(['', 1], ['B', 1], ['KB', 1024], ['MB', 1024 ** 2]), (n, [unit, mult]) => {
      const bytes = parseSize(`${n}${unit}`);
      return Number.isSafeInteger(n * (mult as number)) ? bytes === n * (mult as number) : bytes === undefined || bytes === n * (mult as number);
    }));
  });
});

describe('selectTurns', () => {
  const five = [1, 2, 3, 4, 5];
  it('understands every documented form', () => {
    assert.deepEqual(selectTurns('all', five), five);
    assert.deepEqual(selectTurns('latest', five), [5]);
    assert.deepEqual(selectTurns('3', five), [1, 2, 3], 'N means the first N turns, as MassGen documents');
    assert.deepEqual(selectTurns('2-4', five), [2, 3, 4]);
    assert.deepEqual(selectTurns('1,3,5', five), [1, 3, 5]);
    assert.deepEqual(selectTurns(' 1, 3 ,4-5 ', five), [1, 3, 4, 5]);
    assert.deepEqual(selectTurns('LATEST', five), [5]);
  });
  it('works on non-contiguous turn numbers', () => {
    const gaps = [1, 2, 7];
    assert.deepEqual(selectTurns('latest', gaps), [7]);
    assert.deepEqual(selectTurns('2', gaps), [1, 2]);
    assert.deepEqual(selectTurns('2-7', gaps), [2, 7]);
  });
  it('rejects bad and out-of-range values with the real turn count', () => {
    for (const bad of ['6', '0', '4-9', '3-2', 'x', '1,,2', '1,9', '-1', '2-']) {
      assert.throws(() => selectTurns(bad, five), (err: unknown) => {
        assert.ok(err instanceof UsageError);
        assert.equal(err.exitCode, 2);
        assert.match(err.message, /the session has 5 turns \(1-5\)/);
        assert.match(err.message, /latest/);
        return true;
      }, bad);
    }
  });
  it('never selects a turn that does not exist, for any list', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 30 }), { minLength: 1 }), fc.string(), (turns, spec) => {
      const available = [...turns].sort((a, b) => a - b);
      try {
        const got = selectTurns(spec, available);
        return got.length > 0 && got.every((t) => available.includes(t)) && got.every((t, i) => i === 0 || t > got[i - 1]!);
      } catch (err) {
        return err instanceof UsageError;
      }
    }));
  });
});

describe('default exclusions', () => {
  // The general gitignore matcher over the same patterns: the fast segment matcher must agree with it.
  const reference = Object.entries(DEFAULT_EXCLUDES).map(([category, patterns]) => [category, ignore({ allowRelativePaths: true }).add(patterns)] as const);
  const referenceReason = (p: string): string | null => reference.find(([, ig]) => ig.ignores(p))?.[0] ?? null;
  // Every literal piece of every pattern, plus near misses, so that random paths hit the edges.
  const words = [...new Set(Object.values(DEFAULT_EXCLUDES).flat().flatMap((p) => p.replace(/^\*\*\//, '').replace(/\/$/, '').split('/')))];
  const segment = fc.oneof(
    fc.constantFrom(...words.map((w) => w.replace(/\*/g, 'x')), ...words.map((w) => w.replace(/\*/g, '')), 'src', 'workspace', '.github', 'a.envx', 'env', 'cache', 'x.egg-info'),
    fc.tuple(fc.constantFrom(...words), fc.constantFrom('', '.bak', 'x', '.1')).map(([w, s]) => w.replace(/\*/g, 'q') + s),
    fc.stringMatching(/^[a-z._-]{1,6}$/),
  );

  const matcher = createExcludeMatcher();
  it('the segment matcher agrees with gitignore semantics on random paths', () => {
    fc.assert(fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), fc.boolean(), (segs, dir) => {
      const p = segs.join('/') + (dir ? '/' : '');
      assert.equal(defaultReason(p), referenceReason(p), p);
      // The walk's form (parents not excluded) agrees wherever its contract holds.
      const parent = segs.slice(0, -1).join('/');
      if (!parent || referenceReason(`${parent}/`) === null) assert.equal(matcher.childReason(segs.join('/'), segs[segs.length - 1]!, dir), referenceReason(p), p);
    }), { numRuns: 5000 });
  });

  it('matches multi-segment defaults anywhere, never by substring', () => {
    assert.equal(defaultReason('turn_1/ws/.yarn/cache/'), 'dependency tree or cache');
    assert.equal(defaultReason('turn_1/ws/.docker/config.json'), 'secret-bearing file');
    assert.equal(defaultReason('turn_1/ws/docker/config.json'), null);
    assert.equal(defaultReason('turn_1/ws/my_node_modules/x.js'), null);
    assert.equal(defaultReason('turn_1/ws/node_modules'), null); // a file named like a directory pattern
    assert.equal(defaultReason('turn_1/ws/node_modules/'), 'dependency tree or cache');
    assert.equal(defaultReason('turn_1/ws/$RECYCLE.BIN/'), 'OS junk');
  });
});

describe('writeJson', () => {
  it('writes exactly what JSON.stringify(value, null, 2) writes, in line-aligned chunks', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), fc.integer({ min: 1, max: 200 }), (v, size) => {
      const chunks = jsonChunks(v, size);
      assert.equal(chunks.join(''), JSON.stringify(v, null, 2));
      for (const c of chunks.slice(1)) assert.ok(c.startsWith('\n'), 'each chunk after the first starts a line');
    }), { numRuns: 2000 });
  });
  it('leaves out undefined members, writes null for undefined items, and honours toJSON', () => {
    const v = { a: undefined, b: [undefined, () => 1, 2], c: { d: new Date(0), e: { f: { g: [1, { h: 'x\ny' }] } } }, s: Symbol('s') };
    assert.equal(jsonChunks(v, 8).join(''), JSON.stringify(v, null, 2));
    assert.deepEqual(jsonChunks([]), ['[]']);
    assert.deepEqual(jsonChunks({}), ['{}']);
  });
});
