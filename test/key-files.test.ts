/**
 * Key files judged by content (leftovers of the sixth red-team round): a `.pem`, `.key`, `.asc` or `id_*` file that
 * holds only public material (certificates, public keys, `.pub` lines, PGP public blocks) goes out unchanged; one that
 * holds a private key of any kind (PEM, OpenSSH, PuTTY, PGP, SSH2, encrypted too), an unknown block, a raw value or
 * binary bytes is left out as secret-bearing, as every such name was before.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { holdsOnlyPublicKeys, isKeyFileName } from '../src/core/key-files.js';
import { oneAgentAttempt, under, writeTree } from './helpers/session-builder.js';
import { onlyJson, runCli, tempDir } from './helpers/env.js';
import { rng } from './helpers/fake-secrets.js';

const rand = rng(6006);
const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => Math.floor(rand() * 256)));
const wrap = (b64: string, w = 64): string => b64.match(new RegExp(`.{1,${w}}`, 'g'))!.join('\n');
const pem = (label: string, body: Buffer, headers = ''): string =>
  `-----BEGIN ${label}-----\n${headers}${wrap(body.toString('base64'))}\n-----END ${label}-----\n`;
const sshString = (b: Buffer | string): Buffer => {
  const v = Buffer.isBuffer(b) ? b : Buffer.from(b);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(v.length);
  return Buffer.concat([len, v]);
};
const sshLine = (type: string, comment: string, body = bytes(32)): string =>
  `${type} ${Buffer.concat([sshString(type), sshString(body)]).toString('base64')} ${comment}`;
const der = (n: number): Buffer => Buffer.concat([Buffer.from([0x30, 0x82, n >> 8, n & 255]), bytes(n)]);
const pgp = (kind: 'PUBLIC KEY' | 'PRIVATE KEY'): string =>
  `-----BEGIN PGP ${kind} BLOCK-----\nVersion: GnuPG v2\nComment: user@example.com\n\n` +
  `${wrap(bytes(300).toString('base64'))}\n=${bytes(3).toString('base64')}\n-----END PGP ${kind} BLOCK-----\n`;

const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const rawEd = ed.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
const cert = pem('CERTIFICATE', der(700));

/** Files that hold only public material: each goes out unchanged. */
const PUBLIC: Record<string, string> = {
  'server.pem': cert,
  'chain.pem': `${cert}${pem('CERTIFICATE', der(900))}`,
  'ca-bundle.pem': `# Mozilla bundle\n\nGlobalSign Root CA\n==================\n${cert}\nISRG Root X1\n============\n${cert}`,
  'openssl-out.pem': `subject=CN = example.com\nissuer=C = US, O = Let's Encrypt, CN = R3\n${cert}`,
  'rsa-public.pem': rsa.publicKey.export({ format: 'pem', type: 'spki' }) as string,
  'rsa-pkcs1.pem': rsa.publicKey.export({ format: 'pem', type: 'pkcs1' }) as string,
  'ec-public.pem': ec.publicKey.export({ format: 'pem', type: 'spki' }) as string,
  'ed25519.pem': ed.publicKey.export({ format: 'pem', type: 'spki' }) as string,
  'request.pem': pem('CERTIFICATE REQUEST', der(500)),
  'crl.pem': pem('X509 CRL', der(300)),
  'dh.pem': pem('DH PARAMETERS', der(260)),
  'server.key': ed.publicKey.export({ format: 'pem', type: 'spki' }) as string,
  'id_ed25519.pub': `${sshLine('ssh-ed25519', 'alice@laptop', rawEd)}\n`,
  'id_rsa.pub': `${sshLine('ssh-rsa', 'bob@build-host', bytes(257))}\n`,
  'id_ecdsa.pub': `${sshLine('ecdsa-sha2-nistp256', 'ci@runner', bytes(65))}\n`,
  'id_ed25519-cert.pub': `${sshLine('ssh-ed25519-cert-v01@openssh.com', 'alice@laptop')}\n`,
  'id_ed25519_sk.pub': `${sshLine('sk-ssh-ed25519@openssh.com', 'yubikey')}\r\n`,
  'id_rsa_keys.pub': `# team keys\n${sshLine('ssh-rsa', 'a@h', bytes(129))}\n${sshLine('ssh-ed25519', 'b@h')}\n`,
  'known.pem': `github.com,140.82.112.4 ${sshLine('ssh-ed25519', '')}\n`,
  'pubkey.asc': pgp('PUBLIC KEY'),
  'signed.asc': `-----BEGIN PGP SIGNATURE-----\n\n${wrap(bytes(80).toString('base64'))}\n=AbCd\n-----END PGP SIGNATURE-----\n`,
  'ssh2.pem': `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "2048-bit RSA, converted by me"\n${wrap(bytes(270).toString('base64'), 70)}\n---- END SSH2 PUBLIC KEY ----\n`,
};

const putty =
  'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: k\nPublic-Lines: 2\n' +
  `${wrap(bytes(51).toString('base64'))}\nPrivate-Lines: 1\n${bytes(48).toString('base64')}\nPrivate-MAC: ${bytes(32).toString('hex')}\n`;
