/**
 * Keys a recipient recovers in one simple step: spelled one character at a time (spelled.ts), written in another
 * radix (radix.ts), reversed or in rot13 (flipped.ts), assembled from string pieces or reversed in code (pieces.ts,
 * assembled.ts), or in runs of one code per character and other encodings one command undoes (code-runs.ts). Each
 * finder gives
 * candidates: a range of the original and the text it decodes to. The decoded text is scanned by the other passes
 * (`detect`, the known values included); a candidate whose finder says a random-looking token is enough is replaced
 * when it decodes to one. A candidate in pieces has each piece replaced (quotes and separators stay).
 */
import { assembledCandidates } from './assembled.js';
import { byteListCandidates } from './byte-lists.js';
import type { Candidate } from './candidate.js';
import { randomToken } from './credential-values.js';
import { decodedIdentifier } from './learn-gate.js';
import { codeRunCandidates } from './code-runs.js';
import { decoratedCandidates } from './decorated-runs.js';
import { completeForm } from './split.js';
import { flippedCandidates } from './flipped.js';
import type { Hit, Pass } from './pass.js';
import { runPass } from './pass.js';
import { pieceCandidates } from './pieces.js';
import { STUB_RULE } from './stubs.js';
import { namesA85, radixCandidates, uuBegins } from './radix.js';
import type { View } from './normalise.js';
import { spelledCandidates } from './spelled.js';

/** The most candidates decoded per piece of text (bounds the work on hostile input). */
const MAX_CANDIDATES = 256;

const FINDERS: readonly ((text: string) => Candidate[])[] = [
  (text) => spelledCandidates(text),
  byteListCandidates,
  radixCandidates,
  flippedCandidates,
  pieceCandidates,
  assembledCandidates,
  codeRunCandidates,
  decoratedCandidates,
];

/** One random-looking token (an assignment, `OPENAI_MODEL=gpt-4o`, is not one). */
const oneToken = (s: string): boolean => /^[A-Za-z0-9_+/-]+={0,2}$/.test(s) && randomToken(s) && !decodedIdentifier(s);

/** True when `piece` alone is a complete token of a fixed-length family (split.ts), or holds a known value. */
const whole = (piece: string, detect: (text: string) => string | null): boolean => {
  const rule = detect(piece);
  // A known value in a piece is whole there (it is found wherever it is; `["refresh", "<learned>"]`: attack 48).
  return rule !== null && (completeForm(rule, piece) || rule.startsWith('known-value'));
};

/**
 * A piece `--name=<key>` or `name:<key>` whose key a rule finds in it alone, and that no piece continues: the last, or
 * one before another flag (`["--token=ghp_AbCd…", "GhIj…"]` is a key cut in two).
 */
function settingPiece(
  piece: string,
  next: readonly [number, number] | undefined,
  text: string,
  detect: (text: string) => string | null,
): boolean {
  if (!/^-{0,2}[A-Za-z][\w.-]{0,40}[=:]./.test(piece) || (next !== undefined && text[next[0]] !== '-')) return false;
  return detect(piece) !== null;
}

/** Says which rule finds a secret in text overlapping [start, end), or null. */
type DetectAt = (text: string, start: number, end: number) => string | null;

/** How much of the line around a run its context takes (a name before it, a quote or `;` after). */
const BEFORE = 160;
const AFTER = 48;

/**
 * A name a run's line gives it: the identifiers before the run (the last six: `Dim token As Byte() = New Byte() {`)
 * and after it (the first three); a dotted name's parts apart (`authToken.txt`, `process.env.API_KEY`).
 */
const IDENT = /[A-Za-z_][\w-]*/g;

/**
 * The rule a run decoded in place finds: its line, the run replaced by what it decodes to, judged by every pass (a name
 * before it says secret: `API_KEY = "\145\155…"`), and each name around it assigned the decoded text (a call or an
 * array around the codes: `API_KEY = String.fromCharCode(…)`, `printf '\x…' > ~/.app/password`); each only when the
 * same text with a neutral word in the run's place holds none.
 */
