/**
 * A table with no header whose column holds passwords beside a column of accounts (attack 58: `users.csv` rows of
 * `668,svc-runner,admin@example.com,Telvudri!Onsunmer6630,2026-01-14`; account-rows.ts reads a password right after a
 * well-known login, and only a strong one). Rows of the same number of cells (three or more rows, three or more cells,
 * split on `,`, tab or `;`, no quotes) are read by columns: one where most cells are e-mail addresses or well-known
 * logins is the accounts', and one where most cells read as a password (a symbol no id, slug or base64 holds, or a
 * diceware passphrase) is the passwords': each of its cells is taken, weaker ones too.
 * Ids, digests, UUIDs, dates, numbers, paths and addresses are no password's cells.
 */
import { WELL_KNOWN } from './account-rows.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { passphraseValue } from './passphrases.js';
import { UUID_VALUE } from './shapes.js';

/** The rule of this pass's hits, judged here (by the column) and kept whole by hits.ts. */
export const COLUMN_RULE = 'password-column';
const RULE = COLUMN_RULE;
/** A row's line holding an e-mail address or a well-known login as a whole cell (the pass's gate). */
const ACCOUNT_ROW =
  /(?:^|[,;\t])(?:[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,}|root|admin|deploy|svc-[\w-]+)(?:[,;\t]|\r?$)/im;
const EMAIL = /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$/;
const MOST = 0.6;
const LONGEST_LINE = 512;

/** Not a password's shape: a number, a date or time, a UUID, hex, an address, a path, a URL, a version. */
const NOT_PASSWORD = /^[-+]?\d+(?:[.:,]\d+)*$|^\d{4}-\d\d-\d\d|^[0-9a-f]+$|@|^[~./]|:\/\/|^v?\d+(?:\.\d+)+/i;

/** A cell that reads as a password (see the file's comment). */
function passwordCell(v: string): boolean {
  if (v.length < 6 || v.length > 64 || v.trim() !== v || UUID_VALUE.test(v) || NOT_PASSWORD.test(v)) return false;
  if (/\s/.test(v)) return passphraseValue(v);
  // A symbol no id, slug or base64's padding holds (a column of `usr_2Nk8dL` ids or nanoids is no password's).
  return /[A-Za-z0-9]/.test(v) && /[^A-Za-z0-9._-]/.test(v.replace(/=+$/, '')) && !/^[A-Za-z0-9+/]+={0,2}$/.test(v);
}

const accountCell = (v: string): boolean => EMAIL.test(v) || WELL_KNOWN.test(v);

type Row = { at: number; cells: string[] };

/** The hits of one block of rows of the same width. */
function blockHits(rows: readonly Row[], delim: string, hits: Hit[]): void {
  const width = rows[0]!.cells.length;
  const count = (c: number, f: (v: string) => boolean): number => rows.filter((r) => f(r.cells[c]!)).length;
  const need = Math.max(3, Math.ceil(rows.length * MOST));
  const columns = [...Array(width).keys()];
  if (!columns.some((c) => count(c, accountCell) >= need)) return;
  for (const c of columns) {
    if (count(c, passwordCell) < need || count(c, accountCell) > 0) continue;
    for (const r of rows) {
      const v = r.cells[c]!;
      if (v === '' || /^\*+$/.test(v)) continue;
      const start = r.at + r.cells.slice(0, c).reduce((n, x) => n + x.length + delim.length, 0);
      hits.push({ rule: RULE, start, end: start + v.length });
    }
  }
}

function columnHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (!ACCOUNT_ROW.test(text)) return hits;
  for (const delim of [',', '\t', ';']) {
    let block: Row[] = [];
    const flush = (): void => {
      if (block.length >= 3) blockHits(block, delim, hits);
      block = [];
    };
    for (let at = 0; at < text.length;) {
      const nl = text.indexOf('\n', at);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(at, end).replace(/\r$/, '');
      const cells = line.length <= LONGEST_LINE && !line.includes('"') ? line.split(delim) : [];
      if (cells.length >= 3 && (block.length === 0 || cells.length === block[0]!.cells.length))
        block.push({ at, cells });
      else {
        flush();
        if (cells.length >= 3) block.push({ at, cells });
      }
      at = end + 1;
    }
    flush();
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass (see the file's comment). */
export function passwordColumnPass(): Pass {
  return runPass(columnHits);
}
