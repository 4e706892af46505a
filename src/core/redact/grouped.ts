/**
 * Tokens cut by the text's own structure rather than by a layout: printed in groups of a few characters (`sk-a nt-a
 * pi03 …`, a 40-hex key as `a3f9 0c1d …`, `ABCD-EF12-…`), as people "obscure" a key and terminal UIs print one, and
 * split over the elements of an array that code joins (`["sk-an", "t-api03-…"].join("")`, `"".join(["ghp_ab", …])`, a
 * tool call's JSON array whose next element holds the tail). The text is read with the cuts taken out (joined.ts) by
 * the passes before this one (a key name before the groups counts); only a hit that crosses a cut is kept. Each
 * group's hit is one placeholder over the whole chain (the blanks between groups are no syntax); each element's is
 * replaced in place (quotes and commas stay: the JSON, JS or Python still parses).
 *
 * A chain of groups is 4 groups or more of one length (3 to 8 characters; the last may be shorter) between single
 * blanks, or of 4 to 8 between dashes, a quarter of them at least not a word (a word: lower-case letters after at
 * most one capital, or digits alone): prose (`this will make sure`) and numbers are no chain. Two elements are joined
 * when both sides of `", "` are token characters and together they read as random (letters and digits, or both cases).
 */
import { isTokenChar } from './escapes.js';
import { nextChainMatch } from './chain-starts.js';
import { elementCuts } from './elements.js';
import { readsRandom } from './glue-reading.js';
import { disjoint, joinCuts, joinInside, mappedHits } from './joined.js';
import { wordShaped } from './natural-text.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { anyCompleteForm } from './split.js';

/** A group's characters: a token's, with `.` and `=`. */
const X = '[A-Za-z0-9_+/=.-]';
const isGroupChar = (c: number): boolean => isTokenChar(c) || c === 46 || c === 61;
/**
 * The separators of a chain whose groups keep their own characters: one or two blanks, a tab, a no-break space, a
 * bullet, a middle dot or a bar (blanks around it or none), a colon, `, `, ` - `.
 */
const SEP = ' {1,2}|\\t|\\u00a0| ?[\\u2022\\u00b7|] ?|:|, | - ';
/**
 * Where a chain may start: three groups between one separator (SEP, the same twice), or three of 4 to 8 characters
 * between dashes, dots, slashes or underscores (group characters themselves: the groups' length tells them apart). A
 * start inside a longer run is found by the code: a lookbehind made the scan slower.
 */
const CHAIN_AT = new RegExp(`(?:${X}{3,8}(${SEP})${X}{3,8}\\1${X}{3,8}|${X}{4,8}([-./_])${X}{4,8}\\2${X})`, 'y');
/** The most groups read from one start, and of a run of one length (a token's 300 characters in threes). */
const MAX_GROUPS = 128;
const MAX_RUN = 100;
const MIN_GROUPS = 4;

/** A word (its shape: a vowel in four letters), or digits alone: no piece of a random token. */
const wordyOf = (g: string): boolean =>
  /^(?:[0-9]+|[A-Z]?[a-z]+[.,:;!?]?)$/.test(g) && (/^[0-9]+$/.test(g) || wordShaped(g.replace(/[^A-Za-z]/g, '')));
/** A byte of a list (`0x89`, `&H0D`): lists of bytes are byte-lists.ts's, and a list of 8 is a file's magic. */
const BYTE_ITEM = /^(?:0[xX]|&H)[0-9a-fA-F]{1,2}$/;
/** wordyOf's answers (groups are 8 characters at most: prose repeats its words), emptied when full. */
const WORDY = new Map<string, boolean>();
function wordy(g: string): boolean {
  let w = WORDY.get(g);
  if (w === undefined) {
    if (WORDY.size >= 4096) WORDY.clear();
    WORDY.set(g, (w = wordyOf(g)));
  }
  return w;
}