function inContext(
  text: string,
  [s, e]: readonly [number, number],
  decoded: string,
  detectAt: DetectAt,
): string | null {
  if (/[\n\r"]/.test(decoded)) return null;
  let nl = text.lastIndexOf('\n', s - 1);
  // A list opened on the line before (`KEY[] = {` and the codes below it), or printed under the line that asked for
  // it (`> apiKey` then `<Buffer 73 …>`, `np.frombuffer(secret)` then `array([…`: nothing assigned on the run's line):
  // that line names it.
  const own = text.slice(nl + 1, s).replace(/^\s*=>/, '');
  if (nl > 0 && s - nl <= BEFORE && !/[=:]/.test(own)) nl = text.lastIndexOf('\n', nl - 1);
  const stop = text.indexOf('\n', e);
  const head = text.slice(Math.max(nl + 1, s - BEFORE), s);
  const tail = text.slice(e, Math.min(stop === -1 ? text.length : stop, e + AFTER));
  const names = [...(head.match(IDENT) ?? []).slice(-6), ...(tail.match(IDENT) ?? []).slice(0, 3)];
  const forms: [string, string][] = [[head, tail], ...names.map((n): [string, string] => [`${n} = "`, '"'])];
  for (const [before, after] of forms) {
    const rule = detectAt(before + decoded + after, before.length, before.length + decoded.length);
    if (rule !== null && detectAt(`${before}none${after}`, before.length, before.length + 4) === null) return rule;
  }
  return null;
}

/**
 * Decodes the candidates of every finder, and adds the hits of those that hold a secret. A spaced window is not judged
 * by its line's names: the whole spread run is (spelled.ts), and a window's hit would keep it out.
 */
function decodeAll(text: string, detect: (text: string) => string | null, detectAt: DetectAt, hits: Hit[]): void {
  let budget = MAX_CANDIDATES;
  for (const find of FINDERS) {
    for (const c of find(text)) {
      if (budget-- <= 0) return;
      const rule =
        detect(c.decoded) ??
        (c.secret || (c.random && oneToken(c.decoded.trim())) ? 'random-token' : null) ??
        ((c.random || c.named) && c.ranges.length === 1 && c.kind !== 'spaced'
          ? inContext(text, c.ranges[0]!, c.decoded, detectAt)
          : null);
      // A key's first part (stubs.ts) is read in a token, not across pieces joined.
      if (!rule || (rule === STUB_RULE && c.ranges.length > 1)) continue;
      // Pieces one of which is a whole key already (a key, then `+ "<sha>"`): that piece is found alone, the rest kept.
      if (c.ranges.length > 1 && c.ranges.some(([s, e]) => whole(text.slice(s, e), detect))) continue;
      // A piece that is a flag or a setting holding the key whole (`["-y", "firecrawl-mcp", "--api-key=<key>"]`, an MCP
      // server's arguments) is found alone; the other arguments are no pieces of it.
      if (c.ranges.some(([s, e], k) => settingPiece(text.slice(s, e), c.ranges[k + 1], text, detect))) continue;
      for (const [start, end] of c.ranges)
        hits.push({
          rule: c.block ? 'encoded-secret-block' : 'encoded-secret',
          start,
          end,
          label: `${c.kind}:${rule}`,
        });
    }
  }
}

/** Twelve `\xHH`, `\u00HH` or octal escapes of printable ASCII in a row (code-runs.ts reads them). */
const ESCAPE_RUN = /(?:\\x[2-7][0-9a-fA-F]|\\u00[2-7][0-9a-fA-F]|\\0?[0-3][0-7]{2}){12}/;
/** An `od -c` row's escaped cell beside a character's (the view decodes `\n`, which cuts the row). */
const OD_ESCAPE = / {3}[!-~] {2}\\[0nt]| {2}\\[0nt] {3}[!-~]/;

/** A run of tag characters or variation selectors (decorated-runs.ts), which the view reads as nothing. */
const SMUGGLED = /(?:\udb40[\udc20-\udc7e]|[\ufe00-\ufe0f]|\udb40[\udd00-\uddef]){12}/;

/** The pass; `detect` says which rule the decoded text holds a secret of, or null. */
export function oneStepPass(detect: (text: string) => string | null, detectAt: DetectAt): Pass {
  let depth = 0;
  const pass = runPass((text) => {
    const hits: Hit[] = [];
    // Decoded text is scanned by every pass, this one too: one level inside another (a reversed key in base32), no
    // more (a reversed key holds its own prefix reversed again).
    if (depth >= 2) return hits;
    depth++;
    try {
      decodeAll(text, detect, detectAt, hits);
    } finally {
      depth--;
    }
    return hits.sort((a, b) => a.start - b.start);
  });
  // ascii85 and uuencode use `\`, `%` and `&`, which the normalised view decodes: read on the original.
  // A run of `\xHH`, `\u00HH` or octal escapes, which the view decodes in place, is read on the original for a name
  // around it.
  const rawOnlyIn = (text: string, view: View): boolean =>
    text.includes('<~') ||
    uuBegins(view.text) ||
    namesA85(view.text) ||
    ESCAPE_RUN.test(text) ||
    // Tag characters and variation selectors carrying text, which the view takes out (decorated-runs.ts).
    SMUGGLED.test(text) ||
    (text.includes('  \\') && OD_ESCAPE.test(text));
  return { ...pass, raw: true, rawOnlyIn };
}
