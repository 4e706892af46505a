/**
 * Terraform state and `terraform show -json` documents, generated from a seed: secrets under names that say nothing
 * (a `random_password`'s `result`, an attribute listed in `sensitive_attributes` or marked in `sensitive_values`, an
 * output's `value` beside `"sensitive": true`), written pretty, minified, fenced in Markdown and as a log line; and the
 * benign twin: states of the same shape with ids, arns, hashes and UUIDs and nothing marked sensitive, which must
 * come out byte for byte.
 */
import { randomStrings, rng, uuidOf } from './fake-secrets.js';

export interface StateCase {
  rel: string;
  text: string;
  /** The secrets planted: no 10-character window may come out. */
  planted: string[];
  kind: string;
}

type Gen = ReturnType<typeof randomStrings>;

const SYMBOLS = '!#$%&*()-_=+[]{}<>:?';
/** Neutral attribute names a module may mark sensitive. */
const NEUTRAL = ['value', 'config', 'connection', 'content', 'endpoint_auth', 'admin', 'address', 'result', 'settings'];
const OUTPUTS = ['conn', 'db', 'endpoint', 'admin', 'bootstrap', 'main', 'login_info', 'x'];

function password(r: Gen, rand: () => number): string {
  let s = r('alnum', 10 + Math.floor(rand() * 14));
  for (let i = 0; i < 4; i++) {
    const at = Math.floor(rand() * s.length);
    s = s.slice(0, at) + SYMBOLS[Math.floor(rand() * SYMBOLS.length)]! + s.slice(at);
  }
  return s;
}

const arn = (r: Gen, what: string): string =>
  `arn:aws:${what}:us-east-1:${r('digits', 12)}:${what}/${r('lowerAlnum', 12)}`;

/** A benign resource: ids, arns and hashes, nothing marked sensitive. */
function benignResource(r: Gen, k: number): Record<string, unknown> {
  const kinds: [string, Record<string, unknown>][] = [
    [
      'aws_instance',
      { id: `i-0${r('hex', 16)}`, arn: arn(r, 'ec2'), ami: `ami-0${r('hex', 16)}`, private_ip: '10.0.1.7' },
    ],
    ['random_id', { id: r('urlsafe', 11), hex: r('hex', 16), b64_std: r('b64', 11) + '=', byte_length: 8 }],
    ['random_uuid', { id: uuidOf(r('hex', 32), true), result: uuidOf(r('hex', 32), true) }],
    [
      'aws_s3_bucket',
      { id: `logs-${r('lowerAlnum', 10)}`, arn: arn(r, 's3'), bucket_regional_domain_name: 'x.s3.amazonaws.com' },
    ],
    ['aws_iam_role', { id: `role-${r('lowerAlnum', 8)}`, arn: arn(r, 'iam'), unique_id: `AROA${r('upperAlnum', 17)}` }],
    ['null_resource', { id: r('digits', 19), triggers: { sha: r('hex', 40), image: `sha256:${r('hex', 64)}` } }],
  ];
  const [type, attributes] = kinds[k % kinds.length]!;
  return {
    mode: 'managed',
    type,
    name: `r${k}`,
    provider: 'provider["registry.terraform.io/hashicorp/aws"]',
    instances: [{ schema_version: 0, attributes, sensitive_attributes: [], private: 'bnVsbA==' }],
  };
}

