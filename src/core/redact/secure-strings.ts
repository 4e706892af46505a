/**
 * What `aws ssm get-parameter(s) --with-decryption` printed (issue 11, round 24): a `SecureString` parameter's value,
 * in every output form the CLI has, where its columns and keys come in order and `Value` follows `Type`: the table
 * (`||  /prod/db |  SecureString |  value |  3 ||`), text (`PARAMETERS\tarn…\t/prod/db\tSecureString\tvalue\t3`),
 * JSON (`"Type": "SecureString",` then `"Value": "…"`) and YAML (`Type: SecureString` then `Value: …`). The value is
 * a secret whatever the parameter's name (`/prod/app/db`): it is taken unless it is a placeholder or a reference.
 *
 * Found from the literal in the shared literal scan; one bounded sticky regex at each: linear.
 */
import { isPlaceholderValue } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { runPass, type Hit, type Pass } from './pass.js';

const scan = literalScan(['SecureString']);
/** After the type: a cell border, a tab or a column gap, or the next key `Value` on the next line; then the value. */
const VALUE =
  /SecureString"?,?(?:[ \t]{0,8}[|\u2502][ \t]{0,8}|\t| {2,16}|[ \t]{0,8}\r?\n[ \t]{0,64}"?Value"?[ \t]{0,8}:[ \t]{0,8}"?)((?:[^\s|\u2502"\\]|\\.){6,1024})/iy;

/** The pass (see the file's comment). */
export function secureStringPass(): Pass {
  return runPass((text) => {
    const hits: Hit[] = [];
    for (const at of scan?.(text) ?? []) {
      VALUE.lastIndex = at;
      const m = VALUE.exec(text);
      if (m === null) continue;
      const v = m[1]!;
      if (isPlaceholderValue(v) || /^[$%{<[*]/.test(v)) continue;
      const s = at + m[0].length - v.length;
      hits.push({ rule: 'stored-secret', start: s, end: s + v.length });
    }
    return hits;
  });
}
