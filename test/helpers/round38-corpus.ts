/**
 * Round 38's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed): a UUID
 * under a service key's name with a suffix; a secret given to a plaintext-secret constructor (CDK, Pulumi, Terraform
 * CDK); an arrow or a glyph between a codes label and the codes; `net use` with a password starting with `%`; the
 * review of round 37's misses (xcconfig `${}` and one `$(SLASH)`, Photon's `PhotonChatAppId`, Helm's `coalesce`, an
 * Express session id with no digit, lists of tokens under `*_toks`, `*_TKNS` and in a tuple).
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { WS, planted, pick, uuid } from './planted.js';

const pw = (r: Gen): string => `${r('ABCDEFGHJKLMNPQRSTUVWXYZ', 1)}${r('abcdefghijkmnopqrstuvwxyz', 6)}${r('dig', 2)}!`;

/** A UUID under a service key's name with an environment's or a region's suffix or a prefix. */
export function suffixedKeyPlants(seed: number): Plant[] {
  const r = gen(seed);
  const u = (): string => uuid(r);
  const name = (): string => pick(r, ['ApiKeyET', 'SdkKeyLive', 'LicenseKeyUS', 'SubscriptionKeyWest', 'ServerKeyGCM']);
  return planted([
    ['ini', `${WS}/Config/App.ini`, u, (v) => `[Settings]\nApiKeyET=${v}\n`],
    ['cfg', `${WS}/config/app.cfg`, u, (v) => `SdkKeyLive: ${v}\n`],
    ['web', `${WS}/Web.config`, u, (v) => `<appSettings>\n  <add key="${name()}" value="${v}" />\n</appSettings>\n`],
    ['conf', `${WS}/conf/s.conf`, u, (v) => `LicenseKeyUS = "${v}"\n`],
    ['json', `${WS}/appsettings.json`, u, (v) => `{"SubscriptionKeyWest": "${v}"}\n`],
    ['ios', `${WS}/Config/Push.ini`, u, (v) => `AppKeyIOS=${v}\n`],
  ]);
}

/** A secret given to a constructor of plaintext secrets (AWS CDK, Pulumi, Terraform CDK). */
export function plaintextSecretPlants(seed: number): Plant[] {
  const r = gen(seed);
  const rnd = (): string => r('alnum', 24);
  const p = (): string => pw(r);
  return planted([
    ['cdk-py', `${WS}/infra/stack.py`, rnd, (v) => `x = SecretValue.plain_text("${v}")\n`],
    ['cdk-py-unsafe', `${WS}/infra/stack.py`, p, (v) => `secret_string_value=SecretValue.unsafe_plain_text('${v}'),\n`],
    ['go', `${WS}/infra/main.go`, p, (v) => `\t\tPassword: pulumi.ToSecret(pulumi.String("${v}")),\n`],
    ['cs', `${WS}/infra/Program.cs`, p, (v) => `    AdminLogin = Output.CreateSecret("${v}"),\n`],
    ['java', `${WS}/infra/App.java`, rnd, (v) => `var db = Output.ofSecret("${v}");\n`],
    ['new', `${WS}/infra/stack.ts`, p, (v) => `dbPassword: new SecretValue("${v}"),\n`],
    ['tf', `${WS}/infra/main.ts`, rnd, (v) => `const t = Fn.sensitive("${v}");\n`],
  ]);
}

/** An arrow, an entity or an emoji between a recovery or backup codes label and the codes. */
export function arrowCodePlants(seed: number): Plant[] {
  const r = gen(seed);
  const code = (): string => `${r('low', 5)}-${r('low', 5)}`;
  const four = (v: string): string => [code(), v, code(), code()].join(' ');
  return planted([
    ['hex-entity', `${WS}/notes/a.html`, code, (v) => `<p>Recovery codes &#x2192; ${four(v)}</p>\n`],
    ['rarr', `${WS}/notes/b.html`, code, (v) => `<p>Backup codes&nbsp;&rarr;&nbsp;${four(v)}</p>\n`],
    ['dec-entity', `${WS}/notes/c.html`, code, (v) => `<li>2FA backup codes &#8594; ${four(v)}</li>\n`],
    ['glyph', `${WS}/notes/d.txt`, code, (v) => `recovery codes → ${four(v)}\n`],
    ['ascii', `${WS}/notes/e.txt`, code, (v) => `GitHub recovery codes -> ${four(v)}\n`],
    ['fat', `${WS}/notes/f.md`, code, (v) => `backup codes => ${four(v)}\n`],
    ['emoji', `${WS}/notes/g.md`, code, (v) => `Recovery codes: 🔐 ${four(v)}\n`],
    ['heavy', `${WS}/notes/h.md`, code, (v) => `🔑 Backup codes ➜ ${four(v)}\n`],
  ]);
}

/** `net use` with a password that starts with `%` and holds no other. */
export function percentNetUsePlants(seed: number): Plant[] {
  const r = gen(seed);
  const v = (): string => `%${r('alnum', 10)}${pick(r, ['!', '#', ''])}`;
  return planted([
    ['after-user', `${WS}/ops/map.bat`, v, (x) => `net use Z: \\\\fs01\\share /user:CORP\\jdoe ${x}\n`],
    ['before-user', `${WS}/ops/map.bat`, v, (x) => `net use Z: \\\\fs01\\share ${x} /user:CORP\\jdoe\n`],
    ['upper', `${WS}/ops/map.cmd`, v, (x) => `NET USE X: \\\\10.0.0.2\\c$ /USER:Administrator ${x}\n`],
    ['md', `${WS}/notes/smb.md`, v, (x) => `    net use Y: \\\\nas\\media /u:nas\\bob ${x} /persistent:yes\n`],
  ]);
}
