/**
 * Values key-names.ts' judgeAssignment refuses under a name that its place makes a secret's after all (for
 * key-name-pass.ts): a bare `key` after a provider's name or holding a UUID outside a record, and a password that
 * starts with `=` after a colon.
 */
import { judgeAssignment } from './key-names.js';
import { labelled } from './labels.js';
import { PROVIDER_BEFORE } from './services.js';
import { UUID_VALUE } from './shapes.js';

/**
 * Beside a bare `key`, names that make it a record's or a cache's key (`{key, value}`, `cache hit key=… size=…`), a
 * YAML list of records (`- key: …`, Kubernetes' tolerations and tags), and a qualifier before it (`idempotency key:`).
 */
const KEY_RECORD =
  /\b(?:value|val|label|ttl|size|cache[ds]?|hits?|miss|index|bucket|field|name|count|type)\b|^[ \t]*- key\b|\b(?:idempotency|dedupe?|deduplication|lookup|sort|partition|primary|foreign|routing|shard|object|row|request|correlation|composite|unique|natural|surrogate|secondary)[ \t_-]+key\b/i;

/**
 * A UUID under a bare `key` (some providers issue UUID keys: Exa, Pinecone) on a line that does not make it a record's
 * or a cache's key; elsewhere UUIDs are ids (generic.ts's allow-list).
 */
function uuidUnderKey(key: string, value: string, line: string): string | null {
  return /^key$/i.test(key) && UUID_VALUE.test(value) && !KEY_RECORD.test(line) ? 'secret-key-value' : null;
}

/**
 * A bare `key` after a provider's name (`Groq key: …`, `Anthropic key = …`) takes what labels.ts takes under that name
 * (a short hex key too).
 */
function providerKey(m: RegExpExecArray, k: string, value: string): string | null {
  if (k !== 'k2' || !/^key$/i.test(m.groups!.k2!)) return null;
  const at = m.indices!.groups!.k2![0];
  return PROVIDER_BEFORE.test(m.input.slice(Math.max(0, at - 32), at)) && labelled(value, '')
    ? 'secret-key-value'
    : null;
}

/**
 * A password that starts with `=` after a colon (`postgresPassword: =HUQKQi#cloUR4?y` in a Helm chart: attack 44):
 * judgeAssignment supposes a value after `=` that starts with `=` is a comparison's (`token==x`) unless it reads as a
 * generator's password; after `:` and a blank or a quote the `=` is the value's own, and the rest is judged.
 */
function colonEquals(m: RegExpExecArray, k: string, value: string, valueStart: number): string | null {
  const keyEnd = m.indices!.groups![k]![1];
  if (!/^=[^=>\s]/.test(value) || !/^["']?[ \t]*:(?:[ \t]+|[ \t]*["'])$/.test(m.input.slice(keyEnd, valueStart)))
    return null;
  return judgeAssignment(m.groups![k]!, value.slice(1));
}

/** The rule for a value of group `k` (key-names.ts' KEY_NAME_SOURCE) that judgeAssignment refused, or null. */
export function valueByPlace(m: RegExpExecArray, k: string, value: string, valueStart: number): string | null {
  return (
    (k === 'k2' || k === 'k' ? colonEquals(m, k, value, valueStart) : null) ??
    uuidUnderKey(m.groups![k]!, value, m.input) ??
    providerKey(m, k, value)
  );
}
