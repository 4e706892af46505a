/**
 * False alarms on real code and docs that mention credentials (8,066 system files: the Cloud SDK, Python's library and
 * dist-packages, botocore's data, lit's tests): `pass` the verb, code and names under secret names, identifiers,
 * documentation links and docstring fields. Each category is built from words and shapes at runtime (names, kwargs,
 * classes, OIDs, versions vary per seed), and beside most a random key in the same place must still be redacted.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { damaged, leakedPlacements, randomToken, type Planted } from './helpers/placements.js';

const rand = rng(Number(process.env.REDACT_SEED ?? 1212));
const tok = randomToken(rand);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const int = (a: number, b: number): number => a + Math.floor(rand() * (b - a + 1));
const key = (): string => tok(CHARSETS.alnum, int(24, 40));
const b64key = (): string => `${tok(CHARSETS.b64, 43)}=`;

const WORDS = ['async', 'request', 'stream', 'capture', 'output', 'allow', 'yanked', 'custom', 'context', 'encode'];
const MORE = ['chunked', 'timeout', 'verify', 'retry', 'buffer', 'client', 'session', 'cache', 'scope', 'quota'];
const word = (): string => pick([...WORDS, ...MORE]);
const snake = (): string => `${word()}_${word()}`;
const pascal = (): string =>
  [word(), word(), word()].map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') + pick(['', 'V1', 'V2beta']);
const literal = (): string => pick(['True', 'False', 'None', 'PIPE', 'DEVNULL', String(int(1, 64))]);

/** Each template filled three times with fresh words. */
const fill = (templates: (() => [string, string])[]): [string, string][] => templates.flatMap((t) => [t(), t(), t()]);

describe('`pass` the verb, and what docs write after a password word', () => {
  const texts = fill([
    () => ['api.py', `        asynchronous HTTP request, please pass ${snake()}=${literal()}\n`],
    () => ['sub.py', `    will be None. Pass ${word()}=${literal()} and/or ${word()}=PIPE in order to capture them.\n`],
    () => ['list.py', `        # Pass ${snake()}=${literal()} to ignore yanked versions.\n`],
    () => ['build.py', `        and also pass \`\`${snake()}=${literal()}\`\`. If the context is\n`],
    () => ['client.py', `        # the caller passes ${snake()}=${literal()} or the body is chunked\n`],
    () => ['compat.py', `# Passes Python2.${int(4, 7)}'s test suite and incorporates all the latest updates.\n`],
    () => ['http.py', `    timeout: double, The timeout in seconds to pass to ${word()}lib${int(2, 3)}.\n`],
    () => ['sign.py', `    password (str|None): The password to the ${word()} file.\n`],
    () => ['sign.py', `    passphrase (bytes|str): The passphrase of the ${word()} key.\n`],
    () => ['packages.txt', `apt\tpasswd\t1:4.${int(1, 13)}+dfsg1-${int(1, 9)}+deb12u${int(1, 3)}\n`],
    () => ['digest.py', `def respond(auth_map, password, method = "GET", A1 = None,**${word()}):\n`],
  ]);
  it('keeps them byte-identical', () => assert.deepEqual(damaged(texts), []));
  it('still redacts a password the same words give', () => {
    const pw = (): string => `${tok(CHARSETS.alnum, 6)}#${tok(CHARSETS.alnum, 5)}`;
    const places: Planted[] = [
      ['notes.md', (v) => `Admin pass is ${v} for now.\n`, pw],
      ['notes.md', (v) => `wifi pass: ${v}\n`, pw],
      ['notes.md', (v) => `the password is ${v}\n`, pw],
      ['notes.md', (v) => `Log in with password ${v} and change it.\n`, pw],
    ];
    assert.deepEqual(leakedPlacements(places), []);
  });
});

