/**
 * The `headers:` and `env:` maps of MCP servers (attack6 L15): secrets.md asks for these whole maps to be redacted, as
 * MassGen's `execution_metadata.yaml` dumps them with the values the user's environment expanded, under whatever name
 * the server reads (`X-Linear-Workspace`, `INTERNAL_SERVICE`). Every value there is redacted but what plainly is no
 * secret: placeholders (`${X}`, `<…>`, `{{…}}`), short values, numbers, booleans, lower-case words and host names,
 * paths, URLs, MIME types, text with blanks (a `Bearer <token>`'s token is the scheme pass's). Also, in text about MCP:
 * a URL's query values that read as keys (`/sse?access=<random>`), and the value after a secret flag in a flow list
 * (`args: ["--token", "<value>"]`). YAML block maps and JSON objects (`mcpServers` in `.mcp.json`) are read; only text
 * with a key that holds MCP servers is read at all, from that key on.
 */
import { namedCredential, randomToken } from './credential-values.js';
import { judgeAssignment } from './key-names.js';
import { namedShape } from './learn-gate.js';
import { literalScan } from './literal-scan.js';
import { argsHits } from './mcp-args.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** A value that plainly is no secret (see the file's comment). */
function plainValue(v: string): boolean {
  return (
    v.length < 8 ||
    /^(?:\$\{?[A-Za-z_]\w*\}?|<[^>]*>|\{\{.*\}\}|%[A-Za-z_]+%|true|false|null|none|yes|no)$/i.test(v) ||
    /^[-+]?\d+(?:\.\d+)?$/.test(v) ||
    (/^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/.test(v) && !/^[0-9a-f]{16,}$/.test(v) && !namedCredential(v)) ||
    // Words with no digit: one case, or capitalised (`DEBUG`, `Europe/Berlin`, `Production`).
    /^(?:[a-z]+|[A-Z]+|[A-Z][a-z]+)(?:[._/-](?:[a-z]+|[A-Z]+|[A-Z][a-z]+))*$/.test(v) ||
    /^(?:[a-z][a-z0-9+.-]*:\/\/|[/~.]|[A-Za-z]:\\)/.test(v) ||
    /^[a-z]+\/[a-z0-9.+-]+$/.test(v) ||
    // A command's option (`NODE_OPTIONS: --max-old-space-size=4096`).
    /^--?[a-z][a-z-]*(?:=|$)/.test(v) ||
    /\s/.test(v)
  );
}

/**
 * Names of values that identify, not authenticate (a build's commit, a digest, a version, an id), or that name what or
 * where (a model, a project, a deployment, an account, a region, a URL: attack8 FP-1).
 */
const ID_NAME =
  /sha|commit|hash|digest|etag|checksum|revision|version|(?:^|[_-])(?:id|ids|model|models|project|deployment|account|region|zone|location|url|uri|endpoint|host|name|org|organization|beta|release|engine|dataset|database|bucket|index)$/i;

/**
 * A value under a neutral name that is taken for a secret: random-looking (context.ts's randomToken: 16 or more
 * characters of a token's alphabet, a credential's shape or a generator's entropy), under a name that is no id's.
 * Ids, dates, e-mails, locales, user agents, comma lists and JSON stay (attack7 D1: they were redacted, then learned
 * and replaced in every other file), and names of words and numbers (`claude-3-5-sonnet-20241022`, `acme-prod-428913`,
 * `mcp-client-2025-04-04`: learn-gate.ts's namedShape).
 */
export const secretValue = (name: string, v: string): boolean =>
  !plainValue(v) && randomToken(v) && !ID_NAME.test(name) && !namedShape(v);

