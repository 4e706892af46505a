/**
 * Round 36's plants and twins (issue 11), from a seeded generator (no secret-shaped literal is committed), for attack
 * 36's categories: a `pass` under an owner's name the list lacked (`smtp_relay_pass`) and a name at the end of a
 * settings path (Godot's `keystore/release_password`); a settings table's row that names its secret (`INSERT …
 * ('mailserver_pass', '…')`, SQL Server's `N'…'`); a secret handed to the tool that stores it (`SecretValue.
 * unsafePlainText`, `pulumi.secret`); an SNMP community; a person's password of two words and numbers alone on a chat
 * line; a table column headed `tkn`. Twins: text those readings keep.
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';

const WORDS = BIP39_ENGLISH.filter(
  (w) => w.length >= 5 && !/^(?:example|sample|dummy|fake|mock|test|demo|your|here|insert|replace|enter)$/.test(w),
);
const plant = (name: string, rel: string, text: string, value: string): Plant => ({ name, rel, text, value });
const pick = <T>(r: Gen, list: readonly T[]): T => list[Number.parseInt(r('dig', 4), 10) % list.length]!;
const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
/** A person's password: `Word2022*word72`. */
export const twoWords = (r: Gen): string =>
  `${cap(pick(r, WORDS))}20${r('dig', 2)}${pick(r, ['!', '*', '#', '$'])}${pick(r, WORDS)}${r('dig', 2)}`;

const WS = 'turn_1/attempt_1/agent_b/20260131_101537_654321/workspace';

/** Names of passwords the key-name layer did not read: an owner's `pass`, a settings path's last name. */
export function namePlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (v: string) => string][] = [
    ['godot', `${WS}/game/export_presets.cfg`, (v) => `[preset.0.options]\nkeystore/release_password="${v}"\n`],
    ['godot-apple', `${WS}/game/export_presets.cfg`, (v) => `notarization/apple_id_password="${v}"\n`],
    ['ansible', `${WS}/ansible/group_vars/all.yml`, (v) => `smtp_relay_pass: '${v}'\n`],
    ['keystore', `${WS}/android/local.properties`, (v) => `keystore_pass=${v}\n`],
    ['nas', `${WS}/homelab/.env`, (v) => `NAS_PASS=${v}\n`],
    ['backup', `${WS}/ops/restic.yml`, (v) => `backup_pass: "${v}"\n`],
  ];
  return forms.map(([name, rel, form]) => {
    const v = twoWords(r);
    return plant(name, rel, form(v), v);
  });
}

/** A settings table's row that names its secret, in MySQL's, WordPress' and SQL Server's dumps. */
export function sqlRowPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, (v: string) => string][] = [
    [
      'wordpress',
      (v) => `INSERT INTO \`wp_options\` VALUES (101,'mailserver_pass','${v}','yes'),(102,'blogname','Blog','yes');\n`,
    ],
    ['mssql', (v) => `INSERT INTO settings (id, name, value) VALUES (1, N'SmtpPassword', N'${v}');\n`],
    ['mysql', (v) => `INSERT INTO config VALUES ('site_title', 'Shop'), ('stripe_webhook_secret', '${v}');\n`],
    ['pg', (v) => `INSERT INTO app_settings (key, val) VALUES ('ldap.bind_password', '${v}');\n`],
    ['dbo', (v) => `INSERT [dbo].[Settings] ([Id], [Key], [Value]) VALUES (1, N'SmtpPassword', N'${v}')\n`],
  ];
  return forms.map(([name, form]) => {
    const v = twoWords(r);
    return plant(name, `${WS}/db/${name}.sql`, form(v), v);
  });
}

/** A secret given to the tool that stores it, an SNMP community, a chat line's password, a `tkn` column. */
export function otherPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, () => string, (v: string) => string][] = [
    [
      'cdk',
      `${WS}/infra/stack.ts`,
      () => `${r('alnum', 8)}#${r('alnum', 8)}`,
      (v) => `new Secret(this, 'S', { secretStringValue: SecretValue.unsafePlainText('${v}') });\n`,
    ],
    ['pulumi', `${WS}/infra/index.ts`, () => twoWords(r), (v) => `const pw = pulumi.secret("${v}");\n`],
    ['cisco', `${WS}/net/router.cfg`, () => r('alnum', 20), (v) => `snmp-server community ${v} RW\n`],
    ['snmpwalk', `${WS}/notes/net.md`, () => r('alnum', 18), (v) => `snmpwalk -v2c -c ${v} 10.0.0.1\n`],
    ['chat', `${WS}/chat/whatsapp.txt`, () => twoWords(r), (v) => `[10:02] Kenji: ${v}\n[10:03] Ana: thanks\n`],
    ['tkn', `${WS}/exports/keys.tsv`, () => r('hex', 32), (v) => `name\ttkn\tenv\numbrella\t${v}\tprod\n`],
  ];
  return forms.map(([name, rel, make, form]) => {
    const v = make();
    return plant(name, rel, form(v), v);
  });
}

