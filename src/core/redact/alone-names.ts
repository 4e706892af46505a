/**
 * Names that say key only alone: `api`, `access`, `license`, `licence`, `lic` and `k` as a whole name (attack 57:
 * `api  = "<32 hex>"` in HCL's locals, `access: <40 random>`, `license: <32 hex>`, `k: <32 hex>` in a request's extra
 * body went out). The key-name layer's finder does not look for them (`api` and `access` are in every other line of
 * prose and code): this pass finds them as a setting's whole name (a line's first name, a JSON member, an inline map's
 * entry) before `:` or `=`, and takes a value that reads as random and is no digest, id or image (generic.ts: `access:
 * read-write`, `license: LicenseRef-Proprietary-2024`, `k: 40`, `api: v2` stay).
 */
import { isAllowListed, looksRandom } from './generic.js';
import { isPlaceholderValue } from './placeholder-values.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const WORDS = ['api', 'access', 'license', 'licence', 'lic', 'k'];
const SEPARATORS = [':', '=', ' =', '  =', '   =', '\t=', ' :', '":', "':", '" :', '"=', "'="];
const scan = literalScan(WORDS.flatMap((w) => SEPARATORS.map((s) => `${w}${s}`)));

/** What may stand before the name on its line: blanks, a list's dash, an inline map's `{` or `,`, a quote. */
const HEAD = /(?:^|[\n{,])[ \t]*(?:- )?["']?$/;
/** The separator and a value that runs to its line's end, a comma, a brace or a comment. */
const VALUE = /["']?[ \t]*[:=][ \t]*(["']?)([^\s"'`,;{}[\]()<>]{16,256})\1[ \t]*(?=[,}#;]|\r?\n|$)/dy;

/** Two or more parts of words (`LicenseRef-Proprietary-2024`, `Commercial-Site-Unlimited`): a name, not a key. */
const wordy = (v: string): boolean =>
  v.split(/[-_.:/+]+/).filter((p) => /^(?:[A-Z]?[a-z]{2,})+$|^[A-Z]{2,}$/.test(p)).length >= 2;

/**
 * Base62 with `_` and `-` of 20 or more characters, or base64 with its padding; no part a lower-case word of six
 * letters or more (`X11R5-permissive`, an SPDX name).
 */
const KEY_CHARS = /^(?![^]*(?:^|[_-])[a-z]{6,}(?:[_-]|$))(?:[A-Za-z0-9_-]{20,256}|[A-Za-z0-9+/]{20,256}={0,2})$/;

function aloneHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const at of scan?.(text) ?? []) {
    const word = WORDS.find(
      (w) => text.slice(at, at + w.length).toLowerCase() === w && !/\w/.test(text[at + w.length] ?? ''),
    );
    // `k` only as a line's first name (YAML, TOML, HCL): minified code's `{k:"<digest>"}` is a variable's.
    const head = HEAD.exec(text.slice(Math.max(0, at - 64), at));
    if (word === undefined || head === null || (word === 'k' && /[{,]/.test(head[0]))) continue;
    VALUE.lastIndex = at + word.length;
    const m = VALUE.exec(text);
    if (m === null) continue;
    const v = m[2]!;
    // A key's characters only (an SPDX expression's `+`, a version's `.`: `LGPLv3+_or_GPLv2+` is a licence's name).
    if (!KEY_CHARS.test(v) || (v.match(/\d/g)?.length ?? 0) < 2) continue;
    if (looksRandom(v) && !wordy(v) && !isAllowListed(word, v) && !isPlaceholderValue(v))
      hits.push({ rule: 'generic-secret', start: m.indices![2]![0], end: m.indices![2]![1] });
  }
  return hits;
}

/** The pass (see the file's comment). */
export function aloneNamePass(): Pass {
  return runPass(aloneHits);
}
