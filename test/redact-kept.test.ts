/**
 * Issue 11, category 8, three families of benign content that must come out byte for byte, each next to a real secret
 * of the same shape that must still go:
 * 1. a secret-ish name given a JavaScript expression, not a literal (minified SDK code): the file still parses;
 * 2. a key public by design (PostHog `phc_`, Stripe `pk_live_`, Langfuse `pk-lf-`, Mapbox `pk.`, Supabase
 *    publishable, a Sentry DSN) under a secret name: kept, and never learned or known;
 * 3. a mask a tool writes in place of a secret (Terraform `(sensitive value)`, Sentry `[Filtered]`, `***`,
 *    `sha256:` digests, Kubernetes `<set to the key …>`): kept, and never learned.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import { knownValuesFromEnv } from '../src/core/redact/known-values.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 20261201));
const random = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');

function redactFile(r: Redactor, rel: string, text: string): string {
  const f = r.filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
  return out + f.end();
}

function parses(src: string): boolean {
  try {
    new vm.Script(src);
    return true;
  } catch {
    return false;
  }
}

/** Names SDKs give credentials, as object keys: unquoted identifiers and quoted headers. */
const JS_KEYS = [
  'apiKey',
  'authToken',
  'token',
  'accessToken',
  'secret',
  'clientSecret',
  'password',
  'credentials',
  'Authorization',
  '"x-api-key"',
  '"api-key"',
  '"Api-Key"',
  '"x-goog-api-key"',
  '"xi-api-key"',
  '"Ocp-Apim-Subscription-Key"',
  '"X-Auth-Token"',
  "'authorization'",
];
/** Expressions minifiers and SDKs write as such values (parameters e, t, n, r and helpers Ge, z in scope). */
const EXPRESSIONS = [
  'e.apiKey',
  'this.apiKey',
  'e.apiKey||process.env.OPENAI_API_KEY',
  'n.apiKey??Ge("ANTHROPIC_API_KEY")',
  'null!==(t=e.apiKey)&&void 0!==t?t:Ge("ANTHROPIC_API_KEY")',
  'e?e.apiKey:t',
  'void 0',
  '!0',
  '!1',
  'void 0===r?n:r',
  '"Bearer "+t',
  '"Bearer ".concat(e.accessToken)',
  '`Bearer ${t}`',
  '`${e.token}`',
  '`Bearer ${await z()}`',
  'await this.getToken()',
  'typeof e=="string"?e:e.password',
  'e=>e.token',
  'function(){return this._t}',
  'new z(e.credentials)',
  'r>n?e.token:(await this.refresh(),e.token)',
  'Ge("OPENAI_API_KEY")??null',
  'e["api-key"]',
  'Object(z)(t)',
  '(0,z.default)(e)',
  'e.secret||""',
  'f.type==="apiKey"?f.value:null',
  'localStorage.getItem("token")||sessionStorage.token',
  'v?{source:"file",path:v}:void 0',
];

/** One minified line: every key given every expression, in an object literal and as an assignment. */
function bundleLine(keys: readonly string[], exprs: readonly string[]): string {
  const body = keys
    .flatMap((k, i) =>
      exprs.map((x, j) => {
        const member = k.startsWith('"') || k.startsWith("'") ? `o[${k}]` : `o.${k}`;
        return (i + j) % 2 === 0 ? `var a${i}_${j}={${k}:${x},b:1}` : `${member}=${x},o.c=2`;
      }),
    )
    .join(';');
  return `!async function(e,t,n,r,f,v,o){function Ge(x){return x}function z(){}${body}}({},{},{},{},{},0,{});\n`;
}

