/**
 * Key names in other languages (attack 60): `KLUCZ_API=…`, `const zugang = "…"`, `os.environ["clave_api"] = …`,
 * `<klucz_api>…</klucz_api>`, `clé_api の値: …`, `APIキー = "…"`, `API密钥: …`. The key-name layer reads English
 * stems (`key`, `token`, `secret`, `pass`); here a name holding a key's or an access's word of another language is
 * judged as `api_key` (key-names.ts): with `api`, `secret`, `private` or `access` beside the word (in either language)
 * any value that is no placeholder or reference; the word alone a value of twelve characters or more with a digit (a
 * setting's word is no key: `zugang: frei`). And an SNMP community string's name (COMMUNITY).
 */
import { humanPassword } from './credential-values.js';
import { judgeAssignment } from './key-names.js';
import { readsAsCredential } from './learn-gate.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** A key's or an access's word (Polish, Spanish, Portuguese, Italian, French, German, Nordic, Turkish, CJK…). */
const WORD =
  'klucz|clave|chave|chiave|llave|cl[eé]f?|schl(?:ü|ue|u)ssel|zugang(?:sdaten)?|nyckel|n(?:ø|o)kkel|n(?:ø|o)gle|' +
  'kulcs|anahtar|ключ|キー(?![\\p{Script=Katakana}ー])|密钥|秘钥|密鑰|키(?![\\p{Script=Hangul}])';
/** A name of words joined by `_`, `.` or `-`, one of them such a word (`api` glued before it too: `APIキー`). */
const NAME = String.raw`(?:[\p{L}\p{N}]{1,30}[_.-]){0,3}(?:api)?(?:${WORD})(?:[_.-][\p{L}\p{N}]{1,30}){0,3}`;
/** Words that make it a secret's: an API's, a secret's, a private key's, an access's. */
const QUALIFIER =
  /api|secret|secreta|secreto|segreta|segreto|geheim|privad[ao]|privat[ao]?|priv[eé]e?|acceso|accesso|acesso|access|zugang|秘密|私钥|시크릿/i;

/** A name holding such a word, its closing quote or bracket, a separator (`=`, `:`, `=>`, a label's `の値:`), a quote. */
const ASSIGNED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_.-])(${NAME})(?:\\?["'])?\]?[ \t]*` +
    String.raw`(?:=>|:=|[=:]|[^\x00-\x7f\s]{1,6}[:\uff1a])[ \t]*(?:[bru]?\\?["'\x60])?([^\s"'\x60<>,;\\]{8,256})`,
  'giu',
);
/** An element named so: `<klucz_api>…</klucz_api>`. */
const ELEMENT = new RegExp(String.raw`<(${NAME})>([^\s<>"']{8,256})</\1>`, 'giu');
/** A quick test: a text holding none of the words is skipped. */
const MAY = new RegExp(WORD, 'iu');
const WORDS = new RegExp(WORD, 'giu');

/** The rule for `value` under the foreign name `name`, or null. */
function judged(name: string, value: string): string | null {
  // Italian's `parola_chiave` is a keyword, not a key.
  if (/parola[_.-]?chiave/i.test(name)) return null;
  const rule = judgeAssignment('api_key', value);
  // A key's or a password's shape: no model's name (`claude-3-5-sonnet-…`), no placeholder (`sua-chave`).
  if (rule === null || /^[a-z]+(?:[-.][a-z0-9]+)+$/.test(value)) return null;
  if (!(readsAsCredential(value) || humanPassword(value) || /^[0-9a-f-]{32,}$/i.test(value))) return null;
  if (QUALIFIER.test(name.replace(WORDS, ' '))) return rule;
  return value.length >= 12 && /\d/.test(value) ? rule : null;
}

/**
 * An SNMP community string's name (`community:`, `snmp_community =`, `communityString:`, `--community`): judged as
 * key-names.ts judges `community` (a password's shape, one word). The key-name finder has no stem for it.
 */
const COMMUNITY =
  /(?<![\w.-])((?:[A-Za-z0-9]{1,20}[_.-])?community(?:[_.-]?string)?|--community)(?:\\?["'])?[ \t]*(?:[=:][ \t]*|(?<=--community)[ \t]+)(?:\\?["'])?([^\s"'\\,;]{6,128})/gi;

function communityHits(text: string, hits: Hit[]): void {
  for (const m of text.matchAll(COMMUNITY)) {
    // (A community's password has a digit: `community: "@HuggingFace"` is a handle.)
    const rule = /\d/.test(m[2]!) ? judgeAssignment(m[1]!.replace(/^--/, ''), m[2]!) : null;
    if (rule === null) continue;
    const start = m.index + m[0].length - m[2]!.length;
    hits.push({ rule, start, end: start + m[2]!.length });
  }
}

function foreignNameHits(text: string): Hit[] {
  const hits: Hit[] = [];
  if (/community/i.test(text)) communityHits(text, hits);
  if (!MAY.test(text)) return hits;
  for (const re of [ASSIGNED, ELEMENT])
    for (const m of text.matchAll(re)) {
      const rule = judged(m[1]!, m[2]!);
      if (rule === null) continue;
      const start = m.index + m[0].length - m[2]!.length - (re === ELEMENT ? m[1]!.length + 3 : 0);
      hits.push({ rule, start, end: start + m[2]!.length });
    }
  return hits.sort((a, b) => a.start - b.start);
}

/** The pass (context-passes.ts). */
export const foreignNamePass = (): Pass => runPass(foreignNameHits);
