/**
 * Values set as environment variables or settings in forms no `name = value` reading reaches (issue 11, round 25):
 * - a pipeline's logging command, `##vso[task.setvariable variable=NAME;issecret=true]value` (Azure Pipelines): the
 *   name is in the command, the value after its `]`; a value marked `issecret=true`, or given to `task.setsecret`, is
 *   a secret whatever its name;
 * - an OTLP exporter's header list, `OTEL_EXPORTER_OTLP_HEADERS=x-honeycomb-team=…,api-key=…` (`_TRACES_` and the
 *   others, the Java property `otel.exporter.otlp.headers`), and a YAML `headers:` map (a Collector's exporter): a
 *   header's value is a credential when its name says so, or when it reads as one under a name that says nothing
 *   (judged as an MCP server's headers are: mcp-maps.ts) and nothing public (`x-honeycomb-dataset`, `content-type`);
 * - Perl's `$ENV{NAME} = …` (`||=`, `//=`), the value in quotes or in `q{}`, `qq()` (any of `{([<|`).
 * Each name is judged as its assignment would be (judgeAssignment), placeholders and references staying. Found only
 * in text holding the form's literal (a plain substring search); each regex reads bounded runs, one per field.
 */
import { isPlaceholderValue, judgeAssignment } from './key-names.js';
import { secretValue } from './mcp-maps.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** Azure Pipelines' command setting a variable: its name, its properties (`;issecret=true`), its value. */
const SET_VARIABLE =
  /##vso\[task\.setvariable[ \t]+variable=([A-Za-z_][\w.-]{0,80})((?:;[^\]\r\n;]{0,80}){0,8})\]([^\s"'`]{1,1024})/g;

/** `##vso[task.setsecret]value`: the value is registered as a secret to mask. */
const SET_SECRET = /##vso\[task\.setsecret\]([^\s"'`\\]{1,1024})/g;

/** The header list of an OTLP exporter, as an environment variable or a Java system property. */
const OTLP_HEADERS =
  /(?:\bOTEL_EXPORTER_OTLP(?:_[A-Z]{1,12})?_HEADERS|otel\.exporter\.otlp(?:\.[a-z]{1,12})?\.headers)["']?[ \t]*[=:][ \t]*["']?([^\s"']{1,4096})/g;
/** A YAML `headers:` map (an OpenTelemetry Collector's exporter, an HTTP client's config) and its lines below. */
const HEADER_MAP = /^([ \t]*)headers:[ \t]*\r?\n((?:\1[ \t]+[\w-]{1,64}:[ \t]*[^\r\n]{0,1024}(?:\r?\n|$)){1,16})/gm;
/** One line of a `headers:` map: its indent, the header's name, its value (maybe quoted). */
const HEADER_LINE = /^([ \t]+)([\w-]{1,64}):[ \t]*(["']?)([^\s"']{1,1024})\3[ \t]*\r?$/;
/** A header of a list that holds no secret: an id, a dataset, a source, a version. */
const PUBLIC_HEADER =
  /(?:^|[-_])(?:ids?|dataset|source|tenant|env|environment|service|version|region|project|sha|type|agent|encoding|length|language|traceparent|tracestate|etag|match|since|control|accept)$/i;
/** An Authorization scheme before the credential, its blank percent-encoded (`Basic%20…`) or not. */
const SCHEME = /^(?:Basic|Bearer|Token|ApiKey)(?:%20|\+)/i;

/** `$ENV{NAME} = '…'` (or `||=`, `//=`), the value quoted by `'`, `"` or Perl's `q{}`, `qq()`. */
const PERL_ENV =
  /\$ENV\{[ \t]*['"]?([A-Za-z_]\w{0,80})['"]?[ \t]*\}[ \t]*(?:\|\||\/\/)?=[ \t]*(?:qq?[ \t]*([{([<|])|(["']))/g;
const CLOSE: Record<string, string> = { '{': '}', '(': ')', '[': ']', '<': '>', '|': '|', "'": "'", '"': '"' };

/** `##vso[task.setvariable variable=NAME…]value` and `##vso[task.setsecret]value`. */
function setVariableHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(SET_SECRET)) {
    const start = m.index + m[0].length - m[1]!.length;
    if (!isPlaceholderValue(m[1]!)) hits.push({ rule: 'pipeline-variable', start, end: start + m[1]!.length });
  }
  for (const m of text.matchAll(SET_VARIABLE)) {
    const value = m[3]!.replace(/[\\]+$/, '');
    const marked = /;[ \t]*issecret[ \t]*=[ \t]*true/i.test(m[2]!);
    if (marked ? isPlaceholderValue(value) : judgeAssignment(m[1]!, value) === null) continue;
    const start = m.index + m[0].length - m[3]!.length;
    hits.push({ rule: 'pipeline-variable', start, end: start + value.length });
  }
}

/** A header's value (after its scheme, if any) at `at`, when it is a credential: by its name, or random. */
function headerHit(name: string, raw: string, at: number, hits: Hit[]): void {
  const scheme = SCHEME.exec(raw)?.[0].length ?? 0;
  // A JSON string's escapes end the value (`\"`, `\n`).
  const value = raw.slice(scheme).replace(/\\.*$/, '');
  const secret = judgeAssignment(name, value) !== null || (!PUBLIC_HEADER.test(name) && secretValue(name, value));
  if (secret && !isPlaceholderValue(value))
    hits.push({ rule: 'header-value', start: at + scheme, end: at + scheme + value.length });
}

/** Each credential of an OTLP header list: `name=value` pairs separated by commas. */
function otlpHeaderHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(OTLP_HEADERS)) {
    let at = m.index + m[0].length - m[1]!.length;
    for (const pair of m[1]!.split(',')) {
      const eq = pair.indexOf('=');
      if (eq > 0) headerHit(pair.slice(0, eq), pair.slice(eq + 1), at + eq + 1, hits);
      at += pair.length + 1;
    }
  }
}

/** Each credential of a YAML `headers:` map: one header a line, indented under it. */
function headerMapHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(HEADER_MAP)) {
    let at = m.index + m[0].length - m[2]!.length;
    for (const line of m[2]!.split('\n')) {
      const h = HEADER_LINE.exec(line);
      if (h !== null) headerHit(h[2]!, h[4]!, at + line.indexOf(h[4]!, h[1]!.length + h[2]!.length + 1), hits);
      at += line.length + 1;
    }
  }
}

/** `$ENV{NAME} = q{value}`: the value up to its closing quote on the same line. */
function perlQuoteHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(PERL_ENV)) {
    const start = m.index + m[0].length;
    // Read in a bounded window (an unclosed `q(` repeated must not search the rest of the text each time).
    const window = text.slice(start, start + 1024);
    const close = window.indexOf(CLOSE[m[2] ?? m[3]!]!);
    if (close < 8 || window.lastIndexOf('\n', close) !== -1) continue;
    const value = window.slice(0, close);
    if (judgeAssignment(m[1]!, value) !== null) hits.push({ rule: 'perl-env', start, end: start + close });
  }
}

function envSettingHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (text.includes('##vso[')) setVariableHits(text, hits);
  if (text.includes('OTEL_EXPORTER_OTLP') || text.includes('otel.exporter.otlp')) otlpHeaderHits(text, hits);
  if (text.includes('headers:')) headerMapHits(text, hits);
  if (text.includes('$ENV{')) perlQuoteHits(text, hits);
  return hits;
}

/** The pass of values set by pipeline commands, in header lists and maps, and in Perl's `%ENV`. */
export const envSettingPass = (): Pass => runPass(envSettingHits);
