/**
 * Values given to a secret store (issue 11, prefix-less keys), where the command, not a key name, says secret:
 * - CLI commands that store secrets or config (`heroku config:set`, `fly secrets set`, `kubectl create secret generic
 *   --from-literal=k=v`, `vault kv put secret/x key=…`, `consul kv put path v`, `gh secret set X --body …`,
 *   `az keyvault secret set --value`, `aws secretsmanager … --secret-string`, `gcloud secrets … <<< "…"`,
 *   `vercel env add`, `wrangler secret put`, …):
 *   every token on the line that reads as a credential, a UUID or 32+ hex digits;
 * - SQL `INSERT INTO` a table named like `api_keys`/`secrets`/`tokens`/`credentials`, or with a column so named: the
 *   values of its secret columns, and any credential-like value of a secret table;
 * - PostgreSQL's `COPY table (cols) FROM stdin;` rows, read as an INSERT's;
 * - SQL `UPDATE … SET value = '…' WHERE name = 'mistral_api_key'`: a settings table's value column, named by its row.
 * Both read only lines holding their command's literal.
 */
import { isPlaceholderValue, isSecretKey, judgeAssignment } from './key-names.js';
import { storedCredential } from './labels.js';
import { anchoredTest, anchors } from './anchors.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { storedValue } from './store-calls.js';

const STORE_COMMAND = new RegExp(
  '(?:^|[\\s;&|(`])(?:' +
    [
      'heroku[ \\t]+config:set',
      'dokku[ \\t]+config:set',
      'fly(?:ctl)?[ \\t]+secrets[ \\t]+(?:set|import)',
      'kubectl[ \\t]+create[ \\t]+secret',
      'oc[ \\t]+create[ \\t]+secret',
      'vault[ \\t]+(?:kv[ \\t]+put|write)',
      'consul[ \\t]+kv[ \\t]+put',
      'gh[ \\t]+secret[ \\t]+set',
      'vercel[ \\t]+env[ \\t]+add',
      'netlify[ \\t]+env:set',
      'railway[ \\t]+variables',
      'doppler[ \\t]+secrets[ \\t]+set',
      'supabase[ \\t]+secrets[ \\t]+set',
      'wrangler[ \\t]+secret[ \\t]+put',
      'aws[ \\t]+secretsmanager',
      'aws[ \\t]+ssm[ \\t]+put-parameter',
      'gcloud[ \\t]+secrets',
      'az[ \\t]+keyvault[ \\t]+secret[ \\t]+set',
      'firebase[ \\t]+functions:(?:secrets:set|config:set)',
      'convex[ \\t]+env[ \\t]+set',
      'render[ \\t]+env',
    ].join('|') +
    ')\\b',
);
const STORE_LITERALS =
  /config:set|secrets?[ \t]|secretsmanager|kv[ \t]+put|vault[ \t]+write|env[ \t]+add|env:set|env[ \t]+set|variables|put-parameter/g;
/** Literals every store command holds, and SQL's `INSERT`. */
const STORE_HINT =
  /config:set|secrets (?:set|import)|create secret|kv put|vault write|secret (?:set|put)|env(?: add|:set| set)|variables|put-parameter|secretsmanager|gcloud secrets|render env|secrets:set/y;
/**
 * Where STORE_HINT may match, from the literals it holds with rare first characters (native searches: the regex read
 * all the text slowly): `fig:s`, `cret`, `-param`, and a `v` (`env`, `kv put`, `vault`, `variables`: vHints).
 */
const STORE_ANCHORS = anchors([
  // `config:set` (the other `:set`s hold `cret` or a `v`); `fig:s` is found faster than `:set` (a `:` is everywhere).
  { literal: 'fig:s', backs: [3] },
  { literal: 'cret', backs: [2, 9] },
  { literal: '-param', backs: [3] },
]);
const INSERT_HINT = /nsert|NSERT/;

