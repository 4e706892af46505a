/**
 * Fallback values written beside a read of the environment (issue 11, leaks10 category 6): the value a program uses
 * when a secret's variable is unset is the secret, written in the code.
 * - shell and compose: `${API_KEY:-value}`, `${API_KEY:=value}`, `${API_KEY-value}`;
 * - an operator after a secret's name read from the environment: PHP's `getenv('API_KEY') ?: 'value'` and
 *   `$_ENV['TOKEN'] ?? 'value'`,
 *   JavaScript's `process.env.API_KEY || "value"` and `?? 'value'`, Python's `os.getenv("API_KEY") or "value"`, Ruby's
 *   `ENV["API_KEY"] || "value"`.
 * The name is judged by the key-name layer (key-names.ts's judgeAssignment) and the value must hold a digit or
 * something other than letters: `${DB_PASSWORD:-postgres}`, `?: 'changeme'`, `|| "your-api-key-here"`, a path
 * (`?? '/etc/secrets/api_key'`), `:-$OTHER` and
 * `or get_token()` are kept.
 */
import { judgeAssignment } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const SHELL = /\$\{([A-Za-z_][A-Za-z0-9_]{0,63}):?[-=]([^}\s$`'"]{8,200})\}/y;
/** The operators after which a quoted fallback follows (found by the shared literal scan: literal-scan.ts). */
const OPS = ['?:', '??', '||', ' or '] as const;
const SCAN = literalScan(['${', ...OPS])!;
const QUOTED = /[ \t]*(["'`])([^"'`\s\\$]{8,200})\1/y;
const NAME = /[A-Za-z_][A-Za-z0-9_]{1,63}/g;

/** Whether `name` would take `value` as a secret, a value of letters alone aside (`postgres`, `changeme`). */
function secretFallback(name: string, value: string): boolean {
  return !/^[A-Za-z]+$|^[/~]|^\.\.?\//.test(value) && judgeAssignment(name, value) !== null;
}

/** A read of the environment (or a PHP variable) just before an operator: prose's `token … or \`x\`` is none. */
const ENV_READ = /getenv|environ|process\.env|\bENV\b|\$_ENV|\$_SERVER|\$[A-Za-z_]\w*[ \t]*$/;

/** A secret name in the line's text before an operator that reads the environment (`getenv('DB_PASSWORD')`). */
function secretNameBefore(text: string, at: number, value: string): boolean {
  const start = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - 160);
  const before = text.slice(start, at);
  if (!ENV_READ.test(before)) return false;
  return (before.match(NAME) ?? []).some((n) => secretFallback(n, value));
}

function fallbackHits(text: string): Hit[] {
  const hits: Hit[] = [];
  let last = -1;
  for (const i of SCAN(text)) {
    if (i <= last) continue;
    if (text.startsWith('${', i)) {
      SHELL.lastIndex = i;
      const m = SHELL.exec(text);
      if (m === null || !secretFallback(m[1]!, m[2]!)) continue;
      last = SHELL.lastIndex - 1;
      hits.push({ rule: 'fallback-secret', start: last - m[2]!.length, end: last });
      continue;
    }
    const op = OPS.find((o) => text.startsWith(o, i));
    if (op === undefined) continue;
    QUOTED.lastIndex = i + op.length;
    const m = QUOTED.exec(text);
    if (m === null || !secretNameBefore(text, i, m[2]!)) continue;
    last = QUOTED.lastIndex - 1;
    hits.push({ rule: 'fallback-secret', start: last - m[2]!.length, end: last });
  }
  return hits;
}

/** The pass of fallback values beside reads of the environment (see the file's comment). */
export function fallbackPass(): Pass {
  return runPass(fallbackHits);
}
