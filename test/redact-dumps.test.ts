import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { fakeSecrets, seededBytes, windows, type FakeSecret } from './helpers/fake-secrets.js';

/**
 * Secrets in another notation (issue 11): hex dumps of a `.env` (`xxd`, `xxd -p`, `hexdump -C`, `od`), private key
 * bodies with their BEGIN/END lines left out, and the private members of JSON Web Keys; each placed where a MassGen
 * agent puts it (a trace, an answer, a workspace file), with a look-alike of the same notation that must come out
 * byte-identical (a dump of a README, a certificate's body, a public JWK).
 */
// Random bytes from a seed (REDACT_SEED replays one). The keys are generateKeyPairSync's, new in each run (node:crypto
// takes no seed).
const seed = Number(process.env.REDACT_SEED ?? 20261203);
const randomBytes = seededBytes(seed);

function redact(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

const hex = (b: Buffer, i: number): string => b[i]!.toString(16).padStart(2, '0');
const ascii = (b: Buffer): string => [...b].map((c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '.')).join('');

/** `xxd`: offset, 8 groups of 2 bytes, the characters. */
function xxd(text: string): string {
  const b = Buffer.from(text);
  const out: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const row = b.subarray(o, o + 16);
    const groups: string[] = [];
    for (let i = 0; i < row.length; i += 2) groups.push(hex(row, i) + (i + 1 < row.length ? hex(row, i + 1) : ''));
    out.push(`${o.toString(16).padStart(8, '0')}: ${groups.join(' ').padEnd(39)}  ${ascii(row)}`);
  }
  return `${out.join('\n')}\n`;
}

/** `hexdump -C`: offset, 16 bytes in two halves, the characters between bars. */
function hexdumpC(text: string): string {
  const b = Buffer.from(text);
  const out: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const row = b.subarray(o, o + 16);
    const bytes = [...row].map((_, i) => hex(row, i));
    const left = bytes.slice(0, 8).join(' ');
    const right = bytes.slice(8).join(' ');
    out.push(`${o.toString(16).padStart(8, '0')}  ${`${left}  ${right}`.padEnd(49)} |${ascii(row)}|`);
  }
  return `${out.join('\n')}\n${b.length.toString(16).padStart(8, '0')}\n`;
}

/** `xxd -p`: 30 bytes of hex a line. */
const xxdPlain = (text: string): string =>
  `${Buffer.from(text)
    .toString('hex')
    .replace(/(.{60})/g, '$1\n')}\n`;

/** `od -A x -t x1z`: offset, 16 single bytes, the characters between `>` and `<`. */
function od(text: string): string {
  const b = Buffer.from(text);
  const out: string[] = [];
  for (let o = 0; o < b.length; o += 16) {
    const row = b.subarray(o, o + 16);
    out.push(`${o.toString(16).padStart(6, '0')} ${[...row].map((_, i) => hex(row, i)).join(' ')}  >${ascii(row)}<`);
  }
  return `${out.join('\n')}\n`;
}

const DUMPS: [string, (t: string) => string][] = [
  ['xxd', xxd],
  ['hexdump -C', hexdumpC],
  ['xxd -p', xxdPlain],
  ['od', od],
];

/** The value, or its hex, in any 10-character window a recipient could read back. */
function leaked(out: string, value: string): boolean {
  const h = Buffer.from(value).toString('hex');
  return windows(value).some((w) => out.includes(w)) || windows(h).some((w) => out.replace(/\s/g, '').includes(w));
}

describe(`hex dumps (REDACT_SEED=${seed})`, () => {
  const secrets = fakeSecrets(4242).filter((s: FakeSecret) => !s.value.includes('\n'));

  it('a dump of a .env holding a key, in a trace or an answer, is replaced: every family, every dump tool', () => {
    const missed: string[] = [];
    for (const s of secrets)
      for (const [tool, dump] of DUMPS) {
        const env = `# project settings\nMODEL=gpt-5.1\n${s.context}\nDEBUG=false\n`;
        const text = `$ ${tool} .env\n${dump(env)}$ echo done\ndone\n`;
        const out = redact('turn_1/attempt_1/agent_outputs/agent_a.txt', text);
        if (leaked(out, s.value)) missed.push(`${s.family} in ${tool}`);
        assert.ok(out.startsWith(`$ ${tool} .env\n`) && out.endsWith('$ echo done\ndone\n'), out);
        assert.equal(out.split('\n').length, text.split('\n').length, 'the line breaks stay');
      }
    assert.deepEqual(missed, []);
  });

  it('look-alikes survive byte-identical: dumps of a README, a PNG header, a config with references', () => {
    const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), randomBytes(64)]).toString(
      'latin1',
    );
    for (const body of [
      '# MassGen\n\nMulti-agent scaling: agents answer, vote, and converge on one final answer.\n',
      'api_key: ${OPENAI_API_KEY}\nmodel: gpt-5.1\nmax_tokens: 4096\n',
      png,
    ])
      for (const [, dump] of DUMPS) {
        const text = dump(body);
        assert.equal(redact('agent_outputs/dump.txt', text), text);
      }
  });
});

