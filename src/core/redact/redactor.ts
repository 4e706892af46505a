/**
 * The redactor: known values, provider shapes, user patterns, key names and base64 runs, each a
 * pass (passes.ts, key-name-pass.ts, user-patterns.ts, base64.ts) matched on the normalised view
 * of a piece of text (normalise.ts); the hits resolved and replaced (hits.ts); files streamed in
 * pieces (stream.ts); values learned as they are found (learned.ts).
 */
import { keptWidths } from './view-widths.js';
import { harvestValues } from '../label-files.js';
import type { TextFilterFactory } from '../content.js';
import type { NameSecret } from '../name-judge.js';
import type { HitContext } from './benign.js';
import { base64Pass } from './base64.js';
import { readsAsText } from './binary-views.js';
import { oneStepPass } from './one-step.js';
import { layoutPass } from './layouts.js';
import { dumpPass } from './dumps.js';
import { escapedTokenPass } from './escaped-tokens.js';
import { absorbed, applyHits, union } from './apply-hits.js';
import { keepHits, tokenAround } from './hits.js';
import { innerRule, innerRuleAt } from './inner-rules.js';
import { learnable } from './learn-hits.js';
import type { KnownValue } from './known-values.js';
import { LearnedValues, type Learning } from './learned.js';
import { lossyLines, normalise, rawToOriginal, toOriginal } from './normalise.js';
import { contextPasses } from './context-passes.js';
import { joinedReadings } from './notebook-lines.js';
import { mergeCovering, passHits, type Hit, type Pass } from './pass.js';
import { literalPass, shapePasses } from './passes.js';
import { GrowingLiteralSet } from './many-literals.js';
import { scanBinaryViews } from './carriers.js';
import { gitBinaryPass } from './git-binary.js';
import { repeatedOnLine } from './repeats.js';
import { companionHits } from './companions.js';
import { barePasswordPass } from './bare-passwords.js';
import { symbolTails } from './symbol-tails.js';
import { namesFound, readNames } from './name-views.js';
import { splitTokenPass } from './split.js';
import { stubPass } from './stubs.js';
import { SHAPE_RULES } from './rules.js';
import { TextMemo, WholeMemo } from './memo.js';
import { redactInPieces, streamFilter } from './stream.js';
import { joiningPasses, wrappedTails } from './wraps.js';
import { extraPass } from './user-patterns.js';
export type { KnownValue } from './known-values.js';
export type { Finding } from './stream.js';
export { placeholder } from './apply-hits.js';
export { loadPatternEngine, validatePatterns } from './user-patterns.js';

interface RedactorOptions {
  knownValues?: readonly KnownValue[];
  /** `--redact-extra` and `.massgenignore` `redact:` regexes (JavaScript syntax). */
  extraPatterns?: readonly string[];
  /**
   * Learn values: a value found by a layer other than the provider shapes (a key name, a generic
   * detector, a user pattern) becomes a known value for every later piece (learned.ts).
   */
  learn?: boolean;
}

/** Matching context for text that is not a file (a string, names). */
const PLAIN: HitContext = { code: false };

/**
 * Redacts secrets from text with a list of passes run in order over each piece of text (docs/redaction.md, section 4):
 * known values (the user's own keys, and values learned), provider shapes (a curated rule table, prefiltered by
 * literal keywords and compiled into as few regexes as possible), split tokens, the user's patterns, key names and the
 * other passes that read a value's context (context-passes.ts), then the passes that decode or rejoin text and hand
 * it to the others (layouts, hex dumps, base64, escapes, one-step encodings, markup and hard wraps). Replacements are
 * typed placeholders; a multi-line match keeps its line breaks so line numbers and YAML structure survive.
 */