/** A store command around the `v` at `i`: one followed by a blank, a `:` or an `a`, or ending `render env`. */
function storeAtV(text: string, i: number): boolean {
  const c = text.charCodeAt(i + 1);
  if (c !== 32 && c !== 58 && c !== 97 && !text.startsWith('render en', i - 9)) return false;
  for (const back of [2, 1, 0, 9]) {
    STORE_HINT.lastIndex = i - back;
    if (i >= back && STORE_HINT.test(text)) return true;
  }
  return false;
}

const valuesAt = (text: string, i: number): boolean =>
  (text.charCodeAt(i + 1) | 32) === 97 && text.slice(i + 1, i + 6).toLowerCase() === 'alues';

/**
 * One scan of the `v`s for both: a store command's, and `values` in any case (every INSERT holds it: most text has
 * none, and skips INSERT_HINT).
 */
function vHints(text: string): { store: boolean; values: boolean } {
  let store = false;
  let values = false;
  for (let i = text.indexOf('v'); i !== -1 && !(store && values); i = text.indexOf('v', i + 1)) {
    values ||= valuesAt(text, i);
    store ||= storeAtV(text, i);
  }
  for (let i = text.indexOf('V'); i !== -1 && !values; i = text.indexOf('V', i + 1)) values = valuesAt(text, i);
  return { store, values };
}