/** A resource holding a secret under a name that says nothing, and the secret. */
function secretResource(r: Gen, rand: () => number, k: number): [Record<string, unknown>, string, string] {
  const pw = password(r, rand);
  const attr = NEUTRAL[k % NEUTRAL.length]!;
  const instance = (attributes: Record<string, unknown>, listed: string[]): Record<string, unknown> => ({
    schema_version: 0,
    attributes,
    sensitive_attributes: listed.map((a) => [{ type: 'get_attr', value: a }]),
  });
  const res = (type: string, inst: Record<string, unknown>): Record<string, unknown> => ({
    mode: 'managed',
    type,
    name: `s${k}`,
    provider: 'provider["registry.terraform.io/hashicorp/x"]',
    instances: [inst],
  });
  switch (k % 4) {
    case 0:
      return [
        res('random_password', instance({ id: 'none', length: pw.length, result: pw, special: true }, [])),
        pw,
        'random_password',
      ];
    case 1:
      return [
        res(
          'aws_ssm_parameter',
          instance({ id: `/app/${r('lowerAlnum', 6)}`, arn: arn(r, 'ssm'), type: 'SecureString', value: pw }, []),
        ),
        pw,
        'ssm-value',
      ];
    default:
      return [
        res(`acme_thing_${k % 3}`, instance({ id: r('hex', 24), arn: arn(r, 'acme'), [attr]: pw }, [attr])),
        pw,
        'sensitive_attributes',
      ];
  }
}

/** `terraform show -json`: a resource's `values` with the names `sensitive_values` marks. */
function shown(r: Gen, rand: () => number, benign: boolean): [Record<string, unknown>, string[]] {
  const pw = password(r, rand);
  const attr = NEUTRAL[Math.floor(rand() * NEUTRAL.length)]!;
  const doc = {
    format_version: '1.0',
    values: {
      outputs: {
        [OUTPUTS[Math.floor(rand() * OUTPUTS.length)]!]: { sensitive: !benign, value: benign ? 'db.internal' : pw },
      },
      root_module: {
        resources: [
          {
            address: `acme.x`,
            mode: 'managed',
            type: 'acme',
            name: 'x',
            values: { id: r('hex', 20), [attr]: benign ? `host-${r('lowerAlnum', 6)}` : pw },
            sensitive_values: benign ? { tags: {} } : { [attr]: true, tags: {} },
          },
        ],
      },
    },
  };
  return [doc, benign ? [] : [pw]];
}

/** Where a document goes: a state file, a plan, minified, fenced in Markdown, a log line. */
const PLACES: [string, (json: unknown) => string][] = [
  ['workspace/state.json', (d) => JSON.stringify(d, null, 2) + '\n'],
  ['workspace/infra/prod.tfstate.json', (d) => JSON.stringify(d, null, 2) + '\n'],
  ['workspace/show.json', (d) => JSON.stringify(d) + '\n'],
  ['workspace/NOTES.md', (d) => `The state:\n\n\`\`\`json\n${JSON.stringify(d, null, 2)}\n\`\`\`\n`],
  ['agent_outputs/agent_a.txt', (d) => `12:00:01 | INFO | state ${JSON.stringify(d)}\n`],
];

export function stateCorpus(seed: number, benign: boolean): StateCase[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 1);
  const out: StateCase[] = [];
  for (let n = 0; n < 24; n++) {
    const [rel, place] = PLACES[n % PLACES.length]!;
    if (n % 3 === 2) {
      const [doc, planted] = shown(r, rand, benign);
      out.push({ rel, text: place(doc), planted, kind: benign ? 'benign-show' : 'show-json' });
      continue;
    }
    const resources: Record<string, unknown>[] = [];
    const planted: string[] = [];
    let kind = 'benign-state';
    for (let k = 0; k < 4; k++) {
      if (benign || k !== 1) resources.push(benignResource(r, n + k));
      else {
        const [res, pw, what] = secretResource(r, rand, n);
        resources.push(res);
        planted.push(pw);
        kind = what;
      }
    }
    const name = OUTPUTS[n % OUTPUTS.length]!;
    const out1 = benign
      ? { value: `vpc-0${r('hex', 16)}`, type: 'string' }
      : { value: password(r, rand), type: 'string', sensitive: true };
    if (!benign) planted.push(out1.value);
    const doc = {
      version: 4,
      terraform_version: '1.9.5',
      serial: n,
      lineage: uuidOf(r('hex', 32), true),
      outputs: { [name]: out1, vpc: { value: `vpc-0${r('hex', 16)}`, type: 'string' } },
      resources,
      check_results: null,
    };
    out.push({ rel, text: place(doc), planted, kind });
  }
  return out;
}
