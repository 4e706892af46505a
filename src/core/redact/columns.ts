/**
 * Names given beside a value rather than before it: an HTML table's header row naming a secret column (`<th>API
 * key</th>`: each cell of that column in the rows below, to the table's end), and a JSON object's bare `"key"` holding
 * 32–64 hex digits next to a field naming a provider (`{"provider": "deepgram", "key": "…"}`: a digest's shape, so
 * only the provider field tells it is a key). Each pass reads only text holding `</th>` or `key"`.
 */
import { PROVIDERS } from './services.js';
import { judgeAssignment } from './key-names.js';
import { judgeCell } from './cells.js';
import { isPassword } from './phrase-values.js';
import { runPass, type Hit, type Pass } from './pass.js';

const ROW_OR_END = /<(?:tr|TR|Tr)\b[^>]*>|<\/(?:table|TABLE|Table)\s*>/g;
const CELL = /<(t[hd])\b[^>]*>([\s\S]*?)<\/\1\s*>/gi;
const CELL_VALUE = /^\s*(?:<(?:code|kbd|span|b|strong|tt|pre)\b[^>]*>\s*)*([^<\s](?:[^<]*[^<\s])?)/i;

const TOKEN_CELL = /^[A-Za-z0-9._~+/=:!@#$%^*?-]+$/;

function htmlColumnHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let header: string[] | null = null;
  const marks = [...text.matchAll(ROW_OR_END)];
  for (let i = 0; i < marks.length; i++) {
    const m = marks[i]!;
    if (m[0][1] === '/') {
      header = null;
      continue;
    }
    const start = m.index + m[0].length;
    const row = text.slice(start, i + 1 < marks.length ? marks[i + 1]!.index : text.length);
    const cells = [...row.matchAll(CELL)];
    if (cells.length > 0 && cells.every((c) => c[1]!.toLowerCase() === 'th')) {
      header = cells.map((c) => c[2]!.replace(/<[^>]*>/g, '').trim());
      continue;
    }
    if (header === null) continue;
    cells.forEach((c, col) => {
      const name = header![col];
      const v = name ? CELL_VALUE.exec(c[2]!) : null;
      // A cell of prose or markup (`&lt;eos&gt;` under `Token`) is no value: token or password characters (no `&`,
      // `;`, quotes or brackets), a letter, and a digit or a password's symbol.
      if (v === null) return;
      const end = start + c.index + c[0].indexOf('>') + 1 + v[0].length;
      // A password of any characters (`Señal158£KfqOciø29`, `wXT~(@k#6z:^j9+sAC`) or a passphrase: judgeCell.
      const cell = /\s/.test(v[1]!) || isPassword(v[1]!) ? judgeCell(name!, v[1]!, 'cell') : null;
      if (cell !== null) return void hits.push({ rule: cell.rule, start: end - v[1]!.length, end });
      const token = TOKEN_CELL.test(v[1]!) && /[\d!@#$%^*?]/.test(v[1]!) && /[A-Za-z]/.test(v[1]!);
      const rule = token ? judgeAssignment(name!, v[1]!) : null;
      if (rule !== null) hits.push({ rule, start: end - v[1]!.length, end });
    });
  }
  return hits;
}

// Tried at each `key` (a native search: the regex read all the text); the quote before it is checked after.
const BARE_KEY =
  /key\\?(["'])[ \t]*:[ \t]*\\?(["'])([0-9a-fA-F]{32,64}|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\?\2/y;
const PROVIDER_FIELD = new RegExp(
  `["'](?:provider|service|vendor|backend|platform|type|name)\\\\?["'][ \\t]*:[ \\t]*\\\\?["'](?:${PROVIDERS})\\\\?["']`,
  'i',
);

/** The object around a position: from the last `{` before it to the first `}` after it, 2 KiB each way at most. */
function objectAround(text: string, from: number, to: number): string {
  const open = text.lastIndexOf('{', from);
  const close = text.indexOf('}', to);
  return text.slice(Math.max(open, from - 2048, 0), close === -1 ? to + 2048 : Math.min(close, to + 2048));
}

function providerKeyHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let next = 0;
  for (let at = text.indexOf('key'); at !== -1; at = text.indexOf('key', Math.max(at + 1, next))) {
    BARE_KEY.lastIndex = at;
    const m = BARE_KEY.exec(text);
    if (m === null) continue;
    next = at + m[0].length;
    if (text[m.index - 1] !== m[1] && text.slice(m.index - 2, m.index) !== `\\${m[1]}`) continue;
    const end = m.index + m[0].length - (m[0].endsWith('\\' + m[2]!) ? 2 : 1);
    if (!PROVIDER_FIELD.test(objectAround(text, m.index, end))) continue;
    hits.push({ rule: 'secret-key-value', start: end - m[3]!.length, end });
  }
  return hits;
}

export function columnPass(): Pass {
  return runPass((text) => {
    // `</th>`, not `<th`: bundles are full of `<this`.
    const html = text.includes('</th>') || text.includes('</TH>') ? htmlColumnHits(text) : [];
    // The hits first (a search of `key`s), then whether the text holds `key"` or `key'` (two more searches).
    let keys = providerKeyHits(text);
    if (keys.length > 0 && !text.includes('key"') && !text.includes("key'")) keys = [];
    return [...html, ...keys].sort((a, b) => a.start - b.start);
  });
}
