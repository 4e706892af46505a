/**
 * Issue 11, round 25, the benign side: files an agent's workspace holds that carry no secret must come out byte for
 * byte, and every JS/JSON/YAML/notebook a redaction touches must still parse (test/helpers/benign25-corpus.ts): this
 * machine's installed trees (npm and corepack, Python's library and dist-packages, /usr/share/doc; skipped if absent)
 * and generated workspaces (notebooks with outputs, CSVs of hashes, git logs, run logs, Kubernetes, Compose,
 * Terraform, HTML with data: URIs and SRI hashes, lockfiles, code that reads keys from the environment, RFC vectors).
 * The open values this round keeps (open-values.ts) have twins beside them holding real secrets, still redacted.
 */
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import vm from 'node:vm';
import YAML from 'yaml';
import { Redactor } from '../src/core/redact/redactor.js';
import { generated, placed, realFiles, REAL_ROOTS, SEED } from './helpers/benign25-corpus.js';
import { itIsLinear } from './helpers/child-timer.js';

/**
 * Real files still changed, each for a value that reads as a secret and is one in form: keyboard-mash tokens of
 * oauthlib's docstrings (`lsdkfol23w54jlksdef`), a password in urllib's docstring (`geheim$parole`), a base64
 * password in arborist's README, PyJWT's README token, pip's `user:he%2F%2Fo@`, sigstore's TUF root (base64 JSON
 * holding signatures). And the false alarms left open (named so in the report): GLSL/HLSL type names listed by
 * pygments' lexers, C identifiers after key words in nettle's docs, CVS `:pserver:` URLs, a table's `pathname`,
 * libsecret's `SecretValue *secret;`, a Meta-shaped run inside WebAssembly's base64, npm's `key="-----BEGIN …\nXXXX"`.
 * npm-audit's docs show a signature cut with `...` under `"sig"`: the name Azure's SAS signs with, redacted whole
 * or cut (masks.ts) as a `sig` is whole anywhere.
 */
const OPEN = [
  'oauthlib/oauth1/rfc5849/endpoints/access_token.py',
  'oauthlib/oauth1/rfc5849/endpoints/request_token.py',
  'oauthlib/oauth1/rfc5849/parameters.py',
  'oauthlib/oauth2/rfc6749/clients/base.py',
  'oauthlib/oauth2/rfc6749/clients/mobile_application.py',
  'oauthlib/oauth2/rfc6749/endpoints/resource.py',
  'oauthlib/oauth2/rfc6749/grant_types/authorization_code.py',
  'oauthlib/oauth2/rfc6749/request_validator.py',
  'lazr/restfulclient/tests/test_oauth.py',
  'python3.11/urllib/request.py',
  '@npmcli/arborist/README.md',
  'libnpmpublish/README.md',
  'undici/docs/docs/best-practices/proxy.md',
  '@sigstore/tuf/seeds.json',
  'python3-jwt/README.rst',
  'python3-pip/html/topics/authentication.md',
  'pygments/lexers/gdscript.py',
  'pygments/lexers/graphics.py',
  'nettle-dev/examples/hogweed-benchmark.c',
  'nettle-dev/nettle.html',
  'binutils/copyright',
  'binutils-common/copyright',
  'libctf-nobfd0/copyright',
  'git/RelNotes/2.9.0.txt',
  'libsecret/git-credential-libsecret.c',
  'libxslt1-dev/html/APIchunk8.html',
  'nodejs/api/url.html',
  'nodejs/api/url.md',
  'nodejs/api/util.html',
  'corepack/dist/lib/corepack.cjs',
  'undici/lib/llhttp/llhttp-wasm.js',
  'using-npm/config.md',
  'using-npm/config.html',
  'config/lib/definitions/definitions.js',
  'commands/npm-audit.md',
  'commands/npm-audit.html',
];

const r = new Redactor();

/** The file through the streaming filter, as an export redacts it (in 64 KiB writes). */
function filtered(rel: string, text: string): string {
  const f = r.filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
  return out + f.end();
}

