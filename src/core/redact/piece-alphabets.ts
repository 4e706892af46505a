/**
 * Whether two runs of token characters cut by a line break (or another separator) can be pieces of one random token,
 * judged by the characters they use: a random token draws every piece from one alphabet, so a piece of 20 characters
 * or more with no capital after one of 16 or more with both cases is another value (probability (36/62)^20, under
 * 2e-5), as is one with letters past `f` after a run of hex digits. Attack 59: a Stripe key at a line's end and an
 * IPFS CID (lower-case base32) on the next line were joined into one 107-character key; a bare SHA-256 after a line
 * holding a password, an id after `fly secrets set`.
 */

/** The letter cases a run holds: 1 lower case, 2 capitals, 3 both (0: none). */
function cases(run: string): number {
  return (/[a-z]/.test(run) ? 1 : 0) | (/[A-Z]/.test(run) ? 2 : 0);
}

const HEX = /^[0-9a-f]+$/;
/**
 * The last segment of a piece (after its last `-`, `_`, `.`, `/` or `+`: a prefix's words, a URL's path, are no random
 * run), 64 at most; and the first of the next.
 */
const LAST_RUN = /[A-Za-z0-9]{0,64}$/;
const FIRST_RUN = /^[A-Za-z0-9]{0,64}/;

/** True when `right` (what follows the cut) cannot go on the random run `left` ends in (see the file's comment). */
export function alphabetBreak(left: string, right: string): boolean {
  // (`0x` before hex digits is their mark, not a letter of theirs: `PRIVATE_KEY=0x<hex>` wrapped.)
  const l = LAST_RUN.exec(left)![0].replace(/^0x(?=[0-9a-fA-F])/, '');
  const r = FIRST_RUN.exec(right)![0];
  if (l.length < 16 || r.length < 20) return false;
  const [lc, rc] = [cases(l), cases(r)];
  if ((lc === 3) !== (rc === 3)) return true;
  // Hex digits then other letters, or the other way round (both one case: a lower-case token's run of 20 hex digits
  // by chance is (16/36)^20, under 1e-7).
  return HEX.test(l) !== HEX.test(r) && lc !== 2 && rc !== 2;
}
