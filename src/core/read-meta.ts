import { constants } from 'node:fs';
import { lstat, open } from 'node:fs/promises';
import path from 'node:path';

/** Metadata files larger than this are not parsed (a warning says so). */
const MAX_META_BYTES = 64 * 1024 * 1024;

export type JsonObject = Record<string, unknown>;

/** The outcome of reading one metadata file: a value, or why there is none. */
export type MetaRead<T> = { ok: true; value: T } | { ok: false; missing: boolean; problem: string };

async function readSmallText(file: string): Promise<MetaRead<string>> {
  try {
    // Never through a link (one may lead out of the session, whose text would then travel in
    // the manifest), nor a FIFO swapped in after the check (opened without blocking, checked again).
    const link = await lstat(file);
    if (link.isSymbolicLink()) return { ok: false, missing: false, problem: 'is a link (links are not followed)' };
    if (!link.isFile()) return { ok: false, missing: false, problem: 'is not a regular file' };
    const fh = await open(file, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
    try {
      const st = await fh.stat();
      if (!st.isFile()) return { ok: false, missing: false, problem: 'is not a regular file' };
      if (st.size > MAX_META_BYTES)
        return { ok: false, missing: false, problem: `is too large to read (${st.size} bytes)` };
      return { ok: true, value: await fh.readFile('utf8') };
    } finally {
      await fh.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, missing: true, problem: 'is missing' };
    return { ok: false, missing: false, problem: `could not be read (${code ?? String(err)})` };
  }
}

/** Reads a JSON file that must hold an object. Never throws. */
export async function readJsonObject(file: string): Promise<MetaRead<JsonObject>> {
  const text = await readSmallText(file);
  if (!text.ok) return text;
  if (text.value.trim() === '') return { ok: false, missing: false, problem: 'is empty' };
  try {
    // A byte order mark a Windows editor wrote before the JSON is no part of it (Python's json refuses it too, but
    // utf-8-sig reads it): read past.
    const value: unknown = JSON.parse(text.value.charCodeAt(0) === 0xfeff ? text.value.slice(1) : text.value);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, missing: false, problem: 'is not a JSON object' };
    }
    return { ok: true, value: value as JsonObject };
  } catch (err) {
    return {
      ok: false,
      missing: false,
      problem: `is not valid JSON (${jsonErrorWithoutText((err as Error).message)})`,
    };
  }
}

/**
 * A JSON.parse error without the text it quotes (`Unexpected token 'P', ..."assword": Pw9xQ2mZ7k"... is not valid
 * JSON`): the warning is printed and goes into the manifest, and the quote may hold part of a secret that no layer can
 * match in ten characters. Where it says so, the position stays.
 */
function jsonErrorWithoutText(message: string): string {
  return message.replace(/,\s*(?:\.\.\.)?"[\s\S]*$/, '').replace(/\s+is not valid JSON$/, '');
}

/** Reads a YAML mapping (execution_metadata.yaml). Never throws. */
export async function readYamlObject(file: string): Promise<MetaRead<JsonObject>> {
  const text = await readSmallText(file);
  if (!text.ok) return text;
  try {
    const { default: YAML } = await import('yaml');
    // No warnings (`logLevel`): the library prints them itself with the line it read (a key, a terminal's escape codes:
    // hostile 59's `api_key: !!python/str …`), past the redaction and the escaping every other message goes through.
    const value: unknown = YAML.parse(text.value, { logLevel: 'error' });
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return { ok: false, missing: false, problem: 'is not a YAML mapping' };
    }
    return { ok: true, value: value as JsonObject };
  } catch (err) {
    return { ok: false, missing: false, problem: `is not valid YAML (${(err as Error).message.split('\n')[0]})` };
  }
}

/** Safe property access into parsed JSON: `get(obj, 'results', 'winner')`. */
export function get(value: unknown, ...keys: string[]): unknown {
  let cur = value;
  for (const key of keys) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as JsonObject)[key];
  }
  return cur;
}

export function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export const metaPath = (dir: string, name: string): string => path.join(dir, name);
