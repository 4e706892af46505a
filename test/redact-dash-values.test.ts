import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

/**
 * A quoted password may start with `-` (`redis-cli -a '-cxA3t8M_%7*l4'`): inside quotes it is a value, not the next
 * flag. Unquoted, `-a -x` still reads as two flags, and a quoted flag (`--password '--stdin'`) stays.
 */
describe('quoted command-line passwords starting with a dash', () => {
  const rand = rng(Number(process.env.REDACT_SEED ?? 5151));
  const tok = randomToken(rand);
  const value = (): string =>
    `-${tok('abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789', 9)}%${Math.floor(rand() * 90) + 10}*q`;
  const planted: Planted[] = [
    ['history.txt', (v) => `$ redis-cli -h cache.internal -a '${v}' ping\nPONG\n`, value],
    ['run.sh', (v) => `redis-cli -p 6380 -a "${v}" --no-auth-warning info\n`, value],
    ['notes.md', (v) => `    mysql -u root -p'${v}' agents\n`, value],
    ['deploy.sh', (v) => `keytool -list -keystore app.jks -storepass '${v}'\n`, value],
    ['setup.log', (v) => `mysqladmin -u root --password="${v}" status\n`, value],
  ];
  it('redacts them', () => {
    assert.deepEqual(leakedPlacements(planted, 5), []);
  });
  it('keeps flags, quoted or not', () => {
    assert.deepEqual(
      damaged([
        ['a.sh', "docker login --username bot --password '--stdin' ghcr.io\n"],
        ['b.sh', "redis-cli -a '-' ping\nredis-cli -a -n 2 ping\n"],
        ['c.sh', "keytool -storepass '-' -list\ngrep -a '-e' file.bin\n"],
      ]),
      [],
    );
  });
});