export class Redactor implements Learning {
  private readonly passes: Pass[];
  private learning = false;
  /** While a file left out is read to learn from (harvest): what the shapes find is learned too. */
  private harvesting = false;
  /** The known values (given, then learned) and the pass that finds them. */
  private readonly known: KnownValue[];
  private literal: Pass | null;
  /** The passes that need no context: the provider shapes and the user's patterns (see redactContextFree). */
  private readonly contextFree: Pass[];
  /** Values learned during this export (null: learning is off). */
  readonly learned: LearnedValues | null;

  /** The known values' literal sets, grown as values are learned (many-literals.ts). */
  private readonly literalSets = new GrowingLiteralSet();

  constructor(opts: RedactorOptions = {}) {
    this.known = [...(opts.knownValues ?? [])];
    this.literal = literalPass(this.known, this.literalSets);
    this.learned = opts.learn ? new LearnedValues() : null;
    const shapes = shapePasses();
    const extra = extraPass(opts.extraPatterns ?? []);
    this.contextFree = extra ? [...shapes, extra] : shapes;
    this.passes = [
      this.literal,
      ...shapes,
      // A token of a fixed-length family cut by a wrap, a box border or string concatenation (split.ts).
      splitTokenPass(() => this.known),
      // A key's first part alone, its prefix and twelve random characters or more (stubs.ts).
      stubPass(SHAPE_RULES),
      extra,
      // The passes that read a value's context: names, labels, formats, commands (context-passes.ts).
      ...contextPasses(),
    ].filter((p): p is Pass => p !== null);
    // A token wrapped in a table's column or behind log prefixes, read re-flowed by the other passes (layouts.ts).
    const layout = layoutPass((t) =>
      this.passes.flatMap((p) => (p === layout ? [] : keepHits(passHits(p, t), t, PLAIN))),
    );
    this.passes.push(layout);
    // A hex dump is replaced whole when its bytes hold a secret (found by the other passes: dumps.ts).
    const dumps = dumpPass((text) => innerRule(this.passes, dumps, text));
    this.passes.push(dumps);
    // A base64 run is replaced whole when what it decodes to holds a secret (found by the other passes).
    // Decoded bytes that are no text get a binary file's scan (its views too: UTF-16 strings, SQLite pages).
    const binary = (data: Buffer): string | null =>
      scanBinaryViews(data, (chunk) => this.scanBinary(chunk)).rules[0] ?? null;
    const b64 = base64Pass((text) => innerRule(this.passes, b64, text), binary);
    // A git binary patch's base85 zlib block is replaced whole when what it inflates to holds a secret (git-binary.ts).
    const gitBinary = gitBinaryPass((text) => innerRule(this.passes, gitBinary, text), binary);
    this.passes.push(b64, gitBinary);
    // A token spelled wholly in `\uXXXX` escapes, read on the original (escaped-tokens.ts).
    const esc = escapedTokenPass((d) => innerRule(this.passes, esc, d));
    this.passes.push(esc);
    // Keys spelled one character at a time, in base32/ascii85/uuencode, reversed, rot13, or in pieces (one-step.ts).
    const oneStep = oneStepPass(
      (d) => innerRule(this.passes, oneStep, d),
      (d, s, e) => innerRuleAt(this.passes, oneStep, d, s, e),
    );
    this.passes.push(oneStep);
    // Last (a hit of the passes above stands): a token split by markup or hard-wrapped at a fixed width, read joined by
    // the passes that need no context, or printed in groups or over an array's elements, by all the others (wraps.ts).
    const free = (): Pass[] => (this.literal ? [this.literal, ...this.contextFree] : this.contextFree);
    const hits = (t: string, ps: readonly Pass[]): Hit[] => this.hitsOf(t, PLAIN, true, ps);
    for (const pass of joiningPasses(hits, free, () => this.passes)) this.passes.push(pass);
    // After every other (its hit stands against none): a generator's password with no name, outside code
    // (bare-passwords.ts); a run a decoder replaces whole (ascii85, base64) is that decoder's.
    this.passes.push(barePasswordPass());
  }

