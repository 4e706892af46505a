import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseSize } from '../src/core/sizes.js';
import { selectTurns } from '../src/core/turn-spec.js';
import { UsageError } from '../src/errors.js';

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
