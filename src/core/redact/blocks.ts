/**
 * Key blocks that span lines and must reach the shape rules whole: the streaming filter does not
 * cut a piece inside one that has not ended yet (stream.ts's cutPoint holds it back, up to its
 * PEM hold). PEM blocks are held by cutPoint itself; this adds the other multi-line private keys:
 * PuTTY `.ppk` files (from `PuTTY-User-Key-File-` to the `Private-MAC:` line after the private
 * lines) and SSH.com / SSH2 keys (`---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` to its END line).
 */
const BLOCKS: readonly [begin: string, end: string][] = [
  ['PuTTY-User-Key-File-', 'Private-MAC:'],
  ['---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----', '---- END SSH2 ENCRYPTED PRIVATE KEY ----'],
];

/** Where a key block that starts before `cut` and has not ended by it begins, or -1. */
export function unfinishedBlock(buf: string, cut: number): number {
  let start = -1;
  for (const [begin, end] of BLOCKS) {
    // A forward search first: V8's indexOf skips ahead, lastIndexOf compares at every position.
    if (buf.indexOf(begin) === -1) continue;
    const at = buf.lastIndexOf(begin, cut);
    if (at === -1) continue;
    const done = buf.indexOf(end, at);
    if ((done === -1 || done >= cut) && (start === -1 || at < start)) start = at;
  }
  return start;
}