  /**
   * Makes values known for every later piece (propagatable ones only: learned.ts); returns how
   * many were new. Values found by a layer are learned as they are found when `learn` is on.
   */
  learn(values: readonly KnownValue[]): number {
    if (!this.learned) return 0;
    let added = 0;
    for (const v of values) {
      if (!this.learned.add(v.name, v.value)) continue;
      this.known.push(v);
      added++;
    }
    if (added > 0) {
      const next = literalPass(this.known, this.literalSets);
      const i = this.literal ? this.passes.indexOf(this.literal) : -1;
      if (i >= 0) this.passes[i] = next!;
      else this.passes.unshift(next!);
      this.literal = next;
    }
    return added;
  }

  version(): number {
    return this.learned?.version ?? 0;
  }

  since(version: number): string[] {
    return this.learned?.since(version) ?? [];
  }

  /** While on, values found by a layer are learned as they are found (during a collection). */
  active(on: boolean): void {
    this.learning = on && this.learned !== null;
  }

  /**
   * Learns the values of a file that is not exported (a `.env`, a `credentials.json`, an `api_key.txt`): its dotenv
   * entries or bare values (label-files.ts) and what the layers find.
   */
  harvest(rel: string, text: string): void {
    if (!this.learned) return;
    // A `.env`'s entries; the bare values of a file whose name is their only label (`api_key.txt`); a credential
    // store's fields (`.pgpass`).
    this.learn(harvestValues(rel, text));
    const was = this.learning;
    this.learning = true;
    this.harvesting = true;
    try {
      this.redactPiece(text, 1, () => {});
    } finally {
      this.learning = was;
      this.harvesting = false;
    }
  }

  /** Learns the value of a hit when a layer other than the provider shapes and known values found it. */
  private observe(text: string, hit: Hit, found: KnownValue[]): void {
    const v = learnable(text, hit, this.harvesting);
    if (v !== null && !this.learned!.has(text.slice(hit.start, hit.end))) found.push(v);
  }

  /**
   * The hits in one piece of text, as ranges of the original text, sorted and not overlapping.
   * Every pass matches on the normalised view (escapes decoded, terminal sequences removed,
   * URL-encoding decoded, line endings unified: see normalise.ts); each hit is mapped back to the
   * original range it came from. Where the view lost something (lossy), those lines of the
   * original are matched too; passes marked `raw` match all of the original as well. A pass's hit that overlaps a hit
   * of an earlier pass (a key-name value that is also a provider key) is dropped, so the most specific rule names the
   * placeholder, unless it is wider in a token's characters (pass.ts' mergeCovering: the value's head goes too). Hits
   * that are false positives (placeholders, code that refers to a key, pagination cursors: benign.ts) are dropped
   * before they are merged.
   */
  hitsOf(text: string, ctx: HitContext = PLAIN, raw = false, passes: readonly Pass[] = this.passes): Hit[] {
    let accepted = this.hitsOfPasses(text, ctx, raw, passes);
    // A secret cut across the records of a streamed output (chunks.ts) or a notebook line's list elements
    // (notebook-lines.ts), read joined by every pass; the join is itself no stream.
    if (passes === this.passes)
      accepted = joinedReadings(text, accepted, ctx, (t, c) => this.settled(t, this.hitsOfPasses(t, c, false, passes)));
    return this.settled(text, accepted, !raw && passes === this.passes);
  }

