/**
 * `unsafePathReason` lets a plain path (letters, digits, `_`, `-`, `.`, no segment starting with a
 * dot) through one regex before its rules (issue 16: every path of a pull met the rules three
 * times). The regex may only accept what every rule accepts, on every platform.
 */
import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { foldsCase } from '../src/adapters/output-target.js';
import { checkDistinctPaths, unsafePathReason } from '../src/core/manifest-schema.js';

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
      // Names Windows reads as another: devices in any case and with any extension, a trailing dot or space, an
      // NTFS alternate stream (`:`), the characters Windows refuses.
      ['con', 'win32'],
      ['a/NUL.txt', 'win32'],
      ['COM1/x', 'win32'],
      ['a/Lpt9.tar.gz', 'win32'],
      ['a/conout$', 'win32'],
      ['a/x.', 'win32'],
      ['a/b /c', 'win32'],
      ['a/notes.txt:secret', 'win32'],
      ['a/x?y', 'win32'],
      ['a/x|y', 'win32'],
    ];
    for (const [p, platform] of refused)
      assert.notEqual(unsafePathReason(p, platform), null, `${p.slice(0, 40)} (${platform})`);
    // Look-alikes of device names are ordinary names; elsewhere the device names are too.
    for (const p of ['a/console.txt', 'connect/x', 'a/nul_x', 'a/com10', 'auxiliary/lpt.txt'])
      assert.equal(unsafePathReason(p, 'win32'), null, p);
    for (const p of ['nul.txt', 'a/CON', 'a/x.']) assert.equal(unsafePathReason(p, 'linux'), null, p);
  });

  it('refuses paths one file system reads as one: Unicode normalisation anywhere, case on macOS and Windows', () => {
    assert.throws(() => checkDistinctPaths(['caf\u00e9', 'cafe\u0301'], 'linux'), /differ only by Unicode/);
    for (const platform of ['darwin', 'win32'] as const) {
      assert.throws(() => checkDistinctPaths(['README', 'readme'], platform), /differ only by case/, platform);
      // A link `A` and a file `a/x`: on a file system that ignores case the file would be written through the link.
      assert.throws(() => checkDistinctPaths(['A', 'a/x'], platform), /is a file or link, and also the folder/);
    }
    checkDistinctPaths(['README', 'readme', 'A', 'a/x'], 'linux');
    // On Linux, a folder found to ignore case (a FAT drive, an ext4 folder with casefold) refuses them too.
    assert.throws(() => checkDistinctPaths(['README', 'readme'], 'linux', true), /differ only by case/);
    assert.throws(() => checkDistinctPaths(['A', 'a/x'], 'linux', true), /is a file or link, and also the folder/);
  });

  it('finds whether a folder ignores case: a temp folder here does not, and a folder with no letter is not probed', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'fold-probe-'));
    try {
      assert.equal(await foldsCase(dir), false);
      // Its upper-case twin made beside it is another folder: still not one that ignores case.
      await mkdir(path.join(tmpdir(), path.basename(dir).toUpperCase()));
      assert.equal(await foldsCase(dir), false);
      assert.equal(await foldsCase(path.join(dir, '..', '123')), false);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await rm(path.join(tmpdir(), path.basename(dir).toUpperCase()), { recursive: true, force: true });
    }
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