/** The groups of a chain between `sep` from `at`: runs of group characters, 8 at most, each followed by `sep`. */
function spacedGroups(text: string, at: number, sep: string): [number, number][] {
  const groups: [number, number][] = [];
  for (let i = at; groups.length < MAX_GROUPS;) {
    let e = i;
    while (e < text.length && e - i <= 8 && isGroupChar(text.charCodeAt(e))) e++;
    if (e === i || e - i > 8) break;
    groups.push([i, e]);
    if (!text.startsWith(sep, e) || !isGroupChar(text.charCodeAt(e + sep.length))) break;
    i = e + sep.length;
  }
  return groups;
}

/**
 * The groups of a chain between dashes from `at`: `n` group characters (a token's own dash among them), then a dash.
 */
function dashedGroupsOf(text: string, at: number, n: number, sep: number): [number, number][] {
  const groups: [number, number][] = [];
  for (let i = at; groups.length < MAX_GROUPS;) {
    let e = i;
    while (e < text.length && e - i < n && isGroupChar(text.charCodeAt(e))) e++;
    if (e === i) break;
    const full = e - i === n;
    // A last group stops short, or is followed by no group character (`…-ab12` then a blank).
    if (full && text.charCodeAt(e) === sep && isGroupChar(text.charCodeAt(e + 1))) {
      groups.push([i, e]);
      i = e + 1;
      continue;
    }
    if (!isGroupChar(text.charCodeAt(e))) groups.push([i, e]);
    break;
  }
  return groups;
}

/** Group lengths between dashes: 4 first (a tie keeps it), then 5, 6, 8 (and 7). */
const DASHED = [4, 5, 6, 8, 7];
/** The group characters that may cut a chain. */
const FIXED_SEPS = ['-', '.', '/', '_'];

/** The longest chain between dashes from `at` over the lengths of DASHED. */
function dashedGroups(text: string, at: number, sep: number): [number, number][] {
  let best: [number, number][] = [];
  for (const n of DASHED) {
    const groups = dashedGroupsOf(text, at, n, sep);
    if (groups.length > best.length) best = groups;
  }
  return best;
}