  /** The passes' hits in one piece of text, each on the normalised view and, where needed, the original (hitsOf). */
  private hitsOfPasses(text: string, ctx: HitContext, raw: boolean, passes: readonly Pass[]): Hit[] {
    const view = raw ? null : normalise(text);
    let accepted: Hit[] = [];
    // Where the view lost something, those lines of the original are matched too (only those: a URL-encoded link
    // elsewhere costs nothing).
    const lines = view?.lossy ? lossyLines(text, view) : null;
    for (const pass of passes) {
      let hits: Hit[] = [];
      if (view) {
        hits = keepHits(passHits(pass, view.text), view.text, ctx);
        if (pass.lineWidths) hits = keptWidths(text, view, hits);
        for (const h of hits) [h.start, h.end] = toOriginal(view, h.start, h.end);
      }
      const raw = pass.raw === true && (!view || !pass.rawOnlyIn || pass.rawOnlyIn(text, view));
      if (!view || lines || raw) {
        let rawHits: Hit[];
        if (!view || raw) rawHits = keepHits(passHits(pass, text), text, ctx);
        else {
          rawHits = [];
          for (const h of keepHits(passHits(pass, lines!.text), lines!.text, ctx)) {
            const range = rawToOriginal(lines!, h.start, h.end);
            if (range) rawHits.push({ ...h, start: range[0], end: range[1] });
          }
        }
        // The same secret found in both (a token cut by a colour code, a password with a literal %40) is replaced
        // whole.
        hits = hits.length === 0 ? rawHits : rawHits.length === 0 ? hits : union(hits, rawHits);
      }
      if (hits.length > 0) accepted = mergeCovering(absorbed(accepted, hits), hits, (a, h) => tokenAround(text, a, h));
    }
    return accepted;
  }

  /**
   * Hits made final: a value's rest wrapped onto the next lines followed (wraps.ts), random values beside them (`top`:
   * on the text itself), the values found learned.
   */
  private settled(text: string, hits: Hit[], top = false): Hit[] {
    let accepted = hits;
    // The rest of a value wrapped onto the next lines of a box or a hard wrap (wraps.ts), and each such value whole;
    // the same value again on its line (a table's second value column: repeats.ts).
    const joined = new Map<number, string>();
    // A password's rest after a symbol its reading stopped at (symbol-tails.ts).
    if (accepted.length > 0) accepted = repeatedOnLine(text, symbolTails(text, wrappedTails(text, accepted, joined)));
    // Random values near a secret, under no name a rule reads (companions.ts): read on the text itself only, not on
    // the joined or re-flowed readings the passes make of it.
    if (top && accepted.length > 0) accepted = companionHits(text, accepted);
    if (this.learning) {
      // Learned together: the literal pass is rebuilt once per piece, not once per value (a table of thousands).
      const found: KnownValue[] = [];
      for (const hit of accepted) {
        const n = found.length;
        this.observe(text, hit, found);
        // A wrapped value whose first piece is learned (now or before) is learned whole.
        const whole = joined.get(hit.start);
        if (whole === undefined || this.learned!.has(whole)) continue;
        // (from the value the first piece taught: a shape's match may hold its header's name, `x-api-key: …`)
        const head = found[n]?.value ?? '';
        if (found.length > n) found.push({ name: found[n]!.name, value: head + whole.slice(hit.end - hit.start) });
        else if (this.learned!.has(text.slice(hit.start, hit.end))) found.push({ name: hit.rule, value: whole });
      }
      if (found.length > 0) this.learn(found);
    }
    return accepted;
  }

  /**
   * Redacts one piece of text (see hitsOf). The output is built once. `firstLine` is the line
   * number of the first line.
   */
  redactPiece(
    text: string,
    firstLine: number,
    onFinding: (rule: string, line: number) => void,
    yaml = false,
    ctx: HitContext = PLAIN,
  ): string {
    // A text longer than the stream's piece is read in its pieces (a regex given a 4 MiB token overflowed its stack).
    const pieces = redactInPieces((t, c) => this.hitsOf(t, c), text, { firstLine, onFinding, yaml, ctx });
    if (pieces !== null) return pieces;
    const hits = this.hitsOf(text, ctx);
    return hits.length === 0 ? text : applyHits(text, hits, 0, text.length, firstLine, onFinding, yaml);
  }

  /** Redacts a whole string (a question, an error message, a JSON document about to be printed). */
  redactString(text: string): string {
    return this.redactPiece(text, 1, () => {});
  }