/** Files with a private key, an unknown block, a raw value or bytes: each stays out. */
const WITHHELD: Record<string, string | Buffer> = {
  'rsa-private.pem': rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }),
  'rsa-pkcs1.key': rsa.privateKey.export({ format: 'pem', type: 'pkcs1' }),
  'ec.key': ec.privateKey.export({ format: 'pem', type: 'sec1' }),
  'ed.key': ed.privateKey.export({ format: 'pem', type: 'pkcs8' }),
  'encrypted.pem': rsa.privateKey.export({
    format: 'pem',
    type: 'pkcs8',
    cipher: 'aes-256-cbc',
    passphrase: 'pw',
  }),
  'legacy-enc.key': pem('RSA PRIVATE KEY', bytes(600), 'Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,00FF\n\n'),
  id_ed25519: pem('OPENSSH PRIVATE KEY', Buffer.concat([Buffer.from('openssh-key-v1\0'), bytes(300)])),
  id_rsa: pem('OPENSSH PRIVATE KEY', bytes(900)),
  'fullchain-and-key.pem': `${cert}${rsa.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string}`,
  'putty.key': putty,
  'secret.asc': pgp('PRIVATE KEY'),
  'ssh2-private.key': `---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: "k"\n${wrap(bytes(300).toString('base64'), 70)}\n---- END SSH2 ENCRYPTED PRIVATE KEY ----\n`,
  'der.key': der(600),
  'symmetric.key': `${bytes(32).toString('hex')}\n`,
  'django.key': 'x8#k2!mq@9zvw7r$e3t^yb&u5i*op(l)a+s=d\n',
  'cert-and-token.pem': `${cert}api_key = ${bytes(24).toString('base64url')}\n`,
  'cert-and-line.pem': `${cert}${bytes(30).toString('base64')}\n`,
  'only-comment.pem': '# nothing here yet\n',
  'empty.pem': '',
  'unknown-block.pem': pem('SECRET DATA', bytes(100)),
  'bad-body.pem': cert.replace(/\n[A-Za-z0-9+/]{10}/, '\nnot base64!'),
  'unterminated.pem': cert.replace(/-----END CERTIFICATE-----\n$/, ''),
  'id_rsa.pub.bak': `${sshLine('ssh-rsa', 'x@y')}\n${bytes(40).toString('hex')}\n`,
  'forged.pub.pem': `ssh-ed25519 ${Buffer.concat([sshString('ssh-rsa'), bytes(32)]).toString('base64')} a@b\n`,
  'random-b64.pem': `ssh-ed25519 AAAA${bytes(60).toString('base64')} a@b\n`,
  'options.pub.pem': `command="curl -H 'Authorization: Bearer x'" ${sshLine('ssh-ed25519', 'a@b')}\n`,
};

describe('key files judged by content', () => {
  it('a name suggests keys for the key defaults only', () => {
    for (const name of ['a.pem', 'b.key', 'c.asc', 'id_rsa', 'id_rsa.pub', 'id_ed25519-cert.pub', 'server.PEM~'])
      assert.ok(isKeyFileName(name), name);
    for (const name of ['.env', 'credentials.json', 'secrets.yml', '.npmrc', 'a.p12', 'b.jks', 'c.gpg', 'x.pub'])
      assert.ok(!isKeyFileName(name), name);
  });

  it('public material only: public; any private key, unknown block or raw value: not', () => {
    for (const [name, text] of Object.entries(PUBLIC)) assert.ok(holdsOnlyPublicKeys(text), name);
    for (const [name, text] of Object.entries(WITHHELD))
      if (typeof text === 'string') assert.ok(!holdsOnlyPublicKeys(text), name);
  });

  it('an export carries the public ones unchanged and leaves the others out as secret-bearing', async () => {
    const base = await tempDir('mgs-kf-');
    const name = 'log_20260601_120000_000006';
    const root = path.join(base, '.massgen', 'massgen_logs', name);
    const files = { ...PUBLIC, ...WITHHELD };
    const ws = { 'note.txt': 'keys below\n', ...files };
    await writeTree(
      root,
      under('turn_1/attempt_1', oneAgentAttempt({ question: 'keys', sessionName: name, workspace: () => ws })),
    );
    const out = path.join(await tempDir('mgs-kf-out-'), 'o');
    const res = await runCli(['export', root, '--output', out, '--json'], { cwd: base });
    assert.equal(res.code, 0, res.stderr);
    const exported = new Map<string, string>();
    for (const f of await readdir(out)) {
      const m = /__workspace__(.+)$/.exec(f);
      if (m) exported.set(m[1]!, await readFile(path.join(out, f), 'utf8'));
    }
    for (const [file, text] of Object.entries(PUBLIC))
      assert.equal(exported.get(file), text, `${file} went out unchanged`);
    for (const file of Object.keys(WITHHELD)) assert.ok(!exported.has(file), `${file} left out`);
    const doc = onlyJson(res.stdout) as { left_out: { path: string; reason: string }[] };
    const reasons = new Map(doc.left_out.map((l) => [path.basename(l.path), l.reason]));
    for (const file of Object.keys(WITHHELD)) assert.equal(reasons.get(file), 'excluded: secret-bearing file', file);
  });
});
