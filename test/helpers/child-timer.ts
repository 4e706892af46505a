/**
 * Times a redaction in a child process killed after a minute (an exponential case fails the test instead of hanging
 * the suite): `timer` is an ES module run with `-e`, given the redactor's path and the unit of a hostile line (JSON),
 * that writes its CPU times as JSON.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const redactor = fileURLToPath(new URL('../../src/core/redact/redactor.js', import.meta.url));

export function timeInChild<T>(timer: string, unit: unknown): T {
  let out = '';
  try {
    out = execFileSync(process.execPath, ['--input-type=module', '-e', timer, redactor, JSON.stringify(unit)], {
      encoding: 'utf8',
      timeout: 60_000,
    });
  } catch (e) {
    assert.fail(`${JSON.stringify(unit)}: not done in a minute (${(e as Error).message.split('\n')[0]})`);
  }
  return JSON.parse(out) as T;
}
