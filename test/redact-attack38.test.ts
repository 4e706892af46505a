/**
 * Issue 11, attack 38's false positives (seeded, REDACT_SEED replays): rule messages with a count under a password's
 * name, and values beside code that names a key without holding it (helpers/attack38-benign.ts); and two of its leaks,
 * WordPress's keys and salts and anchored MCP maps (helpers/attack38-leaks.ts).
 */
import { describe } from 'node:test';
import { itIsLinear } from './helpers/child-timer.js';
import { itKeeps, itRedacts } from './helpers/filtered.js';
import { codeNameTwins, messageTwins, nearPlants } from './helpers/attack38-benign.js';
import { MCP_ANCHOR_TWINS, mcpAnchorPlants, WORDPRESS_TWINS, wordpressPlants } from './helpers/attack38-leaks.js';

const SEED = Number(process.env.REDACT_SEED ?? 3801);

describe(`attack 38's false positives (seed ${SEED})`, () => {
  itKeeps('rule messages with a count under a password name, in 13 languages', () => messageTwins(SEED), 26);
  itKeeps('digests beside code that names a key (`apiKey:process.env.X`, `getenv`)', () => codeNameTwins(SEED), 6);
  itRedacts("WordPress's keys and salts outside define(), symbols and all", () => wordpressPlants(SEED + 2), 6);
  itKeeps("WordPress's placeholder and references to its names", () => WORDPRESS_TWINS, 5);
  itRedacts("an MCP server's env map that a YAML anchor names", () => mcpAnchorPlants(SEED + 3), 3);
  itKeeps('settings in an anchored MCP env map', () => MCP_ANCHOR_TWINS, 2);
  itRedacts('keys named in prose, a comment or a fallback, passwords under `pw` or `=`', () => nearPlants(SEED + 1), 7);

  itIsLinear([
    ['WordPress names and quotes', "AUTH_KEY='"],
    ['WordPress values', 'NONCE_SALT=a!'],
    ['anchored MCP maps', 'mcp_servers:\n env: &a\n  X: aB3dE5fG7hJ9kL1mN3pQ\n'],
  ]);
});
