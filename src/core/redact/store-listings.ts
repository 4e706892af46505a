/**
 * What a key-value or secret store listed (issue 11, round 23; command-outputs.ts reads one value a command printed):
 * `etcdctl get` (a key's line, then its value's), `consul kv get -recurse` (`path:value` lines) and `vault kv get` /
 * `vault read` (a `Key  Value` table; kv v2's `Data` section). A value is taken when it reads as a credential, a UUID,
 * 32+ hex digits or a password with a symbol, whatever its key (a store's key names are the user's own:
 * `/config/stripe/live`; store-calls.ts's storedValue); Vault's metadata rows (`created_time`, `version`…) are none.
 *
 * Found from the commands' literals in the shared literal scan; the listing is read from the command's next line to a
 * prompt, a blank line or another command, at most MAX_LINES lines of at most MAX_LINE characters each: every line is
 * read once per command, so the pass stays linear.
 */
import { indexWithin } from './bounded.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { storedValue } from './store-calls.js';

const scan = literalScan(['etcdctl get', 'consul kv get', 'vault kv get', 'vault read']);
const MAX_LINES = 256;
const MAX_LINE = 1024;
/** A prompt or a command: the listing has ended. */
const PROMPT = /^[ \t]*(?:[^\s"]{0,80}[$#%>❯➜][ \t]+\S|PS [A-Z]:\\)/;
/** Vault's rows that say when, how long or which version: no secret. */
const VAULT_META =
  /^(?:created_time|custom_metadata|deletion_time|destroyed|version|lease_id|lease_duration|lease_renewable|refresh_interval|ttl|policies|token_policies|identity_policies|accessor|renewable|request_id|warnings)$/;

function take(v: string, at: number, hits: Hit[]): void {
  if (storedValue(v)) hits.push({ rule: 'stored-secret', start: at, end: at + v.length });
}

/** The listing's lines after the command's line at `at`: [start, text] each. */
function listing(text: string, at: number): [number, string][] {
  const lines: [number, string][] = [];
  let start = indexWithin(text, 10, at, MAX_LINE);
  if (start === -1) return lines;
  for (start++; start < text.length && lines.length < MAX_LINES;) {
    let end = indexWithin(text, 10, start, MAX_LINE);
    if (end === -1 && text.length - start > MAX_LINE) break;
    if (end === -1) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    // A blank line ends a listing, but one between Vault's sections (`Metadata`, then `Data`).
    if (line.trim() === '' && !/^=+ .* =+\r?$/.test(text.slice(end + 1, end + 80).split('\n')[0]!)) break;
    if (PROMPT.test(line) || line.startsWith('```')) break;
    lines.push([start, line]);
    start = end + 1;
  }
  return lines;
}

/** `etcdctl get`: a key's line, then its value's line (`--print-value-only`: values alone). */
function etcdHits(lines: [number, string][], hits: Hit[]): void {
  for (let i = 0; i + 1 < lines.length; i++) {
    const [, key] = lines[i]!;
    if (!/^\S{1,512}$/.test(key)) continue;
    const [at, value] = lines[i + 1]!;
    if (/^\S{4,512}$/.test(value)) take(value, at, hits);
    i++;
  }
}

/** `consul kv get -recurse`: `key:value` lines. */
function consulHits(lines: [number, string][], hits: Hit[]): void {
  for (const [at, line] of lines) {
    const m = /^([\w./-]{1,512}):(\S{4,512})$/.exec(line);
    if (m !== null) take(m[2]!, at + m[1]!.length + 1, hits);
  }
}

/** `vault kv get`/`vault read`: rows of `key  value` after `Key  Value` and its `---` rule (kv v2: in `Data`). */
function vaultHits(lines: [number, string][], hits: Hit[]): void {
  let inTable = false;
  for (const [at, line] of lines) {
    if (/^=+ .* =+$/.test(line)) inTable = false;
    else if (/^-{3,}[ \t]+-{5,}$/.test(line)) inTable = true;
    else if (inTable) {
      const m = /^([\w.-]{1,128})[ \t]{2,}(\S{4,512})$/.exec(line);
      if (m !== null && !VAULT_META.test(m[1]!)) take(m[2]!, at + line.length - m[2]!.length, hits);
    }
  }
}

/** The pass (see the file's comment). */
export function storeListingPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    let done = -1;
    for (const at of scan?.(text) ?? []) {
      if (at < done) continue;
      const lines = listing(text, at);
      const c = text.charCodeAt(at);
      if (c === 101 || c === 69) etcdHits(lines, hits);
      else if (c === 99 || c === 67) consulHits(lines, hits);
      else vaultHits(lines, hits);
      done = lines.length > 0 ? lines[lines.length - 1]![0] : at + 1;
    }
    return hits;
  });
}
