/**
 * Round 23, a secret handed to or listed by a store (issue 11): SDK calls that store a value (AWS SSM and Secrets
 * Manager in Python, JavaScript and Go, Azure Key Vault, keyring/keytar, Vault's hvac, Google Secret Manager), macOS
 * `defaults write`, `consul kv put`, SMTP `AUTH PLAIN`, and the listings of `etcdctl get`, `consul kv get -recurse`
 * and `vault kv get`/`vault read`. Values: provider keys with a prefix and prefix-less random keys, hex, UUIDs,
 * base64 and passwords with symbols, under store paths and names that say nothing (`/prod/upstream`). Twins: the same
 * calls and listings with config values (models, URLs, regions, numbers, flags, paths), references and placeholders,
 * and metadata rows. Seeded (REDACT_SEED replays a run); a plant leaks when its value is still in the output.
 */
import { gen, tokenMakers } from './glue15-tokens.js';

export interface Plant23 {
  name: string;
  text: string;
  value: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2301);

type Shape = (v: string, p: string) => string;
const b64 = (s: string): string => Buffer.from(s).toString('base64');
const q = (v: string): string => JSON.stringify(v);

/** The shapes, each given a value and a store path or name that says nothing of a secret. */
export const SHAPES: Record<string, Shape> = {
  'boto3-ssm': (v, p) => `ssm.put_parameter(\n    Name="/prod/${p}",\n    Value=${q(v)},\n    Type="SecureString")\n`,
  'boto3-ssm-inline': (v, p) =>
    `ssm.put_parameter(Name='/${p}/live', Value='${v}', Type='SecureString', Overwrite=True)`,
  'boto3-create-secret': (v, p) => `client.create_secret(Name="prod/${p}", SecretString=${q(v)})\n`,
  'boto3-put-secret': (v, p) => `sm.put_secret_value(SecretId="${p}", SecretString='${v}')\n`,
  'boto3-json-secret': (v, p) =>
    `sm.create_secret(Name="${p}", SecretString=json.dumps({"username": "svc", "${p}": ${q(v)}}))\n`,
  'js-ssm': (v, p) =>
    `await ssm.send(new PutParameterCommand({ Name: "/prod/${p}", Value: ${q(v)}, Type: "SecureString" }));\n`,
  'js-secrets-manager': (v, p) =>
    `await client.send(new CreateSecretCommand({\n  Name: '${p}',\n  SecretString: '${v}',\n}));\n`,
  'go-ssm': (v, p) =>
    `_, err := svc.PutParameter(&ssm.PutParameterInput{\n\tName:  aws.String("/prod/${p}"),\n\tValue: aws.String(${q(v)}),\n\tType:  aws.String("SecureString"),\n})\n`,
  'azure-set-secret': (v, p) => `client.set_secret("${p}-conn", ${q(v)})\n`,
  'azure-named': (v, p) => `secret_client.set_secret(name="${p}", value=${q(v)})\n`,
  'keyring-py': (v, p) => `keyring.set_password("${p}", "alice", ${q(v)})\n`,
  'keytar-js': (v, p) => `await keytar.setPassword('${p}', 'alice@example.com', '${v}');\n`,
  'hvac-kv': (v, p) => `client.secrets.kv.v2.create_or_update_secret(path="app", secret={"${p}": ${q(v)}})\n`,
  'gcp-secret-version': (v, p) =>
    `client.add_secret_version(request={"parent": "projects/x/secrets/${p}", "payload": {"data": b${q(v)}}})\n`,
  'defaults-string': (v, p) => `defaults write com.acme.${p} upstreamValue -string "${v}"\n`,
  'defaults-bare': (v, p) => `defaults write com.acme.app ${p} '${v}'\n`,
  'consul-put': (v, p) => `$ consul kv put config/${p}/live ${v}\nSuccess! Data written to: config/${p}/live\n`,
  'smtp-plain': (v) => `C: EHLO client\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN ${b64(`\0apikey\0${v}`)}\nS: 235 ok\n`,
  'smtp-plain-334': (v) => `C: AUTH PLAIN\nS: 334 \nC: ${b64(`\0alice@example.com\0${v}`)}\nS: 235 2.7.0 ok\n`,
  'etcd-get-prefix': (v, p) =>
    `$ etcdctl get --prefix /config/\n/config/${p}/model\ngpt-4o\n/config/${p}/live\n${v}\n/config/${p}/region\nus-east-1\n`,
  'etcd-get-named': (v, p) => `$ etcdctl get /config/${p}/api_key\n/config/${p}/api_key\n${v}\n`,
  'consul-recurse': (v, p) =>
    `$ consul kv get -recurse config/\nconfig/${p}/model:gpt-4o\nconfig/${p}/live:${v}\nconfig/${p}/timeout:30\n`,
  'vault-kv-get': (v, p) =>
    `$ vault kv get secret/app\n====== Metadata ======\nKey              Value\n---              -----\ncreated_time     2026-01-31T10:00:00Z\nversion          3\n\n====== Data ======\nKey         Value\n---         -----\n${p}    ${v}\nregion      eu-west-1\n`,
  'vault-read': (v, p) =>
    `$ vault read database/creds/${p}\nKey                Value\n---                -----\nlease_id           database/creds/${p}/abc\nlease_duration     768h\npassword           ${v}\nusername           v-root-${p}-x\n`,
};

