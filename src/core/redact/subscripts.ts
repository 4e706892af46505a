/**
 * Subscripted and indexed names (README, Redaction, item 5): `access_token[0] = "…"`,
 * `tokens["openai"] = "…"`, `config.api_keys[2] = '…'`, `data[:password] = "…"` (Ruby),
 * `$h{password} = '…'` (Perl), `keys[openai]=…` (bash). A branch of the key-name pass's format
 * regex (formats.ts), so it costs a line only when the key-name finder stops there. The value is
 * judged by the last subscript when that names a secret, else by the name before the subscripts:
 * a secret name (`access_token[0]`) as any assignment, a plural one as its singular
 * (`passwords[user]`, `api_keys[2]`), and a bare `tokens`/`keys`/`secrets` (a tokenizer's
 * `tokens["eos"]`, a dict's `keys[i]`) only when the subscript is a provider or the value reads
 * as generated. Counters, ids and references (`token_count[0] = 5`, `api_key_id[0] = 'key_123'`)
 * are kept by the same judge as any assignment.
 */
import { humanPassword, namedCredential } from './credential-values.js';
import { PROVIDERS } from './services.js';
import { isSecretKey, judgeAssignment } from './key-names.js';
import type { Hit } from './pass.js';

const NAME = '[A-Za-z_][A-Za-z0-9_.-]{0,63}';
const Q = `\\\\?["'\`]`;

/** s1: a name, one or more subscripts, `=` (or `||=`, `??=`), a quoted value or, glued to the `=`, a bare one. */
export const SUBSCRIPT_SOURCE = `(?<![A-Za-z0-9_])(?<s1k>${NAME})(?<s1s>(?:\\[[^\\[\\]\\r\\n]{1,64}\\]|\\{[^{}\\r\\n]{1,64}\\})+)[ \\t]*(?:\\|\\||\\?\\?)?=(?!=)(?:[ \\t]*(?<s1q>${Q})(?<s1v>[^"'\`\\\\\\r\\n]{1,4096})\\k<s1q>|(?<s1u>[^\\s"'\`;|&)]{8,4096}))`;

/** A line the subscript branch may match: `]` or `}` then `=`. */
export const SUBSCRIPT_HINT = /[\]}][ \t]*(?:\|\||\?\?)?=/;

const INTERPOLATED = /\$\{|#\{|%[sdvr]|\{\}|\{[A-Za-z_][\w.]*\}/;
const PROVIDER = new RegExp(`^(?:${PROVIDERS})$`, 'i');
const KEY_OF = /^[ \t]*(?:\\?["'`]|:)?([A-Za-z_][A-Za-z0-9_.-]{0,63})(?:\\?["'`])?[ \t]*$/;

/** Resolves a subscript match: a hit, the index to resume at, or undefined when the branch did not match. */
export function resolveSubscript(m: RegExpExecArray): Hit | number | undefined {
  const g = m.groups!;
  if (g.s1k === undefined) return undefined;
  const field = g.s1v !== undefined ? 's1v' : 's1u';
  const value = g[field]!;
  const range = m.indices!.groups![field]!;
  // A template or format (`\`Bearer ${token}\``, `"Bearer %s" % …`, `f"…{key}"`): its literal is no value (call-args.ts
  // reads the literals built into a header).
  if (INTERPOLATED.test(value)) return m.index + 1;
  const rule = judgeSubscript(g.s1k, g.s1s!, value);
  return rule === null ? m.index + 1 : { rule, start: range[0], end: range[1] };
}

/** The rule for `name[subscripts] = value`, or null to keep it. */
function judgeSubscript(name: string, subscripts: string, value: string): string | null {
  const keys = [...subscripts.matchAll(/\[([^\]]*)\]|\{([^}]*)\}/g)].map((s) => KEY_OF.exec(s[1] ?? s[2]!)?.[1]);
  const last = keys[keys.length - 1];
  // `$config['db']['password']`, `data[:api_key]`, `$h{password}`: the last subscript names the value.
  if (last !== undefined && isSecretKey(last)) return judgeAssignment(last, value);
  const base = name.replace(/^.*(?:\.|->)/, '').replace(/^[$@]+/, '');
  if (isSecretKey(base)) return judgeAssignment(base, value);
  const singular = base.replace(/s$/i, '');
  if (singular === base || value.length < 8 || /\s/.test(value)) return null;
  // `passwords[user]`, `api_keys[2]`, `access_tokens[0]`: each element is one.
  if (isSecretKey(singular) && !/^(?:token|key|secret)$/i.test(singular)) return judgeAssignment(singular, value);
  if (!/^(?:token|key|secret|password)$/i.test(singular)) return null;
  // A bare `tokens[…]`, `keys[…]`: a provider's (`tokens["openai"]`) or a value that reads as generated.
  const provider = last !== undefined && PROVIDER.test(last);
  if (provider && judgeAssignment('api_key', value) !== null) return 'secret-key-value';
  return namedCredential(value) || humanPassword(value) ? 'secret-key-value' : null;
}
