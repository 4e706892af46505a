/**
 * Link targets written with backslashes (F10): Windows reads `\` as a separator, so the outside-the-directory
 * check counts it as one on every platform; a pulled link may not climb out of DIR that way.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { outsideReason } from '../src/adapters/link-targets.js';

describe('link targets with backslashes', () => {
  it('climbing out with \\ (or / and \\ mixed) is outside the directory, on every platform', () => {
    for (const target of ['..\\..\\x', '..\\..\\..\\Users\\victim\\.ssh', '..\\../x', 'a\\..\\..\\..\\x'])
      assert.equal(outsideReason('t/l', target), 'its target is outside the directory', target);
  });
  it('a target that stays inside keeps working', () => {
    for (const target of ['..\\x', 'a\\b', '../x', 'a\\..\\b'])
      assert.equal(outsideReason('t/l', target), null, target);
  });
});
