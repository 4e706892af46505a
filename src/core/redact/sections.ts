/**
 * Names given once for the values below or beside them:
 * - a TOML/INI section named after a provider or a secret (`[openai]`, `[tool.cohere]`, `[credentials]`): its
 *   `name = value` lines whose value reads as a credential, under any name that is not a reference (`url`, `model`,
 *   `*_id`, `organization`);
 * - an HTML table or definition list whose first cell is a secret key name (`<td>OPENAI_API_KEY</td><td>…</td>`).
 * Both run only on text holding `\n[` or `<td`/`<dt` (plain substring searches).
 */
import { storedCredential } from './labels.js';
import { judgeAssignment } from './key-names.js';
import { namedShape } from './learn-gate.js';
import { idEntry } from './provider-maps.js';
import { runPass, type Hit, type Pass } from './pass.js';
import { SERVICE_NAMES } from './services.js';
import { keyWords } from './generic.js';
import { publicName, publicValue } from './public-values.js';

/** Section names whose entries are credentials (a provider's name, or a word that says secret). */
const SECRET_SECTION = new RegExp(
  `(?:^|[._"'\\s-])(?:${SERVICE_NAMES}|credentials?|secrets?|keys|tokens|auth|api[_-]?keys?)(?:$|[._"'\\s-])`,
  'i',
);
const SECTION = /[ \t]*\[{1,2}[ \t]*([^\]\n]{1,80}?)[ \t]*\]{1,2}[ \t]*(?:[#;].*)?\r?$/my;
const ENTRY =
  /^[ \t]*["']?([A-Za-z0-9_.-]{1,64})["']?[ \t]*[=:][ \t]*(["']?)([^\s"'#;,]{8,512})\2[ \t]*(?:[#;].*)?\r?$/gm;
/** Entries under a provider's section that name where or what, not who: references and settings. */
const REFERENCE_NAME =
  /(?:id|ids|url|uri|endpoint|host|hostname|model|models|org|organization|project|region|version|deployment|name|base|path|dir|file|type|mode|proxy|template|sender)$/i;

function sectionHits(text: string): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.startsWith('[') ? 0 : text.indexOf('\n[') + 1; at > 0 || (at === 0 && text[0] === '[');) {
    SECTION.lastIndex = at;
    const m = SECTION.exec(text);
    const next = text.indexOf('\n[', at + 1) + 1;
    if (m !== null && SECRET_SECTION.test(m[1]!)) {
      const from = m.index + m[0].length;
      // To the next section, or a Markdown fence that closes the block the section is in (attack 57: `[pypi]` in a
      // fence took a `PublicKeyToken=` line of the prose after it).
      const rest = text.slice(from, next === 0 ? text.length : next);
      const fence = /^[ \t]*(?:```|~~~)/m.exec(rest);
      const body = fence === null ? rest : rest.slice(0, fence.index);
      ENTRY.lastIndex = 0;
      for (let e = ENTRY.exec(body); e !== null; e = ENTRY.exec(body)) {
        const [, name, , value] = e;
        if (REFERENCE_NAME.test(name!.replace(/[^A-Za-z]+$/, '')) || idEntry(name!, value!) || namedShape(value!))
          continue;
        // A digest, an address, a slug, an IV, an SSH public key (public-values.ts).
        if (publicName(keyWords(name!)) || publicValue(value!)) continue;
        // The section names the provider: any entry that is no reference takes a value a little less random than a
        // value with no name would need (context.ts).
        if (!storedCredential(value!)) continue;
        const start = from + e.index + e[0].indexOf(value!, e[0].search(/[=:]/));
        hits.push({ rule: 'section-secret', start, end: start + value!.length });
      }
    }
    if (next === 0) break;
    at = next;
  }
  return hits;
}

/**
 * A cell naming a secret (an identifier or up to four words: `API Key`), then the next cell's value. Each run is
 * bounded (at most four tags around the name or the value, 256 characters in a tag, 64 blanks): unbounded, a line
 * of `<td>` read every tag after each (attack10: 5 s of CPU per 80 KB, quadratic).
 */
const CELL_PAIR =
  /<(t[dh]|dt)\b[^>]{0,256}>\s{0,64}(?:<[a-z]+\b[^>]{0,256}>\s{0,64}){0,4}([A-Za-z_][A-Za-z0-9_.-]{1,63}(?: [A-Za-z0-9_.-]{1,24}){0,3})\s{0,64}(?:<\/[a-z]+>\s{0,64}){0,4}<\/\1>\s{0,64}<(td|dd)\b[^>]{0,256}>\s{0,64}(?:<(?:code|kbd|span|b|strong|tt|pre)\b[^>]{0,256}>\s{0,64}){0,4}([^<\s]{8,4096})/gi;

function cellHits(text: string): Hit[] {
  const hits: Hit[] = [];
  CELL_PAIR.lastIndex = 0;
  for (let m = CELL_PAIR.exec(text); m !== null; m = CELL_PAIR.exec(text)) {
    // A spaced name (`<td>API Key</td>`) is judged as the identifier it spells.
    const rule = judgeAssignment(m[2]!.replace(/ /g, '_'), m[4]!);
    if (rule === null) continue;
    const end = m.index + m[0].length;
    hits.push({ rule, start: end - m[4]!.length, end });
  }
  return hits;
}

const FAR_NAME =
  /\\?(["'])(?:name|key|Name|Key|parameterKey|ParameterKey)\\?\1[ \t]*:[ \t]*\\?(["'])([A-Za-z_][A-Za-z0-9_.-]{0,63})\\?\2/g;
const FAR_VALUE =
  /\\?(["'])(?:name|key|Name|Key)\\?\1[ \t]*:|\\?(["'])(?:value|Value|defaultValue|secretString|SecretString)\\?\2[ \t]*:[ \t]*\\?(["'])([^"'\\\s]{8,4096})\\?\3/g;
/** How far after its name an object's value field is looked for (a long description may lie between). */
const FAR = 16 * 1024;

/**
 * A name and its value in one object with other fields between them (`{"name":"X_API_KEY","description":"…",
 * "value":"…"}`): the first value field after a secret name, before the next name field, within FAR characters.
 */
function farPairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  FAR_NAME.lastIndex = 0;
  for (let m = FAR_NAME.exec(text); m !== null; m = FAR_NAME.exec(text)) {
    const key = m[3]!;
    if (!/key|token|secret|pass|pwd|auth|cred/i.test(key)) continue;
    const body = text.slice(m.index + m[0].length, m.index + m[0].length + FAR);
    FAR_VALUE.lastIndex = 0;
    const v = FAR_VALUE.exec(body);
    if (v === null || v[4] === undefined) continue;
    const rule = judgeAssignment(key, v[4]);
    if (rule === null) continue;
    const end = m.index + m[0].length + v.index + v[0].length - (v[0].endsWith(v[3]!) ? v[3]!.length : 0);
    const start = end - v[4].length;
    if (text.slice(start, end) === v[4]) hits.push({ rule, start, end });
  }
  return hits;
}

/**
 * A delimited row that names its value in its first cell (`MISTRAL_API_KEY,…` in a two-column CSV or TSV). Blanks
 * before a tab separator are spaces: `[ \t]*` on both sides of a tab split a run of tabs every way (64 K tabs: 13 s).
 */
const ROW_PAIR =
  /^[ \t]*"?([A-Za-z0-9_.-]{0,40}(?:key|token|secret|pass|pwd|auth|cred)[A-Za-z0-9_.-]{0,40})"?(?:[ \t]*[,;]| *\t)[ \t]*"?([^\s,;"]{8,512})"?[ \t]*(?=[,;\t\r\n]|$)/gim;

const DELIMITED_START = /^\uFEFF?[ \t]*"?[A-Za-z_][A-Za-z0-9_ .-]{0,60}"?[ \t]*[,;\t]/;

function rowPairHits(text: string): Hit[] {
  const hits: Hit[] = [];
  ROW_PAIR.lastIndex = 0;
  for (let m = ROW_PAIR.exec(text); m !== null; m = ROW_PAIR.exec(text)) {
    // A header of names (`api_key,api_secret`) has no digit in its cells; a key value has.
    if (!/\d/.test(m[2]!) || judgeAssignment(m[1]!, m[2]!) === null) continue;
    const start = m.index + m[0].lastIndexOf(m[2]!);
    hits.push({ rule: 'secret-key-value', start, end: start + m[2]!.length });
  }
  return hits;
}

export function sectionPass(): Pass {
  return runPass((text) => {
    // Plain substring searches first (a section header line ends with `]`; `"value` costs 4 times `value"`).
    const sections = text.includes(']\n') || text.includes(']\r') || text.endsWith(']') ? sectionHits(text) : [];
    const cells = text.includes('<td') || text.includes('<TD') || text.includes('<dt') ? cellHits(text) : [];
    const far = text.includes('value"') || text.includes('Value"') ? farPairHits(text) : [];
    // Rows only in delimited text: its first line starts with a name and a delimiter (a header or a row).
    const rows = DELIMITED_START.test(text) ? rowPairHits(text) : [];
    return [...sections, ...cells, ...far, ...rows].sort((a, b) => a.start - b.start);
  });
}
