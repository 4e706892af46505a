/**
 * A secret written beside its public id with no name of its own (attack6 L1): where a recognised id (an AWS access key
 * id `AKIA…`, a Twilio account or API key SID `AC…`/`SK…`, an Alibaba `LTAI…`, a Tencent `AKID…`) is followed on its
 * line by a value of its secret's shape, that value is its secret: `AKIA…:SECRET`, `AKIA… SECRET`,
 * `("AKIA…", "SECRET")`, `AKIA…,SECRET` in a CSV, `| AKIA… | SECRET |`. Also:
 * - an AWS secret's shape (40 base64 characters, mixed) on a line that names AWS or S3 (`The AWS secret is …`,
 *   `| AWS | … |`, `using key … for s3 upload`);
 * - the string arguments of a credential constructor that takes several (`SpotifyClientCredentials(id, secret)`,
 *   `OAuth1UserHandler(…)`, `Minio(host, access, secret)`, `SearchClient.create(app, key)`): each that reads as a key.
 * Each search starts from a literal found by the shared literal scan (literal-scan.ts) or from a run of hex digits.
 */
import { indexWithin, lineStartOrCap } from './bounded.js';
import { namedCredential } from './credential-values.js';
import { charSet } from './line-heads.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { subRuns } from './runs.js';
import { UUID_VALUE } from './shapes.js';

interface Family {
  /** The id, tried where its first letters were found (ID_STARTS). */
  id: RegExp;
  /** The secret's shape, tried after the gap. */
  secret: RegExp;
}

const B64_40 = /[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/y;
const ALNUM_32 = /[A-Za-z0-9]{32}(?![A-Za-z0-9])/y;
/** The families by their id's first four letters (found by the shared literal scan: literal-scan.ts). */
const AWS: Family = { id: /(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}(?![A-Za-z0-9])/y, secret: B64_40 };
const FAMILIES: Readonly<Record<string, Family>> = {
  AKIA: AWS,
  ASIA: AWS,
  ABIA: AWS,
  ACCA: AWS,
  LTAI: { id: /LTAI[A-Za-z0-9]{12,24}(?![A-Za-z0-9])/y, secret: /[A-Za-z0-9]{30}(?![A-Za-z0-9])/y },
  AKID: { id: /AKID[A-Za-z0-9]{28,40}(?![A-Za-z0-9])/y, secret: ALNUM_32 },
};
const ID_STARTS = literalScanOr(Object.keys(FAMILIES));
/** Twilio's account and API key SIDs (`AC`/`SK` + 32 hex), found from their 32 hex digits (runs.ts). */
const TWILIO: Family = { id: /(?:AC|SK)[0-9a-f]{32}(?![A-Za-z0-9])/y, secret: ALNUM_32 };
const HEX = charSet('0123456789abcdef');

/** Where the literals start (the shared literal scan, or indexOf of each when it cannot take them). */
function literalScanOr(literals: readonly string[]): (text: string) => readonly number[] {
  return (
    literalScan(literals) ??
    ((text: string): number[] =>
      literals.flatMap((l) => [...text.matchAll(new RegExp(l, 'gi'))].map((m) => m.index)).sort((a, b) => a - b))
  );
}

/** Between an id and its secret: a closing quote, a separator or blanks, at most one joining word, an opening quote. */
const GAP = /["'`]?(?:[ \t]*[,:;|=][ \t]*|[ \t]+)(?:(?:and|with|secret|key|using|the|\/)[ \t]+){0,2}["'`]?/y;

/** Random as a generated key is: letters of both cases and digits, or base64's `/`/`+` with two of those. */
function mixed(v: string): boolean {
  const classes = Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/\d/.test(v));
  return classes === 3 || (classes === 2 && /[/+]/.test(v) && !/\/[a-z]+\//.test(v));
}

/** A hex secret (Twilio's auth token) or a mixed one. */
const secretLike = (v: string): boolean => (/^[0-9a-f]+$/.test(v) ? /\d/.test(v) && /[a-f]/.test(v) : mixed(v));

/** The secret after the id at `at`, if its family's shapes are there. */
function pairAt(text: string, at: number, f: Family, hits: Hit[]): void {
  if (at > 0 && isAlnum(text.charCodeAt(at - 1))) return;
  f.id.lastIndex = at;
  if (!f.id.test(text)) return;
  GAP.lastIndex = f.id.lastIndex;
  if (!GAP.test(text)) return;
  f.secret.lastIndex = GAP.lastIndex;
  const m = f.secret.exec(text);
  if (m !== null && secretLike(m[0])) hits.push({ rule: 'paired-secret', start: m.index, end: m.index + m[0].length });
}

function pairHits(text: string, hits: Hit[]): void {
  for (const i of ID_STARTS(text)) {
    const f = FAMILIES[text.slice(i, i + 4)];
    if (f !== undefined) pairAt(text, i, f, hits);
  }
  const next = subRuns(text, 32, HEX);
  for (let r = next(0); r !== null; r = next(r[1] + 1))
    if (r[1] - r[0] === 32 && /^(?:AC|SK)$/.test(text.slice(r[0] - 2, r[0]))) pairAt(text, r[0] - 2, TWILIO, hits);
}

/** A word naming AWS or S3 (found by the shared literal scan, then checked to stand alone). */
const AWS_WORDS = literalScanOr(['aws', 's3', 'amazon', 'boto', 'minio']);
const AWS_SECRET = /(?<![A-Za-z0-9/+=_-])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=_-])/g;
const isAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** The lines holding a word of AWS_WORDS of its own (`boto3` too), as [from, to) windows of 2 KB at most. */
function awsLines(text: string): [number, number][] {
  const lines: [number, number][] = [];
  let done = -1;
  for (const i of AWS_WORDS(text)) {
    if (i < done || isAlnum(text.charCodeAt(i - 1))) continue;
    let w = i;
    while (isAlnum(text.charCodeAt(w)) && w - i < 8) w++;
    if (!/^(?:aws|s3|amazon|boto3?|minio)$/i.test(text.slice(i, w))) continue;
    const from = lineStartOrCap(text, i, 2048);
    const nl = indexWithin(text, 10, i, 2048);
    const to = nl === -1 ? Math.min(text.length, i + 2048) : nl;
    lines.push([from, to]);
    done = to;
  }
  return lines;
}

