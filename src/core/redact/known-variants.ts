/**
 * The simple transforms of a known value a recipient turns back in one step, searched for as known values too: the
 * value reversed and in rot13, a short value's base64 (shorter than the runs base64.ts decodes), and its pieces (any
 * 12 characters of a random-looking value: a key split in two or three, each piece of 12 characters or more, on
 * separate lines, in a JSON array, in prose). Encodings that change its characters (hex, longer base64, base32, char
 * codes, spelled out) are decoded and scanned where they are found (base64.ts, hex-runs.ts, one-step.ts).
 *
 * The forms are found by one skipping search (not as literals: every 12-character window of every value made the
 * hashed search of many literals read every ninth position of the text). A form of M characters or more covers the
 * text's character at p + M - 1 for any start p it can have from p on: where that character is in no form, or the four
 * ending there are in none, the search moves on by M or M - 3.
 */
import { namedShape } from './learn-gate.js';
import { randomToken } from './credential-values.js';
import { rot13 } from './flipped.js';
import { isPlaceholderText } from './benign.js';
import { least } from '../lists.js';

/** The most values whose transforms are searched for. */
export const VARIED = 256;

/** The shortest piece found. */
export const PIECE = 12;

/**
 * The fewest characters of a value's start found where the text stops right after them: a preview cut at a fixed
 * length (MassGen's `reason_preview`, `final_answer_preview`, a `task` of 100 characters) shows the first characters of
 * a key said in full elsewhere (round 24).
 */
export const HEAD = 10;

/** The length of the windows indexed (a form's four characters ending at the probed one). */
const GRAM = 4;

/** A piece of a key, not of a word: letters and digits, or both cases. */
const pieceLike = (w: string): boolean =>
  /^[\w+/=~-]+$/.test(w) && ((/[A-Za-z]/.test(w) && /\d/.test(w)) || (/[a-z]/.test(w) && /[A-Z]/.test(w)));

/** A value's first characters: no spaces, two of lower case, upper case and digits, 7 distinct characters. */
const headLike = (w: string): boolean =>
  !/\s/.test(w) &&
  new Set(w).size >= 7 &&
  Number(/[a-z]/.test(w)) + Number(/[A-Z]/.test(w)) + Number(/\d/.test(w)) >= 2;

/** A value's last characters: headLike, or a generator's symbols among them (`&xgy-vzb(p`: two, not a word's `-`). */
const tailLike = (w: string): boolean =>
  headLike(w) || (!/\s/.test(w) && new Set(w).size >= 7 && (w.match(/[^A-Za-z0-9_.-]/g) ?? []).length >= 2);

/** One word and punctuation after it: a password of words shares it with other text, no key's start or end. */
const ONE_WORD = /^(?:[A-Z]?[a-z]+|[A-Z]+)[^A-Za-z0-9]*$/;

/** A token's characters after a form's shared start. */
const TOKEN_AFTER = /^[\w+/=-]*/;

/** A host's name, a port and a path after it (`db.corp.example:5432/app`). */
const HOST = /^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:\/\S*)?$/;

/** A character that ends a field inside a value (a user's name before its password). */
const FIELD_END = /[:@\s/;,|]/;

/** Where a copy cut after a value's first characters stops: the text's end or a character that is not a word's. */
const cutAt = (text: string, end: number): boolean => end === text.length || !/[\w]/.test(text[end]!);

/**
 * Where a copy of a value's last characters starts after a cut (the rest of a value a stream or a wrap put on the next
 * line: `chunk: g#_x6?5!+~"`, attack 50): the text's start or a character that is not a word's.
 */
const tailAt = (text: string, start: number): boolean => start === 0 || !/[\w]/.test(text[start - 1]!);

/**
 * A form searched for: its text, the fewest of its characters that count, and the value's name; a `head` is found
 * only from the value's start, cut (cutAt) before its end, a `tail` only to the value's end, cut (tailAt) after its
 * start.
 */
interface Form {
  text: string;
  min: number;
  name: string;
  head?: boolean;
  tail?: boolean;
}

/**
 * The forms of a value: its start cut short (HEAD characters or more), a short value's base64, reversed and rot13
 * (whole), the value itself (pieces, when at least two fit).
 */
function formsOf(name: string, value: string): Form[] {
  const cut = value.length >= HEAD + 4 && value.length <= 256;
  const head: Form[] = [
    ...(cut && headLike(value.slice(0, HEAD)) ? [{ text: value, min: HEAD, name, head: true }] : []),
    ...(cut && tailLike(value.slice(-HEAD)) ? [{ text: value, min: HEAD, name, tail: true }] : []),
  ];
  const whole = (text: string): Form => ({ text, min: text.length, name });
  // Its base64 whole, when shorter than the runs base64.ts decodes (24 characters: a value of 17 or fewer), without its
  // padding (`echo -n <value> | base64`: attack 59).
  if (value.length <= 17) head.push(whole(Buffer.from(value).toString('base64').replace(/=+$/, '')));
  if (value.length < 16 || value.length > 256 || value.includes('.') || !randomToken(value)) return head;
  const forms = [...head, whole([...value].reverse().join('')), whole(rot13(value))].filter(
    (f) => f.text !== value || f.head || f.tail,
  );
  if (value.length >= 2 * PIECE) forms.push({ text: value, min: PIECE, name });
  return forms;
}

