/**
 * Values a JSON document itself marks secret, under names that say nothing (Terraform state and plans, which the
 * key-name layer cannot judge by name):
 * - an attribute an instance lists in its `sensitive_attributes` (`aws_ssm_parameter`'s `value`), or that `terraform
 *   show -json` marks `true` in `sensitive_values`;
 * - the generated secrets of a resource type known to hold them (`random_password`'s `result` and `bcrypt_hash`);
 * - an object's `value` beside `"sensitive": true` (`outputs.<name>`, a plan's variables).
 * A linear scan of the JSON (json-scan.ts) on pieces that hold one of the literals those need: ids, arns and every
 * other attribute stay.
 */
import { scanJson, type JsonFrame, type JsonSlot, type JsonString } from './json-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

/** Resource types whose attributes hold generated secrets that no name or mark says are secret. */
const TYPE_SECRETS: Record<string, readonly string[]> = {
  random_password: ['result', 'bcrypt_hash'],
  aws_ssm_parameter: ['value', 'insecure_value'],
  aws_secretsmanager_secret_version: ['secret_string', 'secret_binary'],
  github_actions_secret: ['plaintext_value', 'encrypted_value'],
  github_actions_environment_secret: ['plaintext_value', 'encrypted_value'],
  kubernetes_secret: ['data', 'binary_data'],
  kubernetes_secret_v1: ['data', 'binary_data'],
  google_secret_manager_secret_version: ['secret_data'],
  azurerm_key_vault_secret: ['value'],
  vault_generic_secret: ['data_json', 'data'],
  vault_kv_secret_v2: ['data_json', 'data'],
};

/** A value worth a placeholder: 4 characters or more, no reference (`${var.x}`) and no mask (`****`, `[REDACTED…`). */
const worth = (s: string): boolean => s.length >= 4 && !/^\$\{[^}]*\}$|^\*+$|^\[REDACTED/.test(s);

interface Scan {
  text: string;
  strings: readonly JsonString[];
  hits: Hit[];
}

function redactSlot(scan: Scan, slot: JsonSlot | undefined): void {
  if (!slot) return;
  for (let k = slot.from; k < slot.to; k++) {
    const [start, end] = scan.strings[k]!;
    if (worth(scan.text.slice(start, end))) scan.hits.push({ rule: 'sensitive-value', start, end });
  }
}

/** The names of the attributes a state instance's `sensitive_attributes` lists (the `value` of each path's steps). */
function listedNames(scan: Scan, slot: JsonSlot | undefined): string[] {
  const names: string[] = [];
  for (let k = slot?.from ?? 0; k < (slot?.to ?? 0); k++) {
    const [start, end, key] = scan.strings[k]!;
    if (key === 'value') names.push(scan.text.slice(start, end));
  }
  return names;
}

/** The names `terraform show -json`'s `sensitive_values` marks `true`. */
function markedNames(slot: JsonSlot | undefined): string[] {
  return [...(slot?.sub ?? new Map<string, JsonSlot>())].filter(([, s]) => s.literal === 'true').map(([k]) => k);
}

function onClose(scan: Scan, stack: readonly JsonFrame[]): void {
  const frame = stack[stack.length - 1]!;
  const slots = frame.slots;
  // An object's value marked sensitive beside it (`outputs.<name>`).
  if (slots.get('sensitive')?.literal === 'true') redactSlot(scan, slots.get('value'));
  // A state instance (its resource two frames up: the `instances` array, then the resource) or a shown resource.
  const values = slots.get('attributes') ?? slots.get('values');
  if (!values?.sub) return;
  const resource = slots.has('attributes') ? stack[stack.length - 3] : frame;
  const type = resource?.slots.get('type')?.text ?? '';
  const names = new Set([
    ...listedNames(scan, slots.get('sensitive_attributes')),
    ...markedNames(slots.get('sensitive_values')),
    ...(TYPE_SECRETS[type] ?? []),
  ]);
  for (const name of names) redactSlot(scan, values.sub.get(name));
}

function sensitiveHits(text: string): Hit[] {
  // A state's instances all list `sensitive_attributes` (Terraform 0.15 and later), a shown resource its
  // `sensitive_values`, an output its `sensitive`: one search.
  if (!text.includes('"sensitive')) return [];
  const scan: Scan = { text, strings: [], hits: [] };
  scanJson(text, (stack, strings) => onClose({ ...scan, strings }, stack));
  return scan.hits;
}

/**
 * The pass of values a JSON document marks secret (see the file's comment). Raw too: on the normalised view a string
 * holding `\"` (an IAM policy in a state) no longer reads as JSON, and the scan stops there.
 */
export function sensitiveJsonPass(): Pass {
  return runPass(sensitiveHits, true);
}