describe('code and names under a secret name', () => {
  const oid = (): string => `1.${int(2, 3)}.${int(6, 840)}.${int(1, 113549)}.${int(1, 9)}.${int(1, 9)}`;
  const texts = fill([
    () => ['oid.py', `    CHALLENGE_PASSWORD = ObjectIdentifier("${oid()}")\n`],
    () => ['rfc.py', `id_regCtrl_regToken = univ.ObjectIdentifier('${oid()}')\n`],
    () => ['msgs.py', `  apiKey = _messages.MessageField('${pascal()}Secret', ${int(1, 9)})\n`],
    () => ['msgs.py', `  clientSecret = _messages.MessageField('${pascal()}', ${int(1, 9)})\n`],
    () => ['types.py', `    secret: '${pascal()}Source' = proto.Field(\n`],
    () => ['lib.py', `        self._credentials = credentials_lib.Get${pascal()}(**${word()})\n`],
    () => ['lib.py', `        credentials = Gce${pascal()}Credentials(scopes=${word()}_list, **kwargs)\n`],
    () => ['aws.py', `    signature = hmac.new(\n        signing_key, ${snake()}.encode("utf-8"), hashlib.sha256\n`],
    () => ['auth.py', `    return credentials, credentials.get_${snake()}(request=request)\n`],
    () => ['sa.py', `        credentials = credentials.with_quota_project('my${word()}-${int(100, 999)}')\n`],
    () => [
      'cfg.py',
      `        cfg.set('Credentials', 'aws_${pick(['access_key_id', 'secret_access_key'])}', ${word()})\n`,
    ],
    () => ['cfg.py', `      config.get('Credentials', 'gs_oauth2_${pick(['refresh_token', 'client_secret'])}'),\n`],
    () => ['wsgi.py', `    headerNames = {'HTTP_CGI_AUTHORIZATION': 'Authorization',\n`],
    () => ['paginators.json', `      "output_token": "${pascal()}List.NextMarker",\n`],
    () => ['flags.py', `          '--certificate', '--private-key', '--${word()}-${word()}'\n`],
    () => ['users.py', `        '--retain-password', 'Must set --password to non-empty value.')\n`],
    () => ['provider.py', `SERVER_SIDE_ENCRYPTION_KEY = 'server-side-encryption-${word()}'\n`],
    () => ['sa.py', `_PKCS12_KEY = '_private_key_pkcs${int(8, 12)}'\n`],
    () => [
      'file_parsers.py',
      `AUTH_VERSION_${int(1, 3)}_ALPHA = 'authentication.gke.io/v${int(1, 3)}alpha${int(1, 2)}'\n`,
    ],
    () => [
      'verify.xml',
      `<AuthenticationStatement AuthenticationInstant="20${int(10, 24)}-0${int(1, 9)}-1${int(0, 9)}T16:56:53Z">\n`,
    ],
    () => [
      'create.py',
      `  --sasl-password=projects/${int(1, 99999)}/secrets/my-${word()}-secret/versions/${int(1, 9)}\n`,
    ],
    () => ['tde.py', `  --pvk-path=gs://b/k.pvk --pvk-password=my-${word()}-password\n`],
    () => ['tests.py', `        self.token = "ACCESS_TOKEN_{}".format(self._counter)\n`],
    () => ['perf.py', `        '-o', 'Credentials:gs_${word()}=' + gs_ip,\n`],
    () => ['ssl.py', `                  --private-key='/home/user/me/my_${word()}.pfx'\n`],
    () => ['lexer.py', `    _token = r'(?:[%s]+|%s)' % (${word()}, ${word()})\n`],
    () => ['lex.py', `    lex.SkipSpace(token='${pick(['Operator', 'Function', 'Variable', 'Argument'])}')\n`],
    () => ['cp.py', `        encryption_key=TEST_ENCRYPTION_KEY${int(1, 4)})\n`],
    () => ['creds.py', `        'private_key': (base64.b64encode(credentials._${snake()})\n`],
    () => ['gdch.py', `        sts_token = "STS ${word()}"\n`],
    () => ['shim.py', `            'aws_secret_access_key':\n                'AWS_SECRET_ACCESS_KEY_${word()}',\n`],
  ]);
  it('keeps them byte-identical', () => assert.deepEqual(damaged(texts), []));
  it('still redacts a random key in the same places', () => {
    const places: Planted[] = [
      ['msgs.py', (v) => `  apiKey = SecretStr('${v}')\n`, key],
      ['cfg.py', (v) => `        cfg.set('Credentials', 'aws_secret_access_key', '${v}')\n`, key],
      ['wsgi.py', (v) => `    headers = {'Authorization': 'Bearer ${v}',\n`, key],
      ['flags.py', (v) => `          '--private-key', '${v}'\n`, key],
      ['provider.py', (v) => `SERVER_SIDE_ENCRYPTION_KEY = '${v}'\n`, key],
      ['create.py', (v) => `  --sasl-password=${v}\n`, key],
      ['tests.py', (v) => `        self.token = "${v}"\n`, key],
      ['perf.py', (v) => `        '-o', 'Credentials:gs_secret=${v}',\n`, key],
      ['cp.py', (v) => `        encryption_key='${v}')\n`, key],
      ['gdch.py', (v) => `        sts_token = "${v}"\n`, key],
      ['.env', (v) => `WIREGUARD_PRIVATE_KEY=${v}\n`, b64key],
      ['b64.py', (v) => `TEST_ENCRYPTION_KEY = b'${v}'\n`, b64key],
      ['shim.py', (v) => `            'aws_secret_access_key':\n                '${v}',\n`, key],
    ];
    assert.deepEqual(leakedPlacements(places), []);
  });
});

describe('docs: links, docstring fields, test results', () => {
  const texts = fill([
    () => [
      'auth.py',
      `    .. _refresh token: https://tools.ietf.org/html/rfc${int(6000, 7999)}#section-${int(1, 9)}\n`,
    ],
    () => [
      'default.py',
      `    .. _Application Default Credentials: https://developers.google.com\\\n            /identity/protocols/application-default-${word()}\n`,
    ],
    () => ['api.py', `        :param token: Short-lived ${word()} token.\n`],
    () => ['api.py', `    :type credentials: :py:class:\`google.auth.credentials.Credentials\`\n`],
    () => ['lit.py', `# CHECK: PASS: ${word()}-${word()} :: DummySubDir/OneTest.py/0.subTest\n`],
    () => ['lit.py', `# CHECK-FILTER-DAG: {{^}}PASS: top-level-${word()} :: a :: test.txt\n`],
  ]);
  it('keeps them byte-identical', () => assert.deepEqual(damaged(texts), []));
  it('still redacts a key under the same names', () => {
    const places: Planted[] = [
      ['notes.md', (v) => `refresh token: ${v}\n`, key],
      ['config.yaml', (v) => `credentials: ${v}\n`, key],
      ['notes.txt', (v) => `PASS: ${v}\n`, key],
    ];
    assert.deepEqual(leakedPlacements(places), []);
  });
});
