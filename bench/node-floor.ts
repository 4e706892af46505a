/**
 * What any Node.js program pays for the dry run's unavoidable work, for context beside the
 * `find` + `cat` floor: `node dist/bench/node-floor.js ROOT LIST PRUNE...` lists every directory
 * under ROOT (names in PRUNE are not entered), `lstat`s every file (the export needs each file's
 * size for its limits and its listing; `find` never asks for it) and reads the files named in
 * LIST (NUL-separated), with the synchronous calls, which are the fastest Node has for this.
 * No exclusions beyond PRUNE, no ordering, no redaction, no output: a lower bound, not a design.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const [root, list, ...prune] = process.argv.slice(2);
if (!root || !list) throw new Error('usage: node-floor ROOT LIST [PRUNE...]');
const pruned = new Set(prune);
let files = 0;
let bytes = 0;
const stack = [root];
while (stack.length > 0) {
  const dir = stack.pop()!;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) {
      if (!pruned.has(d.name)) stack.push(p);
    } else if (d.isFile()) {
      files++;
      bytes += lstatSync(p).size;
    }
  }
}
let read = 0;
for (const f of readFileSync(list, 'utf8').split('\0')) if (f) read += readFileSync(f).length;
process.stdout.write(`${JSON.stringify({ files, bytes, read })}\n`);