/** `headers:` or `env:` alone on its line (YAML), maybe with an anchor (`env: &env1`: attack 38), with its indent. */
const YAML_MAP = /^([ \t]*)(?:- )?(?:headers|env):[ \t]*(?:&[\w-]{1,64}[ \t]*)?\r?$/gm;
const YAML_ENTRY = /([ \t]+)(["']?)([^\s:"'#][^:"'\n]{0,120})\2:[ \t]+(["']?)([^\n]*?)\4[ \t]*\r?$/my;

function yamlHits(text: string, mcpAt: number, hits: Hit[]): void {
  YAML_MAP.lastIndex = mcpAt;
  for (let m = YAML_MAP.exec(text); m !== null; m = YAML_MAP.exec(text)) {
    const indent = m[1]!.length + (m[0].trimStart().startsWith('- ') ? 2 : 0);
    let at = m.index + m[0].length + 1;
    for (;;) {
      YAML_ENTRY.lastIndex = at;
      const e = YAML_ENTRY.exec(text);
      if (e === null || e[1]!.length <= indent) break;
      const v = e[5]!;
      const start = e.index + e[0].replace(/[ \t]*\r?$/, '').length - e[4]!.length - v.length;
      if (secretValue(e[3]!, v) && !/^["']/.test(v)) hits.push({ rule: 'mcp-map-value', start, end: start + v.length });
      at = e.index + e[0].length + 1;
    }
  }
}

/** `"headers": {` or `"env": {` (JSON), then its entries up to the closing brace. */
const JSON_MAP = /"(?:headers|env)"[ \t\r\n]*:[ \t\r\n]*\{/g;
const JSON_ENTRY = /[ \t\r\n]*"([^"\\\n]{1,120})"[ \t\r\n]*:[ \t\r\n]*"([^"\\\n]*)"[ \t\r\n]*,?/y;

function jsonHits(text: string, mcpAt: number, hits: Hit[]): void {
  JSON_MAP.lastIndex = mcpAt;
  for (let m = JSON_MAP.exec(text); m !== null; m = JSON_MAP.exec(text)) {
    JSON_ENTRY.lastIndex = m.index + m[0].length;
    for (let e = JSON_ENTRY.exec(text); e !== null; e = JSON_ENTRY.exec(text)) {
      const v = e[2]!;
      if (!secretValue(e[1]!, v)) continue;
      const start = e.index + e[0].lastIndexOf(`"${v}"`) + 1;
      hits.push({ rule: 'mcp-map-value', start, end: start + v.length });
    }
  }
}

/** A URL's query value that reads as a key: 12 or more letters, digits and `_-.~`, both letters and digits. */
const QUERY_VALUE = /[?&]([A-Za-z_][\w.-]{0,40})=([A-Za-z0-9_.~-]{12,512})(?=[&#\s"'`]|$)/gm;
/** A secret flag and its value as two items of a flow list (`["--token", "…"]`, `[--api-key, …]`). */
const FLOW_FLAG = /(["']?)--([a-z][a-z0-9-]{1,40})\1[ \t]*,[ \t]*(["']?)([^\s"',\]]{8,512})\3[ \t]*[,\]]/g;

/** A line holding a server's URL (`url: …`, `"url": "…"`). */
const URL_LINE = /^[ \t]*(?:- )?["']?(?:url|uri|endpoint|server_?url|serverUrl)["']?[ \t]*:[^\n]*/gm;

function urlAndFlagHits(text: string, hits: Hit[]): void {
  const queries = [...text.matchAll(URL_LINE)].flatMap((l) =>
    [...l[0].matchAll(QUERY_VALUE)].map((m) => ({ v: m[2]!, end: l.index + m.index + m[0].length })),
  );
  for (const { v, end } of queries) {
    if (!/\d/.test(v) || !/[A-Za-z]/.test(v) || /^[a-z]+[._-]?\d+(?:\.\d+)*$/i.test(v)) continue;
    hits.push({ rule: 'mcp-url-value', start: end - v.length, end });
  }
  for (const m of text.matchAll(FLOW_FLAG)) {
    const rule = judgeAssignment(m[2]!, m[4]!);
    if (rule === null) continue;
    const start = m.index + m[0].lastIndexOf(m[4]!);
    hits.push({ rule, start, end: start + m[4]!.length });
  }
}

/** Where `mcp` is written, any case (the shared literal scan: literal-scan.ts), or a regex's search. */
const MCP = literalScan(['mcp']) ?? ((text: string): number[] => [...text.matchAll(/mcp/gi)].map((m) => m.index));

/** A key that holds MCP servers (`mcp_servers:`, `"mcpServers":`, `mcp:`), not a word about MCP (an image's name). */
const MCP_KEY = /mcp(?:[_-]?servers?)?["']?[ \t]*:/iy;

/** Where the first key holding MCP servers is, or -1. */
function serversAt(text: string): number {
  for (const at of MCP(text)) {
    MCP_KEY.lastIndex = at;
    if (MCP_KEY.test(text)) return at;
  }
  return -1;
}

function mcpHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // The maps after the first key holding MCP servers only (`mcp_servers:`, `"mcpServers"`).
  const mcpAt = serversAt(text);
  if (mcpAt < 0) return hits;
  yamlHits(text, mcpAt, hits);
  jsonHits(text, mcpAt, hits);
  urlAndFlagHits(text, hits);
  argsHits(text, mcpAt, hits, secretValue);
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass of MCP servers' maps, URLs and flow-list flags (see the file's comment). */
export function mcpMapPass(): Pass {
  return runPass(mcpHits);
}
