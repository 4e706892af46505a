/**
 * Values whose name is on their parent (issue 11, category 3): a YAML mapping or list under a
 * name that holds secrets (`api_keys:` / `  mistral: …`, `secrets:` / `  - …`, `credentials:`,
 * `passwords:`, `tokens:`, `keys:`), and a Kubernetes Secret's `data:` and `stringData:` (what
 * `kubectl get secret -o yaml` prints: every value there is a secret, base64 or not). The
 * key-name finder flags the parent's line (PARENT_END); placements.ts's nested-name branch
 * hands it here, and childHits reads the lines below it, deeper than the parent.
 */
import { isSecretName } from './cells.js';
import { judgeAssignment } from './key-names.js';
import { isReferenceName, looksRandom } from './generic.js';
import { passphraseValue } from './passphrases.js';
import type { Hit } from './pass.js';

/**
 * For the key-name finder, after `keys`, `tokens` or `data` (placements.ts): a parent line, nothing after its colon.
 */
export const PARENT_END = `\\\\?["']?[ \\t]*:[ \\t]*\\{?[ \\t]*(?=\\r?\\n|$)`;

/** The name each child's value is judged under, or null when the parent holds no secrets. */
export function parentName(key: string, text: string, at: number): string | null {
  if (/^(?:string)?data$/i.test(key)) return inK8sSecret(text, at) ? 'secret' : null;
  // Grafana's data source provisioning: every value of `secureJsonData` is stored encrypted (`httpHeaderValue1`,
  // `basicAuthPassword`, `tlsClientKey`).
  if (/^securejsondata$/i.test(key)) return 'secret';
  // A plural of a secret name (`api_keys`, `secrets`, `passwords`, `tokens`), or a secret name itself (`credentials`,
  // `auth`).
  const single = key.replace(/(?<=[A-Za-z])s$/, '');
  if (single !== key && isSecretName(single)) return single;
  return null;
}

/** True when the YAML document around `at` (between `---` lines) is a Kubernetes Secret. */
function inK8sSecret(text: string, at: number): boolean {
  const from = Math.max(0, at - 8192);
  const before = text.slice(from, at);
  const docStart = before.lastIndexOf('\n---');
  const after = text.slice(at, at + 8192);
  const docEnd = after.indexOf('\n---');
  const doc = before.slice(docStart + 1) + (docEnd === -1 ? after : after.slice(0, docEnd));
  return /(?:^|\n)kind:[ \t]*["']?Secret["']?[ \t]*\r?(?:\n|$)/.test(doc);
}

/** A child that opens a block scalar: `name: |`, `- key: >-`. */
const BLOCK_HEADER = /^[ \t]*(?:-[ \t]+)?["']?[\w.$-]{1,64}["']?[ \t]*:[ \t]*[|>][-+0-9]{0,2}[ \t]*(?:#.*)?\r?$/;
const CHILD =
  /^([ \t]*)(?:-[ \t]+)?(?:(["']?)([A-Za-z0-9_.$-]{1,64})\2[ \t]*:[ \t]+)?(["']?)((?<=["'])[^"'\r\n]{1,200}(?=["'])|[^\s"'#|>{}[\]&*!][^\s"']*)\4[ \t]*,?[ \t]*(?:#.*)?\r?$/d;

/**
 * The hits among the lines below a parent line that ends at lineEnd: each child value deeper than
 * the parent (`  name: value`, `  - value`), judged under the child's own name when that is a
 * secret name, else under the parent's; a value under a parent's name must also read as data
 * (a digit, a symbol, random), so `secrets: / - name: db` lists of names stay.
 */
export function childHits(text: string, lineEnd: number, parent: string): Hit[] {
  const hits: Hit[] = [];
  const header = text.slice(text.lastIndexOf('\n', lineEnd - 1) + 1, lineEnd);
  const indent = header.length - header.trimStart().length;
  const k8s = parent === 'secret' && /data/i.test(header);
  let pos = lineEnd + 1;
  let scalar = -1;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    const line = text.slice(pos, end);
    const m = CHILD.exec(line);
    const depth = line.length - line.trimStart().length;
    if (line.trim() !== '' && depth <= indent && !(depth === indent && /^[ \t]*-[ \t]/.test(line))) break;
    // A child block scalar's lines (`token: >-` then the lines deeper than it) are its value, read by the key-name
    // pass's block branch, no children (round 40: a URL's second line read alone under `auth:`).
    if (scalar !== -1 && (line.trim() === '' || depth > scalar)) {
      pos = end + 1;
      continue;
    }
    scalar = BLOCK_HEADER.test(line) ? depth : -1;
    // A child that names a reference or a digest (`sha256:`, `checksum:`) holds none of the parent's secrets.
    if (m && !(m[3] !== undefined && isReferenceName(m[3]) && !isSecretName(m[3]))) {
      const name = m[3] !== undefined && isSecretName(m[3]) ? m[3] : parent;
      const value = m[5]!;
      // Words with blanks are read only in quotes, as a passphrase (a sentence there is a description).
      if (value.includes(' ') && !passphraseValue(value)) {
        pos = end + 1;
        continue;
      }
      const data =
        k8s ||
        name !== parent ||
        (!/^[\d.,:+-]+$/.test(value) && (/[\d!@#$%^&*+=~?]/.test(value) || looksRandom(value))) ||
        // A quoted value of words here is a passphrase, as read above (`credentials:` / `  jenkins: "<words>"`).
        value.includes(' ');
      // A Secret's data under a weak name (`sentry_dsn: <base64 of 32 hex>`: attack 58) is the Secret's all the same.
      const rule = data
        ? (judgeAssignment(name, value) ?? (k8s && value.length >= 16 ? judgeAssignment(parent, value) : null))
        : null;
      if (rule) hits.push({ rule, start: pos + m.indices![5]![0], end: pos + m.indices![5]![1] });
    }
    pos = end + 1;
  }
  return hits;
}