/** A token on a store command's line: between blanks, quotes, `=` or `<<<`, with at most a `=` padding after. */
const TOKEN = /(?<=^|[\s"'=`])([A-Za-z0-9_+/.~-]{16,200}={0,2})(?=["'`\s]|$)/g;

/** A token with symbols on such a line (store-calls.ts's storedValue judges it). */
const SYMBOL_TOKEN = /(?<=^|[\s"'=`])([\x21-\x7e]{12,128})(?=["'`\s]|$)/g;

function storeHits(text: string): Hit[] {
  const hits: Hit[] = [];
  STORE_LITERALS.lastIndex = 0;
  for (let f = STORE_LITERALS.exec(text); f !== null; f = STORE_LITERALS.exec(text)) {
    const at = text.lastIndexOf('\n', f.index) + 1;
    let end = text.indexOf('\n', f.index);
    if (end === -1) end = text.length;
    const line = text.slice(at, end);
    if (STORE_COMMAND.test(line)) {
      TOKEN.lastIndex = 0;
      for (let m = TOKEN.exec(line); m !== null; m = TOKEN.exec(line))
        if (storedCredential(m[1]!))
          hits.push({ rule: 'stored-secret', start: at + m.index, end: at + m.index + m[1]!.length });
      // A password with symbols given whole (`consul kv put cfg/db 'p#W…'`, `--value P@…`): a token TOKEN cannot read.
      SYMBOL_TOKEN.lastIndex = 0;
      for (let m = SYMBOL_TOKEN.exec(line); m !== null; m = SYMBOL_TOKEN.exec(line))
        if (/[^A-Za-z0-9_+/.~=-]/.test(m[1]!) && storedValue(m[1]!))
          hits.push({ rule: 'stored-secret', start: at + m.index, end: at + m.index + m[1]!.length });
      hits.sort((x, y) => x.start - y.start);
    }
    STORE_LITERALS.lastIndex = end;
  }
  return hits;
}

/** `INSERT [INTO] table (cols) VALUES (…), (…);` over lines, 16 KiB at most (SQL Server's `[dbo].[t]` too). */
const INSERT =
  /insert[ \t]+(?:into[ \t]+)?((?:[`"[]?\w{1,64}[`"\]]?\.){0,2}[`"[]?\w{1,64}[`"\]]?)[ \t]*(?:\(([^)]{1,2000})\))?\s*values\s*/gi;
// A string ends at a quote no quote follows (`''` is an escaped quote, never two strings: one reading, linear).
const TUPLE = /\(((?:'(?:[^']|'')*'(?!')|\([^()']*\)|[^()'])*)\)\s*,?\s*/y;
const FIELD = /\s*('(?:[^']|'')*'(?!')|[^,]*)\s*(?:,|$)/y;
const SECRET_TABLE = /key|secret|token|cred|passw/i;
const SECRET_COLUMN = /^(?:key|value|secret|token|password|passwd|hash_?key|api_?key)$/i;

/** A SQL name without its quotes or brackets (`` `t` ``, `"t"`, `[t]`). */
const unquoted = (name: string): string => name.replace(/^[`"[]|[`"\]]$/g, '');

/** A statement's table and columns: whether the table is named a secret's, the columns' names; null if neither. */
function secretColumns(tableName: string, list: string | undefined): { secretTable: boolean; cols: string[] } | null {
  const table = unquoted(tableName.replace(/^.*\./, ''));
  const cols = list?.split(',').map((c) => unquoted(c.trim())) ?? [];
  const secretTable = SECRET_TABLE.test(table) && !/^(?:.*_)?(?:keyword|token_usage|tokens?_count)s?$/i.test(table);
  return secretTable || cols.some((c) => isSecretKey(c)) ? { secretTable, cols } : null;
}

/** Whether a row's value `v` in column `col` is a secret: under a secret's column, or credential-like in its table. */
function storedField(v: string, col: string, secretTable: boolean): boolean {
  const named = col !== '' && (isSecretKey(col) || (secretTable && SECRET_COLUMN.test(col)));
  return named ? !isPlaceholderValue(v) && !/\s/.test(v) : secretTable && storedCredential(v);
}

function insertHits(text: string): Hit[] {
  const hits: Hit[] = [];
  INSERT.lastIndex = 0;
  for (let m = INSERT.exec(text); m !== null; m = INSERT.exec(text)) {
    // A table of no secret's name is still read for a row that names its secret (`'mailserver_pass','…'`).
    const { secretTable, cols } = secretColumns(m[1]!, m[2]) ?? { secretTable: false, cols: [] };
    let pos = m.index + m[0].length;
    for (TUPLE.lastIndex = pos; TUPLE.lastIndex < text.length;) {
      const t = TUPLE.exec(text);
      if (t === null) break;
      fieldHits(t[1]!, t.index + 1, cols, secretTable, hits);
      pos = TUPLE.lastIndex;
    }
    INSERT.lastIndex = Math.max(INSERT.lastIndex, pos);
  }
  return hits;
}

/**
 * The secrets of one row: under a secret's column or in a secret's table (storedField), or after a field that names
 * a secret (a settings table's row: WordPress' `'mailserver_pass','…'`, SQL Server's `N'SmtpPassword', N'…'`).
 */
function fieldHits(tuple: string, base: number, cols: string[], secretTable: boolean, hits: Hit[]): void {
  let named: string | null = null;
  for (let i = 0, at = 0; at < tuple.length; i++) {
    FIELD.lastIndex = at;
    const f = FIELD.exec(tuple);
    if (f === null || f[0].length === 0) break;
    const raw = f[1]!.replace(/^N(?=')/i, '');
    if (raw.startsWith("'") && raw.length > 2) {
      const v = raw.slice(1, -1);
      // One literal, no blank in it (`'Use at least ' || '12 characters'` is an expression, a sentence).
      const literal = /^'(?:[^']|'')*'$/.test(raw) && !/\s/.test(v);
      const byName = named !== null && literal && judgeAssignment(named, v) !== null;
      if (byName || ((secretTable || cols.length > 0) && storedField(v, cols[i] ?? '', secretTable))) {
        const start = base + at + f[0].lastIndexOf(raw) + 1;
        hits.push({ rule: 'stored-secret', start, end: start + v.length });
      }
      // A setting's key, compound (`mailserver_pass`, `SmtpPassword`): a bare `password` may be a type's or a label's.
      named = /^[\w.-]{2,64}$/.test(v) && /[_.-]|[a-z][A-Z]/.test(v) && isSecretKey(v) ? v : null;
    } else named = null;
    at += f[0].length;
  }
}

/** PostgreSQL's `COPY table (cols) FROM stdin;` and its rows below, tab-separated, to `\.` (4,096 rows at most). */
const COPY = /^COPY[ \t]+([\w."]{1,64})[ \t]*(?:\(([^)\r\n]{1,2000})\))?[ \t]+FROM[ \t]+stdin[^\n]*\n/gim;
const MAX_ROWS = 4096;

function copyHits(text: string): Hit[] {
  const hits: Hit[] = [];
  COPY.lastIndex = 0;
  for (let m = COPY.exec(text); m !== null; m = COPY.exec(text)) {
    const table = secretColumns(m[1]!.replace(/"/g, ''), m[2]);
    if (table === null) continue;
    let at = m.index + m[0].length;
    for (let row = 0; row < MAX_ROWS && at < text.length && !text.startsWith('\\.', at); row++) {
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl;
      let from = at;
      for (const [i, v] of text.slice(at, end).replace(/\r$/, '').split('\t').entries()) {
        if (v !== '\\N' && storedField(v, table.cols[i] ?? '', table.secretTable))
          hits.push({ rule: 'stored-secret', start: from, end: from + v.length });
        from += v.length + 1;
      }
      at = end + 1;
    }
    COPY.lastIndex = Math.max(COPY.lastIndex, at);
  }
  return hits;
}

/** `UPDATE t SET col = '…'[, …] WHERE name = '…'` on one line; the row's name read from the WHERE clause. */
const UPDATE = /(?<![\w.])update[ \t]+\S{1,64}[ \t]+set[ \t]+([^\r\n]{1,2000}?)[ \t]+where[ \t]+([^\r\n;]{1,400})/iy;
const SET_VALUE =
  /(?:^|,)[ \t]*[`"[]?(?:value|val|setting_value|config_value|secret|data)[`"\]]?[ \t]*=[ \t]*'([^'\r\n]{1,4096})'/gi;
const ROW_NAME =
  /\b(?:name|key|setting|setting_key|config_key|param|parameter|option_name)[`"\]]?[ \t]*=[ \t]*'([^'\r\n]{1,80})'/i;

/** Where `update` starts, in any case (SQL's keywords are: `uPdate`), by the shared literal scan. */
const UPDATE_AT =
  literalScan(['update']) ?? ((text: string): number[] => [...text.matchAll(/update/gi)].map((m) => m.index));

function updateHits(text: string): Hit[] {
  const hits: Hit[] = [];
  // From each `update`, the statement's regex tried there only.
  for (const i of UPDATE_AT(text)) {
    UPDATE.lastIndex = i;
    const m = UPDATE.exec(text);
    if (m !== null) updateHit(m, hits);
  }
  return hits.sort((a, b) => a.start - b.start);
}

function updateHit(m: RegExpExecArray, hits: Hit[]): void {
  const row = ROW_NAME.exec(m[2]!);
  if (row === null || !isSecretKey(row[1]!)) return;
  const base = m.index + m[0].indexOf(m[1]!);
  SET_VALUE.lastIndex = 0;
  for (let v = SET_VALUE.exec(m[1]!); v !== null; v = SET_VALUE.exec(m[1]!)) {
    const value = v[1]!;
    if (isPlaceholderValue(value) || /\s/.test(value)) continue;
    const start = base + v.index + v[0].length - value.length - 1;
    hits.push({ rule: 'stored-secret', start, end: start + value.length });
  }
}

export function storePass(): Pass {
  return runPass((text) => {
    const v = vHints(text);
    const stores = v.store || anchoredTest(text, STORE_ANCHORS, STORE_HINT) ? storeHits(text) : [];
    const inserts = v.values && INSERT_HINT.test(text) ? insertHits(text) : [];
    const copies = /copy/i.test(text) ? copyHits(text) : [];
    const updates = updateHits(text);
    return [...stores, ...inserts, ...copies, ...updates].sort((a, b) => a.start - b.start);
  });
}
