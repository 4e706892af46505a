/**
 * Names that hold a pagination cursor, not a credential, and the one reader of the name a value
 * is assigned to. Every layer asks here: the key-name layer (key-names.ts), the generic detector
 * (generic.ts) and the false-positive filter (benign.ts), so a cursor name added once is kept
 * everywhere. Names are compared normalised (lowercase letters and digits), by how they end:
 * - tokens of a page, not of a user: `nextPageToken`, `next_token`, `NextContinuationToken`,
 *   `$skiptoken`, `$deltatoken`, `--starting-token`, `syncToken`, `resume_token`, `since_token`,
 *   `pagination_token`, `scroll_token`, `iterator_token`, ... (AWS, Google, Azure, Microsoft Graph,
 *   Twitter/X, Matrix, Elasticsearch);
 * - cursors and markers: `cursor`, `next_cursor`, `endCursor`, `NextMarker`, `KeyMarker`,
 *   `continuation`, `x-ms-continuation`, `_scroll_id`, `search_after`, `StartAfter`,
 *   `starting_after`, `page_info`, `nextLink`, `@odata.deltaLink`, `LastEvaluatedKey`,
 *   `ExclusiveStartKey` (Slack, Notion, GitHub, S3, DynamoDB, Stripe, Shopify).
 * `access_token`, `refresh_token`, `session_token`, `csrf_token`, `bot_token`, ... are none of these.
 */
const CURSOR_NAME = new RegExp(
  [
    '(?:page|next|prev|previous|continuation|continue|sync|resume|skip|delta|starting|start|offset|stream|scroll|iterator|paging|pagination|cursor|since|after|before|marker|waiter)token$',
    'continuation$|cursor$|scrollid$|marker$|nextpage$|pageinfo$|nextlink$|deltalink$|lastevaluatedkey$|exclusivestartkey$|searchafter$|startafter$|startingafter$|endingbefore$',
  ].join('|'),
);

const norm = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * True for a name whose value is a pagination cursor (`nextPageToken`, `NextContinuationToken`, `$skiptoken`,
 * `next_cursor`).
 */
export const isPaginationKey = (key: string): boolean => CURSOR_NAME.test(norm(key));

/** The same test for a name already normalised (lowercase letters and digits). */
export const isPaginationNorm = (normalised: string): boolean => CURSOR_NAME.test(normalised);

/**
 * The name a value at `start` is assigned to, read back from the text just before it: `key: `,
 * `"key": "`, `key=`, `key := `, `key => `, `?key=`, `os.environ["key"] = "`, and with `spaced`
 * also `key value` (Dockerfile `ENV`, `.netrc`); null if none. A `$` may start the name (`$skiptoken=`).
 */
export function keyBefore(text: string, start: number, spaced = false): string | null {
  const before = text.slice(Math.max(0, start - 160), start);
  const m = (spaced ? SPACED : ASSIGNED).exec(before);
  return m ? m[1]! : null;
}
// The name starts a word and is taken whole (`(?=(…))\2`, an atomic group): a try costs the name's length, not its
// square (a table of 28,000 values spent a third of its time here).
const ASSIGNED =
  /(?<![\w$.-])([A-Za-z_$](?=([\w$.-]{0,63}))\2)\\*["'`\]]?[ \t]*(?::=|=>|[:=])[ \t]*(?:["'`]|\\+["'])?[ \t]*$/;
const SPACED =
  /(?<![\w$.-])([A-Za-z_$](?=([\w$.-]{0,63}))\2)\\*["'`\]]?[ \t]*(?::=|=>|[:=]|[ \t])[ \t]*(?:["'`]|\\+["'])?[ \t]*$/;