const gramOf = (s: string, at: number): number =>
  (((s.charCodeAt(at) * 31 + s.charCodeAt(at + 1)) * 31 + s.charCodeAt(at + 2)) * 31 + s.charCodeAt(at + 3)) | 0;

export interface VariantMatch {
  start: number;
  end: number;
  name: string;
  /** The value holds a `/` (`bce-v3/ALTAK-…/…`): a `/` may join its token's parts. */
  slashed: boolean;
}

/** The search for the forms of the given values; null when none has any. */
export function variantSearch(values: readonly { name: string; value: string }[]): VariantSearch | null {
  const forms = values.slice(0, VARIED).flatMap((v) => formsOf(v.name, v.value));
  return forms.length === 0 ? null : new VariantSearch(forms);
}

export class VariantSearch {
  private readonly inForm = new Uint8Array(65536);
  /** By window: the forms holding it, as pairs (form index, offset of the window's last character). */
  private readonly grams = new Map<number, number[]>();
  /** A bit per window hash (its low 16 bits): most windows of a text are looked up here only. */
  private readonly gramBits = new Uint8Array(1 << 13);
  private readonly min: number;
  private built = false;

  constructor(private readonly forms: readonly Form[]) {
    this.min = least(forms.map((f) => f.min));
  }

  /** Indexes the forms (on the first search: the pass is rebuilt each time a value is learned). */
  private build(): void {
    this.built = true;
    this.forms.forEach((f, i) => {
      for (let k = 0; k < f.text.length; k++) this.inForm[f.text.charCodeAt(k)] = 1;
      for (let k = 0; k + GRAM <= f.text.length; k++) {
        const g = gramOf(f.text, k);
        this.gramBits[(g & 0xffff) >>> 3]! |= 1 << (g & 7);
        const had = this.grams.get(g);
        if (had) had.push(i, k + GRAM - 1);
        else this.grams.set(g, [i, k + GRAM - 1]);
      }
    });
  }

  /** The matches, left to right, none overlapping. */
  find(text: string): VariantMatch[] {
    const out: VariantMatch[] = [];
    if (!this.built) this.build();
    const { inForm, min } = this;
    const n = text.length;
    for (let p = 0; p + min <= n;) {
      const q = p + min - 1;
      if (inForm[text.charCodeAt(q)] === 0) {
        p = q + 1;
        continue;
      }
      const g = gramOf(text, q - GRAM + 1);
      const list = (this.gramBits[(g & 0xffff) >>> 3]! & (1 << (g & 7))) === 0 ? undefined : this.grams.get(g);
      const m = list === undefined ? null : this.longest(text, q, list);
      if (m === null) {
        p = q - GRAM + 2;
        continue;
      }
      out.push(m);
      p = m.end;
    }
    return out;
  }

  /** The longest form (or piece) through text[q] aligned with a window in `list`, if one is long enough. */
  private longest(text: string, q: number, list: readonly number[]): VariantMatch | null {
    let best: VariantMatch | null = null;
    for (let k = 0; k < list.length; k += 2) {
      const form = this.forms[list[k]!]!;
      const at = list[k + 1]!;
      let a = 0;
      while (a <= at && q - a >= 0 && text.charCodeAt(q - a) === form.text.charCodeAt(at - a)) a++;
      if (a <= GRAM - 1) continue;
      let b = 1;
      while (at + b < form.text.length && text.charCodeAt(q + b) === form.text.charCodeAt(at + b)) b++;
      const start = q - a + 1;
      const end = q + b;
      if (end - start < form.min || (best && end - start <= best.end - best.start)) continue;
      // A head or a piece that is a provider's public prefix alone (`sk-ant-api03-` in a doc of token formats: attack
      // 39): words and numbers joined, then the separator a key follows, and no more of a token after it (another key
      // of the family that shares it, `xoxb-1234567890-<other>`, is taken whole: wholeToken).
      // Nor a placeholder of the family after it (`sk-ant-api03-REDACTED` in a list of model names: attack 44).
      if (
        end - start < form.text.length &&
        namedShape(text.slice(start, end).replace(/[-_]+$/, '')) &&
        (!/[\w+/=-]/.test(text[end] ?? '') || isPlaceholderText(TOKEN_AFTER.exec(text.slice(end, end + 64))![0]))
      )
        continue;
      if (form.head === true) {
        if (a !== at + 1 || end - start >= form.text.length || !cutAt(text, end)) continue;
        // A field of the value ends there, no cut: a user before `:` or `@` (`svc_hhgo73:…`, learned from a
        // `.yarnrc.yml`) said alone elsewhere is no key's start.
        if (FIELD_END.test(form.text[end - start]!)) continue;
        // A word is no key's start: a password of words (`Regenschirm-53-Gewitter!`) shares it with other text.
        if (ONE_WORD.test(text.slice(start, end))) continue;
      } else if (form.tail === true) {
        if (at + b !== form.text.length || end - start >= form.text.length || !tailAt(text, start)) continue;
        // A host after a user's `@` (`…@db.corp.example:5432`) said alone is no key's end; a password's `@` may cut it.
        if (HOST.test(text.slice(start, end))) continue;
        if (ONE_WORD.test(text.slice(start, end))) continue;
      } else if (form.min < form.text.length && !pieceLike(text.slice(start, end))) continue;
      best = { start, end, name: form.name, slashed: form.text.includes('/') };
    }
    return best;
  }
}