function parses(rel: string, text: string): boolean {
  try {
    if (/\.(?:json|ipynb|map)$/.test(rel)) JSON.parse(text);
    else if (/\.ya?ml$/.test(rel))
      YAML.parseAllDocuments(text).forEach((d) => {
        if (d.errors[0]) throw d.errors[0];
      });
    else if (/\.c?js$/.test(rel)) new vm.Script(text);
    return true;
  } catch {
    return false;
  }
}

/** The placeholders of a changed file, with the text before each. */
function changes(out: string): string[] {
  return [...out.matchAll(/\[REDACTED:[^\]]*\]/g)].map((m) => out.slice(Math.max(0, m.index - 40), m.index + 30));
}

describe('benign25: real and generated workspace files come out byte for byte', () => {
  it(
    'this machine’s installed trees: changes only in the files listed open, and every changed file still parses',
    {
      skip: REAL_ROOTS.some((p) => existsSync(p)) ? false : 'no installed trees',
    },
    () => {
      const files = realFiles();
      let changedFiles = 0;
      const unexpected: string[] = [];
      const broken: string[] = [];
      for (const f of files) {
        const out = filtered(f.rel, f.text);
        if (out === f.text) continue;
        changedFiles++;
        if (parses(f.rel, f.text) && !parses(f.rel, out)) broken.push(f.rel);
        if (!OPEN.some((o) => f.rel.endsWith(o))) unexpected.push(...changes(out).map((c) => `${f.rel}: ${c}`));
      }
      assert.deepEqual(broken, [], 'files that stopped parsing');
      assert.deepEqual(unexpected.slice(0, 30), [], `${unexpected.length} changed strings in ${files.length} files`);
      assert.ok(changedFiles <= OPEN.length, `${changedFiles} files changed`);
    },
  );

  it('generated workspaces (notebooks, CSVs, logs, manifests, Terraform, HTML, lockfiles, code, vectors)', () => {
    const files = generated(SEED);
    assert.ok(files.length >= 80, `${files.length} files`);
    const changed: string[] = [];
    for (const f of files) {
      const out = filtered(f.rel, f.text);
      if (out !== f.text) changed.push(...changes(out).map((c) => `${f.rel}: ${c}`));
      assert.ok(parses(f.rel, f.text), `${f.rel} parses before`);
    }
    assert.deepEqual(changed, []);
  });

  const keys = { spki: [] as string[], pkcs8: [] as string[] };
  for (let i = 0; i < 4; i++)
    for (const k of [
      generateKeyPairSync('ec', { namedCurve: 'P-256' }),
      generateKeyPairSync('ed25519'),
      generateKeyPairSync('rsa', { modulusLength: 1024 }),
    ]) {
      keys.spki.push(k.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
      keys.pkcs8.push(k.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64'));
    }
  const { plants, twins } = placed(SEED, keys);

  it('twins of the open values (RFC examples, public keys, algorithms, modules, regexes, entities) are kept', () => {
    assert.ok(twins.length >= 100, `${twins.length} twins`);
    const changed = twins.flatMap((t) => {
      const out = filtered(t.rel, t.text);
      return out === t.text ? [] : [`${t.name}: ${out}`];
    });
    assert.deepEqual(changed, [], `changed ${changed.length} of ${twins.length}`);
  });

  it('secrets in the same places are still redacted', () => {
    assert.ok(plants.length >= 200, `${plants.length} plants`);
    const leaked = plants.filter((p) => filtered(p.rel, p.text).includes(p.value)).map((p) => `${p.name}: ${p.text}`);
    assert.deepEqual(leaked, [], `leaked ${leaked.length} of ${plants.length}`);
  });

  describe('stays linear on hostile repetitions of the new readings', () =>
    itIsLinear([
      ['regex literal unclosed', 'x = /[\\w'],
      ['regex literal classes', 'token = /^[a]\\d(?:'],
      ['raw strings', "password = r'\\w\\d[^"],
      ['entities', 'password: &lt;string &#x3C;'],
      ['algorithm names', 'scheme: "ecdsa-sha2-nistp256-'],
      ['require', 'key = require("@a/b-'],
      ['der-ish base64', 'key: "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE'],
    ]));
});