describe('1. a secret-ish name given a JavaScript expression', () => {
  const r = new Redactor();
  const src = bundleLine(JS_KEYS, EXPRESSIONS);

  it(`${JS_KEYS.length} names × ${EXPRESSIONS.length} expressions in one minified line: unchanged, still parses`, () => {
    assert.ok(parses(src), 'parses before');
    for (const rel of ['workspace/dist/sdk.min.js', 'agent_outputs/trace.txt', 'workspace/notes.md']) {
      const out = redactFile(r, rel, src);
      assert.ok(parses(out), `${rel}: parses after`);
      const changed = [...out.matchAll(/\[REDACTED:[^\]]*\]/g)].map((m) => out.slice(m.index - 40, m.index + 40));
      assert.deepEqual(changed, [], rel);
    }
  });

  it('the same line JSON-escaped in a trace (an agent read the file): unchanged', () => {
    const line = JSON.stringify({ tool: 'read_file', content: src });
    assert.equal(redactFile(r, 'agent_outputs/trace.jsonl', line), line);
  });

  it('unminified bundles (esbuild without --minify): unchanged', () => {
    const text = [
      'var require_BearerToken = __commonJS({',
      '  "node_modules/cohere-ai/core/auth/BearerToken.js"(exports) {',
      '    exports.NoOpAuthProvider = exports.BearerToken = void 0;',
      '  }',
      '});',
      'var require_server_credentials = __commonJS({',
      '  "node_modules/@grpc/grpc-js/build/src/server-credentials.js"(exports) {}',
      '});',
      ...EXPRESSIONS.map((x, i) => `var ${['apiKey', 'token', 'password'][i % 3]}${i} = ${x};`),
      '',
    ].join('\n');
    for (const rel of ['workspace/dist/sdk.js', 'agent_outputs/trace.txt'])
      assert.equal(redactFile(r, rel, text), text);
  });

  it('labels that name the secret (SDK error codes, field maps): unchanged; a random value there still goes', () => {
    const labels = [
      'INVALID_PASSWORD:"auth/wrong-password"',
      'MISSING_PASSWORD:"auth/missing-password"',
      'INVALID_API_KEY:"auth/invalid-api-key"',
      'INVALID_APP_CREDENTIAL:"auth/invalid-app-credential"',
      'REJECTED_CREDENTIAL:"auth/rejected-credential"',
      'clientSecret:"client_secret"',
      'client_secret:"clientSecret"',
      'isSecret:"is_secret"',
      'bearerToken:"bearer_token"',
      'GRANT_TYPE_REFRESH_TOKEN:"refresh_token"',
      'has_default_credentials:"hasDefaultCredentials"',
    ];
    const line = `var E={${labels.join(',')}};\n`;
    assert.equal(redactFile(r, 'workspace/dist/auth.min.js', line), line);
    assert.equal(redactFile(r, 'agent_outputs/trace.txt', line), line);
    const v = random('alnum', 30);
    assert.ok(!redactFile(r, 'workspace/dist/auth.min.js', `var E={clientSecret:"${v}"};\n`).includes(v));
  });

  it('a literal random value under the same names still goes, and the bundle still parses', () => {
    const values = JS_KEYS.map(() => random('alnum', 32));
    const planted = `!function(e,o){${JS_KEYS.map((k, i) => `var a${i}={${k}:"${values[i]}",b:e.x}`).join(';')}}({},{});\n`;
    assert.ok(parses(planted));
    const out = redactFile(r, 'workspace/dist/sdk.min.js', planted);
    for (const v of values) assert.ok(!out.includes(v.slice(8, 20)), `${v} leaked`);
    assert.ok(parses(out), out.slice(0, 300));
  });

  it('a literal inside an expression under the name still goes: only the literal changes', () => {
    for (const k of ['apiKey', '"x-api-key"', 'token', 'password']) {
      const v = random('alnum', 32);
      const line = `!function(e){var o={${k}:e.apiKey||"${v}",b:e.x?e.y:"${'same-origin'}"}}({});\n`;
      const out = redactFile(r, 'workspace/dist/sdk.min.js', line);
      assert.ok(!out.includes(v.slice(8, 20)), `${k}: ${out}`);
      assert.ok(parses(out), out);
      assert.equal(out.replace(/\[REDACTED:[a-z-]+\]/, v), line);
    }
  });
});

/** Keys public by design, each built from fragments. */
function publicKeys(): Record<string, string> {
  const hex = (n: number): string => random('hex', n);
  return {
    posthog: 'ph' + 'c_' + random('alnum', 43),
    'stripe-live': 'pk' + '_live_' + random('alnum', 99),
    'stripe-test': 'pk' + '_test_' + random('alnum', 24),
    langfuse: `pk-l` + `f-${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`,
    mapbox: 'pk' + '.eyJ1Ijoi' + random('alnum', 20) + '.' + random('urlsafe', 22),
    supabase: 'sb_' + 'publishable_' + random('urlsafe', 32),
  };
}
const SECRET_NAMES = ['POSTHOG_KEY', 'POSTHOG_API_KEY', 'NEXT_PUBLIC_POSTHOG_KEY', 'api_key', 'token', 'secret'];
const placings = (name: string, v: string): string[] => [
  `${name}=${v}\n`,
  `${name} = "${v}"\n`,
  `  ${name}: ${v}\n`,
  `{"${name}": "${v}"}\n`,
  `const ${name.toLowerCase()} = '${v}';\n`,
];