/** A hex dump's line start before a chain: an offset (`00000010:`, od's `0000020`, `0x7ffd5e3c:`), then blanks. */
const DUMP_OFFSET = /(?:^|[\n\r"'`]|\\n)[ \t]*(?:0x)?[0-9a-fA-F]{4,16}:?[ \t]+$/;
/** A dump line's characters after its bytes: two blanks or more, then anything (`|api_key:|`, `api_key: ${OPENA`). */
const DUMP_CHARS = /^ {2,}\S/;
const HEX_GROUP = /^[0-9a-fA-F]+$/;

/**
 * The groups of `run` read as a token's pieces: together they read as random (no words joined: a changelog's `pass
 * sizeof+1 pointers in`), and they are no hex dump's bytes (all hex, after an offset at the line's start or before
 * the dump's characters column: `xxd`, `hexdump`, `od -x`; dumps.ts decodes dumps).
 */
function tokenChain(text: string, run: readonly [number, number][], sep: string): boolean {
  const [s, e] = [run[0]![0], run.at(-1)![1]];
  const body = run.map(([a, b]) => text.slice(a, b)).join('');
  if (!readsRandom(body)) return false;
  if (!run.every(([a, b]) => HEX_GROUP.test(text.slice(a, b)))) return true;
  // An IPv6 address: 8 hex groups of 4 at most between colons.
  if (sep === ':' && run.length <= 8 && run.every(([a, b]) => b - a <= 4)) return false;
  return !DUMP_OFFSET.test(text.slice(Math.max(0, s - 40), s)) && !DUMP_CHARS.test(text.slice(e, e + 4));
}

/** A quarter of a chain's groups at least are no words, and two in three of a short chain's (4 groups or fewer). */
const fewWords = (words: number, n: number): boolean => words * 4 <= n * 3 && (n >= 5 || words * 2 <= n);

/**
 * Groups of mixed lengths (3 to 8, the last shorter too) between a separator of SEP (no group character: a dash
 * starts a uuid's groups), words at either end left out, MIN_GROUPS + 1 or more, are one chain when
 * they are no words mostly and read as random; else null.
 */
function mixedChain(text: string, all: readonly [number, number][], sep: string): [number, number][] | null {
  if (sep.length === 1 && isGroupChar(sep.charCodeAt(0))) return null;
  const isWord = ([s, e]: readonly [number, number]): boolean => wordy(text.slice(s, e));
  let [i, j] = [0, all.length];
  // A capitalised word before (`Use`; a token's prefix may read as a word: `tvly`), small words after (`for now`).
  while (i < j && isWord(all[i]!) && /^[A-Z][a-z]+$/.test(text.slice(...all[i]!))) i++;
  while (j > i && isWord(all[j - 1]!) && /^[a-z]+$/.test(text.slice(...all[j - 1]!))) j--;
  const groups = all.slice(i, j);
  if (groups.length <= MIN_GROUPS || groups.length > MAX_RUN) return null;
  if (groups.some(([s, e], k) => e - s < 3 && k < groups.length - 1)) return null;
  const words = groups.filter(isWord).length;
  return fewWords(words, groups.length) && tokenChain(text, groups, sep) ? groups : null;
}

/** Runs of groups of one length (the last may be shorter) in `groups`, MIN_GROUPS or more, not words mostly. */
function chains(text: string, groups: readonly [number, number][], sep: string): [number, number][][] {
  const out: [number, number][][] = [];
  for (let i = 0; i < groups.length;) {
    const len = groups[i]![1] - groups[i]![0];
    let j = i + 1;
    while (j < groups.length && groups[j]![1] - groups[j]![0] === len) j++;
    // One shorter group ends the run.
    const end = j < groups.length && groups[j]![1] - groups[j]![0] < len ? j + 1 : j;
    // Three long groups are a chain too (AWS's 20 characters in sevens).
    const min = len >= 6 ? 3 : MIN_GROUPS;
    const [n, ok] = [end - i, len >= 3 && j - i >= min - 1];
    // The words are counted only for a run of a chain's size.
    if (ok && n >= min && n <= MAX_RUN) {
      const run = groups.slice(i, end);
      const words = run.filter(([s, e]) => wordy(text.slice(s, e))).length;
      if (fewWords(words, n) && tokenChain(text, run, sep)) out.push(run);
    }
    i = j;
  }
  // Groups of mixed lengths, where they hold more groups than the runs of one length.
  const mixed = mixedChain(text, groups, sep);
  return mixed && mixed.length > out.reduce((n, run) => n + run.length, 0) ? [mixed] : out;
}

/**
 * Where a chain found at `at` starts: there, or right after a `=` of the run it is found in (a key name glued before
 * the first group: `MISTRAL_API_KEY=MCIA S2t9 …`, `KEY=ab12-cd34-…`), within the first group's reach.
 */
function chainStart(text: string, at: number): number {
  if (!isGroupChar(text.charCodeAt(at - 1))) return at;
  let end = at;
  while (end < text.length && end - at < 9 && isGroupChar(text.charCodeAt(end))) end++;
  for (let i = end - 1; i >= 0 && at - i < 64 && isGroupChar(text.charCodeAt(i)); i--)
    if (text.charCodeAt(i) === 61 && i + 1 < end) return i + 1;
  return at;
}

/** The blanks and dashes between the groups of every chain. */
function groupCuts(text: string): [number, number][] {
  const cuts: [number, number][] = [];
  let next = 0;
  for (let m = nextChainMatch(text, 0, CHAIN_AT); m !== null; m = nextChainMatch(text, next, CHAIN_AT)) {
    const at = chainStart(text, m.index);
    let sep = m[1] ?? m[2]!;
    let groups = m[1] !== undefined ? spacedGroups(text, at, sep) : [];
    // Between group characters, the one that cuts the most groups (the regex took the first that fit: `sk-a.nt-a.`).
    if (m[1] === undefined)
      for (const c of FIXED_SEPS) {
        const g = text.slice(at, at + 9).includes(c) ? dashedGroups(text, at, c.charCodeAt(0)) : [];
        if (g.length > groups.length) [groups, sep] = [g, c];
      }
    // A chain found inside a longer run starts at its next group.
    const from = text.charCodeAt(at - 1) !== 61 && isGroupChar(text.charCodeAt(at - 1)) ? groups.slice(1) : groups;
    // Fewer than 3 groups make no chain (a run needs 3, groups of mixed lengths MIN_GROUPS + 1), nor groups that are
    // all words (a chain's are a quarter no words at least: fewWords) or bytes (`0x89, 0x50`): prose, a byte list.
    if (from.length >= 3 && !from.every(([s, e]) => wordy(text.slice(s, e)) || BYTE_ITEM.test(text.slice(s, e))))
      for (const run of chains(text, from, sep))
        for (let g = 1; g < run.length; g++) cuts.push([run[g - 1]![1], run[g]![0]]);
    next = Math.max(m.index + m[0].length, groups.at(-1)?.[1] ?? 0);
  }
  return cuts;
}

/**
 * The hits of a chain's groups as one hit over its groups after the first (the pieces between two cuts of `spans`
 * merged), sorted. The first group stays a hit of its own: a pass before this one may have found it alone (a key
 * name's value ends at the first blank), and its hit stands; the rest of the chain still goes.
 */
function merged(hits: Hit[], spans: ReadonlyMap<number, number>): Hit[] {
  const out: Hit[] = [];
  const ends = new Set(spans.values());
  for (const h of hits) {
    const last = out.at(-1);
    if (last && last.rule === h.rule && ends.has(last.start) && spans.get(last.end) === h.start) last.end = h.end;
    else out.push({ ...h });
  }
  return out;
}

/**
 * The pass: `detect` gives the other passes' (but `self`'s) hits in a text (the text with a chain's cuts taken out),
 * `free` the hits of the passes that need no context (the text with an array's cuts taken out: a key name or a prose
 * label before a list of code's strings, `const keys = ["ArrowUp", "KeyW", …]`, does not make its elements one secret).
 */
export function groupedPass(detect: (text: string, self: Pass) => Hit[], free: (text: string) => Hit[]): Pass {
  let depth = 0;
  const read = (text: string, cuts: [number, number][], hitsOf: (t: string) => Hit[], alone = false): Hit[] => {
    const joined = joinCuts(text, cuts);
    if (!joined) return [];
    // A complete token before a join stays alone (its rule found it): the join took the next piece's start. With
    // `alone`, so does an element that holds a hit by itself: a known value is read to the end of the run it is glued
    // in, and an array's join glued a word to it (`setItem("refresh", "<learned>")`: attack 48).
    const hits = hitsOf(joined.text).filter((h) => {
      const j = joinInside(joined, h);
      if (j === undefined) return true;
      const [left, right] = [joined.text.slice(h.start, j), joined.text.slice(j, h.end)];
      return !anyCompleteForm(left) && !(alone && (hitsOf(left).length > 0 || hitsOf(right).length > 0));
    });
    return mappedHits(joined, hits);
  };
  const pass: Pass = runPass((text) => {
    if (depth > 0) return [];
    depth++;
    try {
      const groups = groupCuts(text);
      const chains = merged(disjoint(read(text, groups, (t) => detect(t, pass))), new Map(groups));
      const elements = read(text, elementCuts(text), free, true);
      return elements.length === 0 ? chains : disjoint([...chains, ...elements]);
    } finally {
      depth--;
    }
  });
  return pass;
}
