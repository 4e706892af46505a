/**
 * `unsafePathReason` lets a plain path (letters, digits, `_`, `-`, `.`, no segment starting with a
 * dot) through one regex before its rules (issue 16: every path of a pull met the rules three
 * times). The regex may only accept what every rule accepts, on every platform.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { unsafePathReason } from '../src/core/manifest-schema.js';

describe('unsafePathReason: plain paths through one regex, the rest through the rules', () => {
  it('accepts plain paths, and refuses on every platform what any rule refuses', () => {
    for (const p of ['a', 'turn_1/attempt_1/agent_a/workspace/src/mod_1.ts', 'a-b/c.d.e/_x', 'x'.repeat(255)])
      for (const platform of ['linux', 'darwin', 'win32'] as const)
        assert.equal(unsafePathReason(p, platform), null, p);
    const refused: [string, NodeJS.Platform][] = [
      ['', 'linux'],
      ['/etc/passwd', 'linux'],
      ['C:/x', 'win32'],
      ['a\\b', 'win32'],
      ['a/\0', 'linux'],
      ['../x', 'linux'],
      ['a/../x', 'linux'],
      ['a//b', 'linux'],
      ['./a', 'linux'],
      ['a/', 'linux'],
      ['x'.repeat(256), 'linux'],
      [`a/${'é'.repeat(128)}`, 'linux'],
      ['.git/config', 'linux'],
      ['a/.GIT/hooks/pre-commit', 'linux'],
      ['a/.git./x', 'win32'],
      ['a/.hg/hgrc', 'linux'],
      ['GIT~1/config', 'win32'],
      ['hg~2/x', 'linux'],
      [Array.from({ length: 1001 }, () => 'a').join('/'), 'linux'],
    ];
    for (const [p, platform] of refused)
      assert.notEqual(unsafePathReason(p, platform), null, `${p.slice(0, 40)} (${platform})`);
  });

  it("gives the rules' answer for random paths built from the characters that matter", () => {
    // Past 1,024 characters no path takes the regex: behind 520 plain folders, the rules alone answer for the same
    // names (a leading `/` or drive would no longer lead, so those are left to the list above).
    const behind = 'a/'.repeat(520);
    let seed = 16;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const pieces = [
      'a',
      'Z',
      '0',
      '_',
      '-',
      '.',
      '..',
      '/',
      '//',
      '.git',
      'GIT~1',
      '.hg',
      'x.',
      ' ',
      '~',
      ':',
      '\\',
      'é',
    ];
    let plain = 0;
    for (let i = 0; i < 20000; i++) {
      const p = Array.from({ length: 1 + next(8) }, () => pieces[next(pieces.length)]).join('');
      if (p.startsWith('/') || /^[a-zA-Z]:/.test(p)) continue;
      for (const platform of ['linux', 'win32'] as const) {
        const fast = unsafePathReason(p, platform) === null;
        assert.equal(fast, unsafePathReason(behind + p, platform) === null, `${JSON.stringify(p)} (${platform})`);
        if (fast && /^[\w./-]+$/.test(p)) plain++;
      }
    }
    assert.ok(plain > 1000, `${plain} plain paths accepted`);
  });
});