/** A PEM's body: its lines without the BEGIN and END lines. */
const body = (pem: string): string[] => pem.split('\n').filter((l) => l !== '' && !l.startsWith('-----'));

describe(`private key bodies without their BEGIN/END lines (REDACT_SEED=${seed})`, () => {
  const keys = [
    generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey,
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey,
    generateKeyPairSync('ed25519').privateKey,
  ];
  const bodies: [string, string[]][] = keys.flatMap((k) => [
    [`pkcs8 ${k.asymmetricKeyType!}`, body(k.export({ type: 'pkcs8', format: 'pem' }) as string)],
    ...(k.asymmetricKeyType === 'rsa'
      ? [['pkcs1 rsa', body(k.export({ type: 'pkcs1', format: 'pem' }) as string)] as [string, string[]]]
      : []),
    ...(k.asymmetricKeyType === 'ec'
      ? [['sec1 ec', body(k.export({ type: 'sec1', format: 'pem' }) as string)] as [string, string[]]]
      : []),
  ]);

  it('a body pasted into an answer, a YAML block, a JSON string or a Markdown fence is redacted', () => {
    const missed: string[] = [];
    for (const [kind, lines] of bodies) {
      const placements: [string, string][] = [
        ['final/agent_a/answer.md', `Here is the key body you asked for:\n\n${lines.join('\n')}\n\nStore it safely.\n`],
        ['config.yaml', `tls:\n  key: |\n${lines.map((l) => `    ${l}`).join('\n')}\n  port: 443\n`],
        ['log.json', `${JSON.stringify({ step: 4, output: `key material:\n${lines.join('\n')}\n` })}\n`],
        ['notes.md', `\`\`\`\n${lines.join('\n')}\n\`\`\`\n`],
      ];
      for (const [rel, text] of placements) {
        const out = redact(rel, text);
        if (lines.some((l) => l.length >= 24 && out.includes(l.slice(4, 20)))) missed.push(`${kind} in ${rel}`);
      }
    }
    assert.deepEqual(missed, []);
  });

  it('look-alikes survive byte-identical: public keys and a certificate-shaped body', () => {
    for (const k of keys) {
      const spki = body(createPublicKey(k).export({ type: 'spki', format: 'pem' }) as string);
      const text = `The server's public key:\n${spki.join('\n')}\n`;
      assert.equal(redact('answer.md', text), text);
    }
    // A certificate's DER: SEQUENCE { SEQUENCE tbsCertificate … } (no version INTEGER second).
    const cert = Buffer.concat([Buffer.from('3082030a308201f2a003020102', 'hex'), randomBytes(200)]).toString('base64');
    const text = `cert body:\n${cert.replace(/(.{64})/g, '$1\n')}\n`;
    assert.equal(redact('answer.md', text), text);
  });
});

describe(`JSON Web Keys (REDACT_SEED=${seed})`, () => {
  const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'jwk' });
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  const okp = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
  const oct = { kty: 'oct', alg: 'HS256', k: randomBytes(32).toString('base64url') };
  const privates = (jwk: Record<string, unknown>): string[] =>
    ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'].map((m) => jwk[m]).filter((v): v is string => typeof v === 'string');

  it('the private members are redacted, in a jwks.json, pretty-printed, inside a log string, in a YAML-embedded JSON', () => {
    const missed: string[] = [];
    for (const jwk of [rsa, ec, okp, oct] as Record<string, unknown>[]) {
      for (const [rel, text] of [
        ['workspace/jwks.json', `${JSON.stringify({ keys: [{ ...jwk, use: 'sig', kid: 'k1' }] })}\n`],
        ['workspace/key.json', `${JSON.stringify({ use: 'sig', ...jwk }, null, 2)}\n`],
        ['trace.jsonl', `${JSON.stringify({ tool: 'write_file', content: JSON.stringify(jwk) })}\n`],
        ['config.yaml', `auth:\n  signing_key: '${JSON.stringify(jwk)}'\n`],
      ] as const) {
        const out = redact(rel, text);
        for (const v of privates(jwk)) if (out.includes(v.slice(0, 16))) missed.push(`${String(jwk.kty)} in ${rel}`);
        if (jwk.kty !== 'oct') assert.ok(out.includes(String(jwk.x ?? jwk.n).slice(0, 20)), 'the public members stay');
      }
    }
    assert.deepEqual(missed, []);
  });

  it('look-alikes survive byte-identical: a public JWKS, and "d"/"k" fields of objects with no kty', () => {
    const pub = (jwk: Record<string, unknown>): Record<string, unknown> =>
      Object.fromEntries(Object.entries(jwk).filter(([m]) => !['d', 'p', 'q', 'dp', 'dq', 'qi', 'k'].includes(m)));
    for (const text of [
      `${JSON.stringify({ keys: [pub(rsa), pub(ec)] }, null, 2)}\n`,
      `${JSON.stringify({ d: 'agent_b_workspace', k: 'top_k_results_value', p: 'p95_latency_ms' })}\n`,
    ])
      assert.equal(redact('jwks.json', text), text);
  });
});
