/**
 * Round 37: a password written as a Helm template's default (`password: {{ .Values.auth.password | default
 * "#Maple_river79" | b64enc }}`, `{{ default "…" .Values.password }}`): the key-name layer reads the `{{` as the
 * value and stops. The quoted default of a template action is judged as the value of the action's last `.Values`
 * name, else of the line's YAML key (key-names.ts' judgeAssignment under a secret's name: placeholders, references and
 * `changeme` stay), as is `coalesce`'s literal (round 38); a default under any other name
 * (`default "info" .Values.logLevel`) stays.
 *
 * Linear: one global regex of actions (`{{ … }}` of at most 256 characters, no brace inside) and sticky reads in each.
 */
import { isSecretKey, judgeAssignment } from './key-names.js';
import { runPass, type Hit, type Pass } from './pass.js';

const ACTION = /\{\{-?[^{}\r\n]{1,256}\}\}/g;
/** `default "…"`, and (round 38) `coalesce` with `.Values` names before its literal (`coalesce .Values.a "…"`). */
const DEFAULT = /\b(?:default|coalesce(?:[ \t]+\.[A-Za-z0-9_.-]{1,128}){0,6})[ \t]+(["'`])([^"'`\r\n]{1,128})\1/d;
const VALUES_NAME = /\.Values(?:\.[A-Za-z0-9_-]{1,64}){1,8}/g;
const LINE_KEY = /^[ \t]*(?:-[ \t]+)?["']?([A-Za-z0-9_.-]{1,64})["']?[ \t]*:/;

function helmDefaultHits(text: string): Hit[] {
  if (!text.includes('{{') || (!text.includes('default') && !text.includes('coalesce'))) return [];
  const hits: Hit[] = [];
  for (const a of text.matchAll(ACTION)) {
    const d = DEFAULT.exec(a[0]);
    if (!d) continue;
    const paths = [...a[0].matchAll(VALUES_NAME)];
    const before = text.slice(Math.max(0, a.index - 256), a.index);
    const key = (): string | undefined => LINE_KEY.exec(before.slice(before.lastIndexOf('\n') + 1))?.[1];
    const name = paths.length > 0 ? paths[paths.length - 1]![0].split('.').pop()! : key();
    if (name === undefined || !isSecretKey(name) || judgeAssignment(name, d[2]!) === null) continue;
    const [s, e] = d.indices![2]!;
    hits.push({ rule: 'secret-key-value', start: a.index + s, end: a.index + e });
  }
  return hits;
}

/** The pass of secrets given as a Helm template's default (see the file's comment). */
export function helmDefaultPass(): Pass {
  return runPass(helmDefaultHits);
}
