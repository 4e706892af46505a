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
  constructor(readonly items: Entries<T>, readonly map: (item: T) => unknown) {}
  toJSON(): unknown[] {
    return Array.from(this.items, (item) => this.map(item));
  }
}

const isContainer = (v: unknown): v is Record<string, unknown> | unknown[] =>
  typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function';

/** False for what JSON.stringify leaves out of objects (and writes as null in arrays). */
const serialisable = (v: unknown): boolean => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';

/**
 * The chunks of `JSON.stringify(value, null, 2)`, made as they are asked for: a large document
 * (an export of tens of thousands of files lists each of them) is written and redacted as it is
 * produced, never held whole. Joined, they are exactly the string JSON.stringify returns; each
 * ends at a line break (but the last) and is about `chunkSize` long.
 */
export function* jsonChunks(value: unknown, chunkSize = 1 << 16): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  const put = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  // Where a line break is about to be written: what has gathered, once it is a chunk's worth.
  const full = (): string | null => {
    if (length < chunkSize) return null;
    const chunk = parts.join('');
    parts = [];
    length = 0;
    return chunk;
  };
  function* walk(v: unknown, indent: string, depth: number): Generator<string> {
    if (v instanceof MappedList) return yield* list(v.items, indent, (group) => group.map((item) => v.map(item)));
    if (!isContainer(v) || depth >= SPLIT_DEPTH) {
      const text = JSON.stringify(v, null, 2);
      put(indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
      return;
    }
    if (Array.isArray(v)) return yield* list(v, indent, (group) => group);
    const inner = `${indent}  `;
    const keys = Object.keys(v).filter((k) => serialisable(v[k]));
    if (keys.length === 0) return put('{}');
    put('{');
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) put(',');
      const chunk = full();
      if (chunk !== null) yield chunk;
      put(`\n${inner}${JSON.stringify(keys[i])}: `);
      yield* walk(v[keys[i]!], inner, depth + 1);
    }
    const chunk = full();
    if (chunk !== null) yield chunk;
    put(`\n${indent}}`);
  }
  // Elements are records (one file's entry): stringified a group at a time, one call and one
  // re-indent per group (per element, a list of tens of thousands took ten times longer).
  function* list<T>(items: Entries<T>, indent: string, prepare: (group: T[]) => unknown[]): Generator<string> {
    if (items.length === 0) return put('[]');
    put('[');
    const it = items[Symbol.iterator]();
    for (let first = true; ; first = false) {
      const group: T[] = [];
      for (let r = it.next(); !r.done; r = it.next()) if (group.push(r.value) === GROUP) break;
      if (group.length === 0) break;
      const text = JSON.stringify(prepare(group), null, 2);
      if (!first) put(',');
      const chunk = full();
      if (chunk !== null) yield chunk;
      // `[\n  a,\n  b\n]` without its brackets, each line moved in by this array's indent.
      const body = text.slice(2, -2);
      put(`\n${indent}${indent ? body.replace(/\n/g, `\n${indent}`) : body}`);
    }
    const chunk = full();
    if (chunk !== null) yield chunk;
    put(`\n${indent}]`);
  }
  yield* walk(value, '', 0);
  if (parts.length > 0) yield parts.join('');
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
