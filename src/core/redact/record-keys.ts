/**
 * A bare `key` whose UUID is an id, not a credential (attack8 FP-5): a variable of code (`const key = "<uuid>"`,
 * `key :=`), a React element's key (`<li key="<uuid>">`), or a YAML `key:` in a cache's or a record's mapping
 * (`cache:\n  key_prefix: …\n  key: <uuid>`). Asked by the key-name pass and the near-label pass.
 */

/** `const key = "`, `key := "`, `<li key="`, `<Row key={"`: a variable or a React element's key. */
const CODE_KEY =
  /(?:\b(?:const|let|var|final|val|auto|my|local|String|string)[ \t]+\$?key[ \t]*(?::[ \t]*\w+[ \t]*)?=|\bkey[ \t]*:=|<[A-Za-z][\w.]*[ \t][^<>]*\bkey=\{?)[ \t]*["'`]?$/;
/** The names of a mapping whose `key` is a record's or a cache's (`cache:`, `idempotency:`, `lookup:`). */
const RECORD_PARENT =
  /^(?:cache|caches|caching|lookup|idempotency|dedupe|dedup|record|row|item|entry|index|bucket|partition|lock|session|ids?|request|job|object|s3|blob|storage|kv|redis|memo)$/i;

/** The name of the YAML mapping (`cache:`) a line indented by `indent` at `lineStart` is in (up to 12 lines above). */
function yamlParent(text: string, lineStart: number, indent: number): string | null {
  let end = lineStart - 1;
  for (let n = 0; n < 12 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const at = line.search(/\S/);
    if (at === -1 || at >= indent) continue;
    return /^[ \t]*["']?([A-Za-z_][\w-]*)["']?[ \t]*:[ \t]*\r?$/.exec(line)?.[1] ?? null;
  }
  return null;
}

/** True when the line's text before a UUID (`head`, the line starting at `lineStart`) gives it to such a key. */
export function isRecordKey(text: string, lineStart: number, head: string): boolean {
  if (CODE_KEY.test(head)) return true;
  if (!/^[ \t]*["']?key["']?[ \t]*:[ \t]*["']?$/i.test(head)) return false;
  return RECORD_PARENT.test(yamlParent(text, lineStart, head.search(/\S/)) ?? '');
}
