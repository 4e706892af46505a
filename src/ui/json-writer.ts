import type { Entries } from '../core/plan.js';
import { printChunks, type Output } from './print.js';

/** Objects nested deeper than this are stringified whole (they are small: one file's entry). */
const SPLIT_DEPTH = 3;
/** Elements of a list stringified per call (lists hold records: one per file, turn, finding). */
const GROUP = 64;

/**
 * A list written as its items mapped by `map`, a group at a time as jsonChunks reaches it, so
 * that a mapped copy of a long list (an entry per file) is never held whole. The items are
 * iterated (an array, or a plan's compact table, which makes each entry as it is reached).
 * JSON.stringify writes the same text (toJSON).
 */
export class MappedList<T> {
  constructor(
    readonly items: Entries<T>,
    readonly map: (item: T) => unknown,
  ) {}
  toJSON(): unknown[] {
    return Array.from(this.items, (item) => this.map(item));
  }
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** False for what JSON.stringify leaves out of objects (and writes as null in arrays). */
const serialisable = (v: unknown): boolean => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/** Gathers the document's text and hands it on a chunk at a time, at line breaks (see jsonChunks). */
class Chunker {
  private parts: string[] = [];
  private length = 0;

  constructor(private readonly chunkSize: number) {}

  put(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Where a line break is about to be written: what has gathered, once it is a chunk's worth. */
  full(): string | null {
    return this.length < this.chunkSize ? null : this.rest();
  }

  get empty(): boolean {
    return this.parts.length === 0;
  }

  /** What has gathered, taken. */
  rest(): string {
    const chunk = this.parts.join('');
    this.parts = [];
    this.length = 0;
    return chunk;
  }

  *walk(v: unknown, indent: string, depth: number): Generator<string> {
    if (v instanceof MappedList) {
      yield* this.list(v.items, indent, (group) => group.map((item) => v.map(item)));
      return;
    }
    if (!isContainer(v) || depth >= SPLIT_DEPTH) {
      const text = JSON.stringify(v, null, 2);
      this.put(indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
      return;
    }
    if (Array.isArray(v)) {
      yield* this.list(v, indent, (group) => group);
      return;
    }
    const inner = `${indent}  `;
    const keys = Object.keys(v).filter((k) => serialisable(v[k]));
    if (keys.length === 0) return this.put('{}');
    this.put('{');
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) this.put(',');
      const chunk = this.full();
      if (chunk !== null) yield chunk;
      this.put(`\n${inner}${JSON.stringify(keys[i])}: `);
      yield* this.walk(v[keys[i]!], inner, depth + 1);
    }
    const chunk = this.full();
    if (chunk !== null) yield chunk;
    this.put(`\n${indent}}`);
  }

  // Elements are records (one file's entry): stringified a group at a time, one call and one
  // re-indent per group (per element, a list of tens of thousands took ten times longer).
  *list<T>(items: Entries<T>, indent: string, prepare: (group: T[]) => unknown[]): Generator<string> {
    if (items.length === 0) return this.put('[]');
    this.put('[');
    const it = items[Symbol.iterator]();
    for (let first = true; ; first = false) {
      const group: T[] = [];
      for (let r = it.next(); !r.done; r = it.next()) if (group.push(r.value) === GROUP) break;
      if (group.length === 0) break;
      const text = JSON.stringify(prepare(group), null, 2);
      if (!first) this.put(',');
      const chunk = this.full();
      if (chunk !== null) yield chunk;
      // `[\n  a,\n  b\n]` without its brackets, each line moved in by this array's indent.
      const body = text.slice(2, -2);
      this.put(`\n${indent}${indent ? body.replace(/\n/g, `\n${indent}`) : body}`);
    }
    const chunk = this.full();
    if (chunk !== null) yield chunk;
    this.put(`\n${indent}]`);
  }
}

/**
 * The chunks of `JSON.stringify(value, null, 2)`, made as they are asked for: a large document
 * (an export of tens of thousands of files lists each of them) is written and redacted as it is
 * produced, never held whole. Joined, they are exactly the string JSON.stringify returns; each
 * ends at a line break (but the last) and is about `chunkSize` long. Hand-written on purpose:
 * maintained streaming stringifiers were measured against it and cost more memory and time
 * (README, Performance).
 */
export function* jsonChunks(value: unknown, chunkSize = 1 << 16): Generator<string> {
  const c = new Chunker(chunkSize);
  yield* c.walk(value, '', 0);
  if (!c.empty) yield c.rest();
}

/** Bytes of a document as jsonChunks writes it (UTF-8), counted without holding it. */
export function jsonBytes(value: unknown): number {
  let n = 0;
  for (const chunk of jsonChunks(value)) n += Buffer.byteLength(chunk);
  return n;
}

/**
 * Prints a document a chunk at a time (see printChunks: it waits for a slow reader), each
 * passed through `transform`: a chunk ends at a line break, and JSON keeps every string on one
 * line, so the redactor sees no secret split across two.
 */
export async function printJson(value: unknown, out: Output, transform?: (chunk: string) => string): Promise<void> {
  await printChunks(jsonChunks(value), out, transform);
  out.write('\n');
}