  /**
   * Redacts with the passes that find a secret wherever it is, whatever is written around it: the known values (given
   * and learned so far), the provider shapes and the user's patterns. For text whose every part was already read with
   * every pass where it came from, such as names listed by the walk (scanNames), which may since have been learned.
   */
  redactContextFree(text: string): string {
    const passes = this.literal ? [this.literal, ...this.contextFree] : this.contextFree;
    const opts = { firstLine: 1, onFinding: (): void => {}, yaml: false, ctx: PLAIN };
    const pieces = redactInPieces((t) => this.hitsOf(t, PLAIN, false, passes), text, opts);
    if (pieces !== null) return pieces;
    const hits = this.hitsOf(text, PLAIN, false, passes);
    return hits.length === 0 ? text : applyHits(text, hits, 0, text.length, 1, () => {}, false);
  }

  /** Names redacted with redactContextFree, scanned together (one per line); each is itself when it holds no secret. */
  redactNames(names: readonly string[]): readonly string[] {
    const lines = names.map((n) => n.replace(/[\r\n]/g, ' '));
    const out = this.redactContextFree(lines.join('\n')).split('\n');
    if (out.length !== names.length) return names.map((n) => this.redactContextFree(n));
    // A name changed in the batch is read again alone (a hit across a line break moves text between lines).
    return out.map((shown, i) => (shown === lines[i] ? names[i]! : this.redactContextFree(lines[i]!)));
  }

  /** A streaming filter for one file, in bounded memory whatever its line lengths (stream.ts). */
  readonly filter: TextFilterFactory = Object.assign(
    ({ rel }: { rel: string }) => streamFilter((text, ctx) => this.hitsOf(text, ctx), rel),
    {
      // A copy of a text already redacted (with the values known now) is not redacted again (memo.ts).
      whole: (rel: string, text: string, bytes: Buffer) =>
        this.memo.whole(rel.slice(rel.lastIndexOf('/') + 1), text, bytes, this.version(), () => this.filter({ rel })),
    },
  );
  private readonly memo = new WholeMemo();

  /**
   * The names (of one directory) that hold a secret, each with its rules and the name redacted;
   * null for the others. The names are scanned together, one per line, so that the start of a
   * name starts a token (in a path, `/` continues one, as in base64) at one scan per directory.
   */
  scanNames(names: readonly string[]): readonly (NameSecret | null)[] {
    const text = names.map((n) => n.replace(/[\r\n]/g, ' ')).join('\n');
    // Each workspace snapshot lists the same names: scanned once per values learned (memo.ts).
    return this.namesMemo.get(text, this.version(), () =>
      readNames(names, this.scanNameLines(text, names.length), (t, n) => this.scanNameLines(t, n)),
    );
  }
  private readonly namesMemo = new TextMemo<readonly (NameSecret | null)[]>();

  private scanNameLines(text: string, count: number): (NameSecret | null)[] {
    const rules = new Map<number, Set<string>>();
    const out = this.redactPiece(text, 0, (rule, line) => {
      const set = rules.get(line) ?? new Set<string>();
      rules.set(line, set.add(rule));
    });
    return namesFound(text, out, rules, count, (line) => this.scanNameLines(line, 1)[0]!);
  }

  /**
   * Scans binary content (as latin1) for secrets; returns the rules found. Nothing is rewritten. A hit must read as
   * text up to its first control character (but tab and line breaks: a field's terminator or the next record's
   * length byte), at least 8 characters of valid UTF-8. Random bytes after `DSN=` in 200 KB of noise (about one
   * buffer in 300) are no password.
   */
  scanBinary(chunk: Buffer): string[] {
    const found: string[] = [];
    const text = chunk.toString('latin1');
    for (const h of this.hitsOf(text, PLAIN, true)) if (readsAsText(chunk, h)) found.push(h.rule);
    return found;
  }
}
