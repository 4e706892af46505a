import type { Entries } from '../core/tables.js';

/**
 * `JSON.stringify(value, null, 2)`, in chunks: a large document (an export of tens of thousands
 * of files lists each of them) is written and redacted as it is produced instead of being held
 * whole as one string, then again as its redacted copy. The chunks joined are exactly the string
 * JSON.stringify returns; each chunk ends at a line break (but the last), about `chunkSize` long.
 */

/** Objects nested deeper than this are stringified whole (they are small: one file's entry). */
const SPLIT_DEPTH = 3;
/** Elements of a list stringified per call (lists hold records: one per file, turn, finding). */
const GROUP = 64;

/**
 * A list written as its items mapped by `map`, a group at a time as writeJson reaches it, so
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

export function writeJson(value: unknown, sink: (chunk: string) => void, chunkSize = 1 << 16): void {
  let parts: string[] = [];
  let length = 0;
  const put = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  // Called where a line break is about to be written: hands on what has gathered.
  const lineBoundary = (): void => {
    if (length < chunkSize) return;
    sink(parts.join(''));
    parts = [];
    length = 0;
  };
  const walk = (v: unknown, indent: string, depth: number): void => {
    if (v instanceof MappedList) return list(v.items, indent, (group) => group.map((item) => v.map(item)));
    if (!isContainer(v) || depth >= SPLIT_DEPTH) {
      const text = JSON.stringify(v, null, 2);
      put(indent && text.includes('\n') ? text.replace(/\n/g, `\n${indent}`) : text);
      return;
    }
    if (Array.isArray(v)) return list(v, indent, (group) => group);
    const inner = `${indent}  `;
    const keys = Object.keys(v).filter((k) => serialisable(v[k]));
    if (keys.length === 0) return put('{}');
    put('{');
    for (let i = 0; i < keys.length; i++) {
      if (i > 0) put(',');
      lineBoundary();
      put(`\n${inner}${JSON.stringify(keys[i])}: `);
      walk(v[keys[i]!], inner, depth + 1);
    }
    lineBoundary();
    put(`\n${indent}}`);
  };
  // Elements are records (one file's entry): stringified a group at a time, one call and one
  // re-indent per group (per element, a list of tens of thousands took ten times longer).
  const list = <T>(items: Entries<T>, indent: string, prepare: (group: T[]) => unknown[]): void => {
    if (items.length === 0) return put('[]');
    put('[');
    const it = items[Symbol.iterator]();
    for (let first = true; ; first = false) {
      const group: T[] = [];
      for (let r = it.next(); !r.done; r = it.next()) if (group.push(r.value) === GROUP) break;
      if (group.length === 0) break;
      const text = JSON.stringify(prepare(group), null, 2);
      if (!first) put(',');
      lineBoundary();
      // `[\n  a,\n  b\n]` without its brackets, each line moved in by this array's indent.
      const body = text.slice(2, -2);
      put(`\n${indent}${indent ? body.replace(/\n/g, `\n${indent}`) : body}`);
    }
    lineBoundary();
    put(`\n${indent}]`);
  };
  walk(value, '', 0);
  if (parts.length > 0) sink(parts.join(''));
}

/** The chunks writeJson produces, as an array (for tests and small documents). */
export function jsonChunks(value: unknown, chunkSize?: number): string[] {
  const out: string[] = [];
  writeJson(value, (c) => out.push(c), chunkSize);
  return out;
}
