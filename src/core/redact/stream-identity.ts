/**
 * Streams that interleave (attack 55): two agents' chunks alternating in one debug log (`[agent_a] StreamChunk(…,
 * content='sk-ant-ap', source='agent_a')` then `[agent_b] …`), two completions in one capture told apart by their
 * `"id": "chatcmpl-…"`, a Responses stream's items (`"item_id"`, `"output_index"`). The records read one after another
 * (chunks.ts) joined pieces of different streams, and a key cut across one stream's records went out whole (and pieces
 * of two streams' prose joined read as a key). Here each record's line names its stream (its tags and identity fields
 * outside its value), and a run of records naming several is read as their streams' runs.
 */
/** A record's value: [start, end) in the text, without its quotes. */
export type Piece = [number, number];

/** A tag (`[agent_a]`; not a time, `[12:01:00]`), or an identity field's value (`source='agent_a'`, `"id": "…"`). */
const IDENTITY =
  /\[([A-Za-z][\w.-]{0,40})\]|["']?\b(source|agent(?:_?id|_?name)?|item_id|id|index|output_index|content_index|choice_index|stream(?:_?id)?|run_id|message_id|call_id|task_id|worker)["']?\s*[:=]\s*["']?([\w.:-]{1,80})/g;
/** How much of a line around a record's value is read for its identity. */
const AROUND = 1024;

/** The identity of the stream a record belongs to, read on its line outside its value [start, end); '' for none. */
export function streamIdentity(text: string, start: number, end: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', start) + 1, start - AROUND);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1 || lineEnd - end > AROUND) lineEnd = Math.min(text.length, end + AROUND);
  const parts: string[] = [];
  for (const s of [text.slice(lineStart, start), text.slice(end, lineEnd)])
    for (const m of s.matchAll(IDENTITY)) parts.push(m[1] ?? `${m[2]}=${m[3]}`);
  return parts.join('|');
}

/**
 * A run of consecutive records split into its streams' runs (each of two records or more, in order), when the records
 * name two streams or more and each stream has two records on average; else the run as it is (records whose identity
 * changes each time, a per-event id among its fields, are read as one stream, as before).
 */
export function splitByStream(run: readonly Piece[], ids: readonly string[]): Piece[][] {
  const byId = new Map<string, Piece[]>();
  for (const [k, piece] of run.entries()) {
    const id = ids[k]!;
    const own = byId.get(id);
    if (own === undefined) byId.set(id, [piece]);
    else own.push(piece);
  }
  if (byId.size < 2 || byId.size * 2 > run.length) return [run.slice()];
  return [...byId.values()].filter((r) => r.length >= 2);
}