/** Texts these readings keep. */
export const ROUND36_TWINS: readonly (readonly [string, string])[] = [
  [
    `${WS}/render/settings.cfg`,
    'first_pass=true\nrender_pass: shadow_map_pass\ntwo_pass = 1\nboarding_pass: BP-2026\n',
  ],
  [`${WS}/net/router.cfg`, 'snmp-server community public RO\nsnmpwalk -v2c -c public 10.0.0.1\n'],
  [`${WS}/db/users.sql`, "INSERT INTO users (id, name, password_hint) VALUES (1, 'password', 'the usual one');\n"],
  [`${WS}/infra/stack.ts`, 'const s = SecretValue.unsafePlainText(props.value);\nconst p = pulumi.secret(cfg.pw);\n'],
  [`${WS}/game/export_presets.cfg`, 'keystore/release_user="release"\nkeystore/release_password=""\n'],
  [`${WS}/chat/whatsapp.txt`, '[10:02] Kenji: Version 2.3.1 is out\n[10:03] Ana: see ticket Issue-2022\n'],
];

/** The reviewer's variants of the new readers' placements (round 36's review). */
export function reviewPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, () => string, (v: string) => string][] = [
    [
      'brace',
      `${WS}/web/auth.js`,
      () => `${r('alnum', 6)}&{${r('dig', 1)}}${r('alnum', 4)}9`,
      (v) => `app.use(basicAuth({ users: { admin: "${v}" } }));\n`,
    ],
    [
      'ts-record',
      `${WS}/web/users.ts`,
      () => twoWords(r),
      (v) => `const users: Record<string, string> = { ops: "${v}" };\n`,
    ],
    ['go-map', `${WS}/cmd/main.go`, () => twoWords(r), (v) => `users := map[string]string{"admin": "${v}"}\n`],
    ['gin', `${WS}/cmd/server.go`, () => twoWords(r), (v) => `r.Use(gin.BasicAuth(gin.Accounts{"admin": "${v}"}))\n`],
    [
      'localhost',
      `${WS}/.env`,
      () => `${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}`,
      (v) => `DATABASE_URL=postgres://app:${v}@localhost/db\n`,
    ],
    [
      'ip',
      `${WS}/notes/mongo.md`,
      () => `${pick(r, WORDS)} ${pick(r, WORDS)} ${pick(r, WORDS)}${r('dig', 2)}`,
      (v) => `mongodb://root:${v}@10.0.0.5:27017\n`,
    ],
    ['amp', `${WS}/notes/creds.md`, () => `Xk9#mQ2&vT=8pL${r('dig', 2)}`, (v) => `password: ${v}\n`],
    ['snmpd', `${WS}/etc/snmpd.conf`, () => r('alnum', 16), (v) => `rocommunity ${v} 10.0.0.0/24\n`],
    [
      'ghp-map',
      `${WS}/config/tokens.yaml`,
      () => `ghp_${r('alnum', 36)}`,
      (v) =>
        `tokens:\n  dev: ${v}\n  staging: ghp_${r('alnum', 36)}\n  prod: ghp_${r('alnum', 36)}\n  ci: ghp_${r('alnum', 36)}\n`,
    ],
    [
      'person-keys',
      `${WS}/config/keys.yaml`,
      () => r('hex', 32),
      (v) =>
        `keys_in_use:\n  primary: ${v}\n  secondary: ${r('hex', 32)}\n  backup: ${r('hex', 32)}\n  token: ${r('hex', 32)}\n`,
    ],
  ];
  return forms.map(([name, rel, make, form]) => {
    const v = make();
    return plant(name, rel, form(v), v);
  });
}

/** The reviewer's twins: what the new readers must keep. */
export const REVIEW_TWINS: readonly (readonly [string, string])[] = [
  [`${WS}/web/wallets.js`, 'const accounts = { treasury: "0x8ba1f109551bD432803012645Ac136ddd64DBA72" };\n'],
  [`${WS}/web/ids.js`, 'const users = { alice: "MDQ6VXNlcjU4MzIzMQ==" };\n'],
  [`${WS}/db/seed.sql`, "INSERT INTO config (name, value) VALUES ('api_key', 'Use at least ' || '12 characters');\n"],
  [`${WS}/chart/values.yaml`, 'mongodb:\n  existingSecret: mongo-backup-creds-east01\n'],
];