describe('2. a key public by design under a secret name', () => {
  const keys = publicKeys();
  it(`${Object.keys(keys).length} families × ${SECRET_NAMES.length} names × 5 placements: unchanged`, () => {
    const r = new Redactor();
    for (const [family, v] of Object.entries(keys))
      for (const name of SECRET_NAMES)
        for (const text of placings(name, v))
          for (const rel of ['.env.example', 'workspace/app.py', 'execution_metadata.yaml'])
            assert.equal(redactFile(r, rel, text), text, `${family} in ${rel}: ${text}`);
  });

  it('is never learned from a key name nor known from the environment', () => {
    const env = Object.fromEntries(
      Object.entries(keys).map(([f, v]) => [`${f.toUpperCase().replace('-', '_')}_API_KEY`, v]),
    );
    assert.deepEqual(knownValuesFromEnv(env), []);
    const r = new Redactor({ learn: true, knownValues: knownValuesFromEnv(env) });
    for (const v of Object.values(keys)) {
      redactFile(r, 'execution_metadata.yaml', `api_key: ${v}\n`);
      const line = `posthog.init(${JSON.stringify(v)}) in use\n`;
      assert.equal(redactFile(r, 'agent_outputs/answer.md', line), line);
    }
    assert.equal(r.learned!.version, 0);
  });

  it("a random value under the same names, and the same providers' secrets, still go", () => {
    const r = new Redactor();
    const secrets = [
      random('alnum', 43),
      'ph' + 'x_' + random('alnum', 43),
      'sk' + '_live_' + random('alnum', 40),
      'sk-l' + `f-${random('hex', 8)}-${random('hex', 4)}-${random('hex', 4)}-${random('hex', 4)}-${random('hex', 12)}`,
      'sb_' + 'secret_' + random('urlsafe', 32),
      'phc_' + random('alnum', 20) + '-' + random('alnum', 12) + '/x',
      // A Sentry DSN's key lets anyone post events to the project (redact-sentry-dsn).
      `https://${random('hex', 32)}@o${random('digits', 6)}.ingest.us.sentry.io/${random('digits', 7)}`,
    ];
    for (const v of secrets)
      for (const name of ['POSTHOG_API_KEY', 'api_key', 'secret'])
        for (const text of placings(name, v)) assert.ok(!redactFile(r, 'x.env', text).includes(v), text);
  });
});

/** Masks tools print in place of a secret. */
const MASKS = [
  '(sensitive value)',
  '(sensitive)',
  '[Filtered]',
  '[FILTERED]',
  '%filtered%',
  '[REDACTED]',
  '<redacted>',
  'REDACTED',
  '**REDACTED**',
  '***',
  '********',
  '<hidden>',
  '[hidden]',
  '(hidden)',
  '<masked>',
  '[MASKED]',
  'xxxxxxxxxxxxxxxx',
  'null',
  'None',
  'nil',
  'undefined',
  '""',
  "<set to the key 'password' in secret 'db-creds'>",
  '<none>',
  '[secure]',
  `sha256:${'0123456789abcdef'.repeat(4).split('').reverse().join('')}`,
  `sha512:${'f0e1d2c3b4a59687'.repeat(8)}`,
];
const MASK_NAMES = ['password', 'api_key', 'SECRET_KEY', 'token', 'client_secret', 'Authorization', 'DB_PASSWORD'];
const maskPlacings = (name: string, v: string): string[] => [
  `${name}: ${v}\n`,
  `"${name}": ${v.startsWith('"') ? v : JSON.stringify(v)},\n`,
  `      ~ ${name} = ${v.startsWith('(') ? v : JSON.stringify(v)}\n`,
  `'${name}': '${v.replace(/'/g, '')}'\n`,
  `${name.toUpperCase()}=${v}\n`,
  `      ${name.toUpperCase()}:  ${v}  Optional: false\n`,
];

describe('3. a mask a tool writes in place of a secret', () => {
  it(`${MASKS.length} masks × ${MASK_NAMES.length} names × 6 placements: unchanged`, () => {
    const r = new Redactor();
    for (const m of MASKS)
      for (const name of MASK_NAMES)
        for (const text of maskPlacings(name, m))
          for (const rel of ['terraform/plan.txt', 'execution_metadata.yaml', 'agent_outputs/sentry.json'])
            assert.equal(redactFile(r, rel, text), text, `${rel}: ${text}`);
  });

  it('is never learned, nor known from the environment', () => {
    const env = Object.fromEntries(MASKS.map((m, i) => [`MASKED_${i}_PASSWORD`, m]));
    assert.deepEqual(knownValuesFromEnv(env), []);
    const r = new Redactor({ learn: true });
    for (const m of MASKS) redactFile(r, 'execution_metadata.yaml', `password: ${m}\n`);
    assert.equal(r.learned!.version, 0);
  });

  it('a random value under the same names still goes', () => {
    const r = new Redactor();
    for (const name of MASK_NAMES) {
      const v = random('alnum', 28);
      for (const text of maskPlacings(name, v)) assert.ok(!redactFile(r, 'x.txt', text).includes(v), text);
    }
  });
});
