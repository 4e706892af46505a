import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { randomStrings } from './helpers/fake-secrets.js';

/**
 * A value split over lines by a backslash before the break (attack7 L3): inside shell, Python or YAML double quotes,
 * Dockerfile `ENV X=a\`, and quoted pieces joined by Python's explicit continuation. Each piece is shorter than the
 * value's shape; the reader joins them. Look-alikes: continued commands and paths, references, prose, pairs lists.
 */
const r = randomStrings(Number(process.env.REDACT_SEED ?? 4417));

function redact(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

/** Values in their providers' shapes (built here from fragments), under their names. */
function values(): { name: string; value: string }[] {
  const j = (...p: string[]): string => p.join('');
  const b64 = (n: number): string => r('b64', n).replace(/[+/]/g, 'x');
  return [
    { name: 'AWS_SECRET_ACCESS_KEY', value: b64(40) },
    { name: 'AWS_ACCESS_KEY_ID', value: j('AK', 'IA', r('upperAlnum', 16).replace(/[0189]/g, 'Q')) },
    { name: 'SLACK_BOT_TOKEN', value: j('xo', 'xb-', r('digits', 12), '-', r('digits', 13), '-', r('alnum', 24)) },
    { name: 'STRIPE_SECRET_KEY', value: j('sk', '_live_', r('alnum', 99)) },
    { name: 'WANDB_API_KEY', value: r('hex', 40) },
    { name: 'COHERE_API_KEY', value: `${r('alnum', 37)}4Zp` },
    { name: 'AZURE_STORAGE_KEY', value: `${b64(86)}==` },
    { name: 'WIREGUARD_PRIVATE_KEY', value: `${b64(42)}8=` },
    { name: 'POSTGRES_PASSWORD', value: `${r('letters', 6)}!${r('digits', 3)}${r('upperAlnum', 6)}` },
    { name: 'DD_API_KEY', value: r('hex', 32) },
  ];
}

/** The value cut into `n` pieces. */
const cut = (v: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => v.slice(Math.floor((i * v.length) / n), Math.floor(((i + 1) * v.length) / n)));

const FORMS: [string, string, (name: string, p: string[]) => string][] = [
  ['shell export, double quotes', 'workspace/env.sh', (n, p) => `export ${n}="${p.join('\\\n')}"\n`],
  ['shell, single quotes', 'workspace/env.sh', (n, p) => `${n}='${p.join('\\\n')}'\n`],
  ['Dockerfile ENV, unquoted', 'workspace/Dockerfile', (n, p) => `FROM python:3.12\nENV ${n}=${p.join('\\\n    ')}\n`],
  ['Dockerfile ENV, quoted', 'workspace/Dockerfile', (n, p) => `ENV ${n}="${p.join('\\\n')}"\nRUN make\n`],
  ['Python string continued', 'workspace/settings.py', (n, p) => `${n} = "${p.join('\\\n')}"\n`],
  [
    'Python pieces joined by a backslash',
    'workspace/settings.py',
    (n, p) => `${n} = ${p.map((x) => `"${x}"`).join(' \\\n    ')}\n`,
  ],
  ['YAML double quotes', 'workspace/config.yaml', (n, p) => `env:\n  ${n}: "${p.join('\\\n    ')}"\n`],
  ['CRLF', 'workspace/env.bat.sh', (n, p) => `export ${n}="${p.join('\\\r\n')}"\r\n`],
];

describe('line continuation inside a value', () => {
  for (const [form, file, make] of FORMS)
    for (const n of [2, 3])
      it(`${form}, ${n} pieces`, () => {
        const leaked: string[] = [];
        for (const v of values()) {
          const pieces = cut(v.value, n);
          const text = make(v.name, pieces);
          const out = redact(file, text);
          if (pieces.some((p) => p.length >= 6 && out.includes(p))) leaked.push(`${v.name}: ${out}`);
          assert.equal(out.split('\n').length, text.split('\n').length);
          assert.ok(out.includes(v.name));
        }
        assert.deepEqual(leaked, []);
      });
});

describe('line continuation look-alikes stay unchanged', () => {
  const keep = [
    'export PATH="/usr/local/bin:\\\n/opt/massgen/bin:$PATH"\n',
    'RUN apt-get update && \\\n    apt-get install -y curl\n',
    'ENV API_KEY=changeme \\\n    MODEL=gpt-4o-mini\n',
    'ENV OPENAI_API_KEY="" \\\n    ANTHROPIC_API_KEY=""\n',
    'export OPENAI_API_KEY="${OPENAI\\\n_API_KEY_PROD}"\n',
    'export TOKEN_URL="https://login.example.com/\\\noauth2/v2.0/token"\n',
    'SECRET_NAME = "prod" \\\n    "/database/main"\n',
    'password_help = "Enter your \\\n password here"\n',
    'API_KEY_ENV = "OPENAI_" \\\n    "API_KEY"\n',
    'token_count=128734 \\\n  --verbose\n',
    'auth_header: "Bearer \\\n  ${TOKEN}"\n',
    `commit_key = "${r('hex', 20)}\\\n${r('hex', 20)}"\n`,
  ];
  it('keeps continued commands, paths, references and prose', () => {
    for (const text of keep) assert.equal(redact('workspace/x.sh', text), text);
  });
});