const STORE_NAMES = ['upstream', 'billing', 'partner', 'acme', 'relay', 'ledger', 'maps', 'search', 'mailer', 'edge'];

/** The values: prefixed provider keys, random keys of every alphabet, hex, UUIDs, base64, passwords. */
function values(seed: number, n: number): string[] {
  const r = gen(seed);
  const makers = Object.values(tokenMakers(seed + 7));
  const shapes: (() => string)[] = [
    () => r('alnum', 24 + Math.floor(n % 17)),
    () => r('hex', 32),
    () => r('hex', 40),
    () => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-8${r('hex', 3)}-${r('hex', 12)}`,
    () => `${r('b64', 40)}=`,
    () => `${r('alnum', 6)}${r('!#%^*~', 1)}${r('alnum', 5)}${r('!#%^*~@', 1)}${r('alnum', 6)}`,
    () => `${r('url', 30)}`,
    () => makers[Number(r('0123456789', 3)) % makers.length]!(),
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(shapes[i % shapes.length]!());
  return out;
}

/** Every shape with several values, each under a store name. */
export function plants(seed: number): Plant23[] {
  const out: Plant23[] = [];
  const names = Object.keys(SHAPES);
  const vs = values(seed, names.length * 8);
  let k = 0;
  for (const name of names)
    for (let i = 0; i < 8; i++, k++) {
      const value = vs[k]!;
      // The SMTP shapes hold the value in base64: the base64 of its line is what must not go out.
      const text = SHAPES[name]!(value, STORE_NAMES[k % STORE_NAMES.length]!);
      const shown = name.startsWith('smtp')
        ? (/(?:PLAIN |C: )([A-Za-z0-9+/]{16,}={0,2})\n/.exec(text)?.[1] ?? '')
        : value;
      out.push({ name, text, value: shown });
    }
  return out;
}

/** Config values a store holds that are no secrets, and references and placeholders. */
const BENIGN = [
  'gpt-4o-2024-08-06',
  'https://api.example.com/v1',
  'us-east-1',
  'eu-west-1',
  '30',
  'true',
  'enabled',
  '/var/lib/app/data',
  'arn:aws:kms:us-east-1:123456789012:alias/app',
  '${API_KEY}',
  '{{ .Values.apiKey }}',
  'your-api-key-here',
  '<YOUR_TOKEN>',
  'changeme',
  'claude-3-5-sonnet-20241022',
  'postgres://db.internal:5432/app',
  'com.acme.app.Settings',
  '2026-01-31T10:00:00Z',
  'Production database',
  'sk-...',
  'xxxxxxxxxxxxxxxx',
  'INFO',
  'max_tokens',
  'hello world',
];

/** The shapes with benign values, and the listings' metadata and config rows, byte for byte. */
export function twins(seed: number): string[] {
  const out: string[] = [];
  const names = Object.keys(SHAPES);
  let k = seed;
  // Shapes whose slot a name already says is secret (`SecretString`, a password, a `password` row) are no twins.
  for (const name of names.filter(
    (n) => !/create-secret|put-secret|json-secret|secrets-manager|keyring|keytar|vault-read|named$/.test(n),
  ))
    for (const v of BENIGN) {
      if (name.startsWith('smtp') || (/\s/.test(v) && /etcd|consul|vault|defaults-bare/.test(name))) continue;
      out.push(SHAPES[name]!(v, STORE_NAMES[k++ % STORE_NAMES.length]!));
    }
  out.push('Run `etcdctl get /config/app/model` to read the model.\n');
  out.push(
    '$ vault kv get secret/app\n====== Data ======\nKey     Value\n---     -----\nmodel   gpt-4o\nttl     768h\n',
  );
  out.push('C: AUTH PLAIN\nS: 334 \nC: =\nS: 501 cancelled\n');
  return out;
}

export function leaked(ps: readonly Plant23[], redact: (s: string) => string): string[] {
  return ps
    .filter((p) => p.value !== '' && redact(p.text).includes(p.value))
    .map((p) => `${p.name}: ${JSON.stringify(p.text.slice(0, 240))}`);
}
