/**
 * Private keys written as lines in one quoted string under a key's name, generated from a seed: a GCP service
 * account's `private_key` whose PEM header is mangled, missing or replaced, or whose body is no key the base64 layer
 * knows (an encrypted PKCS#8 key, random bytes), in JSON (pretty, minified), a Python dict, a YAML double-quoted
 * scalar, a Markdown block and a notebook's source; and the `private_key_id`. The benign twin: public keys and
 * certificates written the same way, prose in lines under a `*_key` name that is no secret's, the account's ids.
 */
import { randomStrings, rng } from './fake-secrets.js';

export interface KeyLineCase {
  rel: string;
  text: string;
  planted: string[];
  kind: string;
}

type Gen = ReturnType<typeof randomStrings>;

/** Headers a key is found with: none, mangled, replaced. */
const HEADERS: [string, (body: string, kind: string) => string][] = [
  ['none', (b) => `${b}\n`],
  ['none-no-newline', (b) => b],
  ['four-dashes', (b, k) => `----BEGIN ${k}----\n${b}\n----END ${k}----\n`],
  ['short-name', (b) => `-----BEGIN PRIV KEY-----\n${b}\n-----END PRIV KEY-----\n`],
  ['lower', (b, k) => `-----begin ${k.toLowerCase()}-----\n${b}\n-----end ${k.toLowerCase()}-----\n`],
  ['spaced', (b, k) => `----- BEGIN ${k} -----\n${b}\n----- END ${k} -----\n`],
];

/** A key's base64 body in 64-character lines: an encrypted PKCS#8 key's start, or random bytes. */
function body(r: Gen, rand: () => number): [string, string] {
  const encrypted = rand() < 0.5;
  const head = encrypted ? 'MIIFHDBOBgkqhkiG9w0BBQ0wQTApBgkqhkiG9w0BBQwwHAQI' : '';
  const text = head + r('b64', 1200 + Math.floor(rand() * 400));
  return [text.match(/.{1,64}/g)!.join('\n'), encrypted ? 'ENCRYPTED PRIVATE KEY' : 'PRIVATE KEY'];
}

const NAMES = ['private_key', 'privateKey', 'PRIVATE_KEY', 'signing_key', 'ssh_private_key', 'client_key'];

const PLACES: [string, (doc: Record<string, unknown>, name: string, value: string) => string][] = [
  ['workspace/proj-sa.json', (d) => JSON.stringify(d, null, 2) + '\n'],
  ['workspace/key.json', (d) => JSON.stringify(d) + '\n'],
  ['workspace/auth.py', (d) => `INFO = ${JSON.stringify(d, null, 4)}\n`],
  ['workspace/values.yaml', (_d, n, v) => `gcp:\n  project: demo\n  ${n}: ${JSON.stringify(v)}\n`],
  ['workspace/README.md', (d) => `Use this:\n\n\`\`\`json\n${JSON.stringify(d, null, 2)}\n\`\`\`\n`],
  [
    'workspace/nb.ipynb',
    (d) => JSON.stringify({ cells: [{ cell_type: 'code', source: [`sa = ${JSON.stringify(d)}\n`] }] }),
  ],
];

function account(r: Gen, name: string, value: string): Record<string, unknown> {
  const project = `proj-${r('lowerAlnum', 6)}`;
  return {
    type: 'service_account',
    project_id: project,
    private_key_id: r('hex', 40),
    [name]: value,
    client_email: `sa@${project}.iam.gserviceaccount.com`,
    client_id: r('digits', 21),
    token_uri: 'https://oauth2.googleapis.com/token',
  };
}

export function keyLineCorpus(seed: number): KeyLineCase[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 1);
  const out: KeyLineCase[] = [];
  for (let n = 0; n < 72; n++) {
    const [rel, place] = PLACES[n % PLACES.length]!;
    const [header, wrap] = HEADERS[Math.floor(n / PLACES.length) % HEADERS.length]!;
    const [lines, kind] = body(r, rand);
    const name = NAMES[n % NAMES.length]!;
    const doc = account(r, name, wrap(lines, kind));
    const planted = [lines.replace(/\n/g, '').slice(48), doc.private_key_id as string];
    out.push({ rel, text: place(doc, name, doc[name] as string), planted, kind: `${header} ${name}` });
  }
  return out;
}

/** Public keys, certificates and prose in lines under `*_key` names, beside an account's ids: must stay. */
export function keyLineTwins(seed: number): KeyLineCase[] {
  const r = randomStrings(seed);
  const out: KeyLineCase[] = [];
  const pem = (k: string): string =>
    `-----BEGIN ${k}-----\n${r('b64', 360)
      .match(/.{1,64}/g)!
      .join('\n')}\n-----END ${k}-----\n`;
  for (let n = 0; n < 36; n++) {
    const [rel, place] = PLACES[n % PLACES.length]!;
    const values: [string, string][] = [
      ['public_key', pem('PUBLIC KEY')],
      ['gpg_key', pem('PGP PUBLIC KEY BLOCK')],
      ['ca_key', pem('CERTIFICATE')],
      ['help_key', 'Press the key\nthen release it\n'],
      ['sort_key', `name\ncreated_at\n${r('lowerAlnum', 4)}\n`],
      ['primary_key', `id\ntenant_id\n`],
    ];
    const [name, value] = values[n % values.length]!;
    const doc = { ...account(r, name, value), private_key_id: undefined };
    delete doc.private_key_id;
    out.push({ rel, text: place(doc, name, value), planted: [], kind: name });
  }
  return out;
}