/** Before a value: an option other than one for the secret key (a cursor's `--key-marker`, `--starting-token`). */
const OTHER_OPTION = /--(?!(?:aws-)?secret(?:-access)?-key[ \t=])[a-z][a-z0-9-]*[ \t=]+["']?$/i;

function awsLineHits(text: string, hits: Hit[]): void {
  const seen = new Set<number>();
  for (const [from, to] of awsLines(text)) {
    for (const s of text.slice(from, to).matchAll(AWS_SECRET)) {
      const start = from + s.index;
      if (seen.has(start) || !mixed(s[0]) || !(/[/+]/.test(s[0]) || namedCredential(s[0]))) continue;
      // The argument of another option (`aws s3api … --starting-token <cursor>`, `--marker`): no secret.
      if (OTHER_OPTION.test(text.slice(Math.max(from, start - 64), start))) continue;
      seen.add(start);
      hits.push({ rule: 'aws-secret-access-key', start, end: start + 40 });
    }
  }
}

/** A credential constructor taking several positional values, tried where one of these words was found. */
const CALL_WORDS = literalScanOr(['credential', 'oauth', 'minio', 'client.create']);
const CALLEE =
  /(?:[A-Z][A-Za-z0-9]*Credentials?|OAuth[A-Za-z0-9]*|[Mm]inio(?:\.Client)?|[A-Z][A-Za-z0-9]*Client\.create)[ \t]*\(/y;
const ARG = /[ \t\r\n]*(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?(["'`])([^"'`\\\r\n]{1,200})\1[ \t\r\n]*(,|\))/y;

/** The string arguments of the call whose callee starts at `at` (none if it is no credential constructor). */
function callArgs(text: string, at: number): [string, number][] {
  const args: [string, number][] = [];
  CALLEE.lastIndex = at;
  if (!CALLEE.test(text)) return args;
  ARG.lastIndex = CALLEE.lastIndex;
  for (let a = ARG.exec(text); a !== null && args.length < 8; a = a[3] === ',' ? ARG.exec(text) : null)
    args.push([a[2]!, a.index + a[0].indexOf(a[1]!) + 1]);
  return args;
}

function callHits(text: string, hits: Hit[]): void {
  let done = -1;
  // The last word's place and its callee's start: a walk back that reaches it ends where that one did (walked back to
  // the run's start from each, a run of `minio` repeated was quadratic: 64 KiB took 16 s).
  let [lastI, lastAt] = [-1, -1];
  for (const i of CALL_WORDS(text)) {
    // The callee's start: back over its name's characters (`spotipy.SpotifyClientCredentials`: the class's).
    let at = i === lastI ? lastAt : i;
    while (at > 0 && at !== lastI && isAlnum(text.charCodeAt(at - 1))) at--;
    if (at === lastI) at = lastAt;
    [lastI, lastAt] = [i, at];
    if (at <= done) continue;
    done = at;
    const args = callArgs(text, at);
    if (args.length < 2) continue;
    for (const [v, start] of args) {
      // A UUID among several arguments is a tenant's or a client's id.
      if (UUID_VALUE.test(v) || !(namedCredential(v) || (/^[0-9a-f]{32,}$/.test(v) && /\d/.test(v) && /[a-f]/.test(v))))
        continue;
      hits.push({ rule: 'sdk-argument', start, end: start + v.length });
    }
  }
}

function idPairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  pairHits(text, hits);
  awsLineHits(text, hits);
  callHits(text, hits);
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass of secrets beside their ids (see the file's comment). */
export function idPairPass(): Pass {
  return runPass(idPairHits);
}
