/**
 * Issue 11, round 22: secret names nobody listed. Values under misspelled secret names (`pasword`, `secert`,
 * `api_kye`), uncommon synonyms and suffixes (`SIGNING_MATERIAL`, `AUTH_BLOB`, `*_PIN`, `MASTER_*`), names in other
 * languages and scripts (`пароль`, `密钥`, `パスワード`, `비밀번호`, `mot_de_passe`, `hasło`) and emoji labels (`🔑`), in
 * .env, YAML, JSON, INI, TOML, code and Markdown; and twins: the same names with benign values, and identifiers that
 * hold the same letters legitimately (`secretary`, `tokenizer`, `max_tokens`) with ids and hashes, which must come out
 * byte for byte. Values are drawn from a seeded generator (no token-shaped literal is committed).
 */
import { seededGen, type SeededGen } from './fake-secrets.js';

/** Misspelled secret names: transposed, doubled or dropped letters. */
export const MISSPELT = [
  'api_kye',
  'apikye',
  'API_KYE',
  'pasword',
  'PASWORD',
  'passwrod',
  'passowrd',
  'pssword',
  'passwd0',
  'paswd',
  'db_pasword',
  'DB_PASSWROD',
  'secert',
  'SECERT',
  'secrte',
  'scret',
  'client_secert',
  'CLIENT_SCERET',
  'tokne',
  'TOKNE',
  'tokn',
  'toekn',
  'access_tokne',
  'auth_tokn',
  'SECERT_KEY',
  'acess_key',
  'ACCES_TOKEN',
  'passphrse',
  'credentail',
  'CREDENTAILS',
  'privte_key',
  'PRIAVTE_KEY',
];
/** Uncommon synonyms and suffixes. */
export const SYNONYMS = [
  'SIGNING_MATERIAL',
  'KEY_MATERIAL',
  'ACCESS_MATERIAL',
  'LICENSE_KEY',
  'CREDENTIAL_BLOB',
  'AUTH_BLOB',
  'SESSION_TOK',
  'GH_TOK',
  'VAULT_PASSPHRASE',
  'gpg_passphrase',
  'SIM_PIN',
  'ADMIN_PIN',
  'WALLET_SEED',
  'node_seed',
  'WEBHOOK_SIG_KEY',
  'jwt_sig_key',
  'MASTER_SALT',
  'MASTER_PHRASE',
  'MASTER_CRED',
  'master_secret_material',
  'HMAC_MATERIAL',
  'unlock_blob',
];
/** Names in other languages and scripts. */
export const FOREIGN = [
  'ключ',
  'пароль',
  'токен',
  'секрет',
  'api_ключ',
  'секретный_ключ',
  '密钥',
  '密码',
  '令牌',
  '访问令牌',
  'パスワード',
  'トークン',
  '鍵',
  'APIキー',
  '비밀번호',
  '토큰',
  'API_키',
  'clé',
  'clé_api',
  'mot_de_passe',
  'jeton',
  'jeton_acces',
  'clave',
  'contraseña',
  'clave_secreta',
  'chave',
  'senha',
  'chave_api',
  'schluessel',
  'Kennwort',
  'api_schlüssel',
  'anahtar',
  'şifre',
  'parola',
  'chiave',
  'chiave_segreta',
  'hasło',
  'klucz',
  'klucz_api',
  'كلمة_المرور',
  'مفتاح',
  'סיסמה',
  'מפתח',
];
/** Emoji labels before a value. */
export const EMOJI = ['🔑', '🔐 Token', '🗝️', '🔑 Key', '🔐', '🗝 Secret'];

type Layout = (name: string, value: string) => [string, string];

/** The layouts a name and its value are written in: [file name, text]. */
export const LAYOUTS: Layout[] = [
  (n, v) => ['workspace/.env.local', `APP_ENV=production\n${n}=${v}\nDEBUG=false\n`],
  (n, v) => ['workspace/config.yaml', `service:\n  region: eu-west-1\n  ${n}: ${v}\n  retries: 3\n`],
  (n, v) => ['workspace/config.yaml', `service:\n  ${n}: "${v}"\n`],
  (n, v) => ['workspace/settings.json', `{\n  "region": "eu-west-1",\n  "${n}": "${v}",\n  "timeout": 30\n}\n`],
  (n, v) => ['workspace/settings.json', `{"user":"alice","${n}":"${v}"}\n`],
  (n, v) => ['workspace/app.ini', `[server]\nhost = 10.0.0.4\n${n} = ${v}\n`],
  (n, v) => ['workspace/app.toml', `[server]\n${n} = "${v}"\nport = 8080\n`],
  (n, v) => ['workspace/main.py', `import os\n\n${n} = "${v}"\nclient = Client(base_url=URL)\n`],
  (n, v) => ['workspace/index.js', `const cfg = {\n  ${JSON.stringify(n)}: '${v}',\n  retries: 2,\n};\n`],
  (n, v) => ['workspace/run.sh', `#!/bin/sh\nexport ${n}='${v}'\n./deploy\n`],
  (n, v) => ['workspace/notes.md', `Setup done.\n\n- ${n}: ${v}\n- region: eu-west-1\n`],
  (n, v) => ['workspace/notes.md', `${n}: \`${v}\`\n`],
];
/** Layouts that read an emoji label. */
export const EMOJI_LAYOUTS: Layout[] = [
  (n, v) => ['workspace/notes.md', `Deployed the service.\n${n}: ${v}\n`],
  (n, v) => ['workspace/notes.md', `${n} ${v}\n`],
  (n, v) => ['workspace/answer.txt', `Here are the details:\n- ${n}: \`${v}\`\n- Region: us-east-1\n`],
  (n, v) => ['workspace/slack.txt', `[10:42] bob: ${n} = ${v}\n`],
];

const SYMBOLS = '!#%&*@^~';

/** A secret value: a provider key, a prefix-less random key, a password with symbols, a mixed alphanumeric one. */
export function secretValue(g: SeededGen): string {
  const sym = (): string => SYMBOLS[g.int(SYMBOLS.length)]!;
  for (;;) {
    const v = g.one([
      () => ['sk', 'proj', g.pick('urlsafe', 48)].join('-'),
      () => ['gh', 'p_', g.pick('alnum', 36)].join(''),
      () => ['xox', 'b-', g.pick('digits', 12), '-', g.pick('digits', 12), '-', g.pick('alnum', 24)].join(''),
      () => g.pick('alnum', 32),
      () => g.pick('alnum', 24 + g.int(20)),
      () => g.pick('urlsafe', 40),
      () => g.pick('b64', 40) + '=',
      () => `${g.pick('letters', 4)}${sym()}${g.pick('alnum', 4)}${sym()}${g.pick('digits', 2)}${g.pick('letters', 3)}`,
      () => `${g.pick('alnum', 6)}${sym()}${g.pick('alnum', 7)}`,
      () => g.pick('lowerAlnum', 20),
    ])();
    if (/[A-Za-z]/.test(v) && /\d/.test(v)) return v;
  }
}

export interface Plant {
  rel: string;
  text: string;
  value: string;
  name: string;
}

/** Every secret name planted in every layout, with values drawn from the seed. */
export function names22Plants(seed: number, perName = 2): Plant[] {
  const g = seededGen(seed);
  const out: Plant[] = [];
  for (const name of [...MISSPELT, ...SYNONYMS, ...FOREIGN])
    for (let i = 0; i < perName; i++) {
      const value = secretValue(g);
      const [rel, text] = g.one(LAYOUTS)(name, value);
      out.push({ rel, text, value, name });
    }
  for (const name of EMOJI)
    for (let i = 0; i < perName * 3; i++) {
      const value = secretValue(g);
      const [rel, text] = g.one(EMOJI_LAYOUTS)(name, value);
      out.push({ rel, text, value, name });
    }
  return out;
}

/** Identifiers that hold the secret words' letters legitimately. */
export const LEGIT = [
  'secretary',
  'tokenizer',
  'passage',
  'keyboard',
  'monkey',
  'tokens_used',
  'max_tokens',
  'key_id',
  'public_key',
  'token_count',
  'passport_no',
  'secretariat',
  'tokenizer_name',
  'turkey',
  'jockey',
  'hockey_team',
  'pinned',
  'spin_rate',
  'seed_count',
  'master_host',
  'master_port',
  'license_url',
  'blob_path',
  'material_name',
];

/** A benign value: words, numbers, booleans, lengths, UUIDs, model names, URLs, paths, placeholders, variable names. */
function benignValue(g: SeededGen): string {
  return g.one([
    () => g.one(['true', 'false', 'null', 'required', 'optional', 'enabled']),
    () => String(g.int(100000)),
    () => `${8 + g.int(56)}`,
    () => `https://api.example.com/v${1 + g.int(3)}/auth`,
    () => `/etc/${g.one(['app', 'svc', 'nginx'])}/secrets/${g.one(['db', 'api', 'signing'])}.pem`,
    () => g.one(['your-api-key-here', 'sk-...', '<TOKEN>', 'xxxxxxxx', '********', 'changeme', '${API_KEY}']),
    () => g.one(['$DB_PASSWORD', 'OPENAI_API_KEY', 'process.env.SECRET', '${VAULT_TOKEN}']),
    () => g.one(['Passwort', 'Mot de passe', 'Contraseña', 'Пароль', '密码', 'パスワード', 'Clé API', 'Jeton']),
    () => g.one(['hunter', 'rotate weekly', 'see vault', 'see-1password', 'ask the admin']),
  ])();
}

/** A random-looking value that is an id or a hash. */
function idValue(g: SeededGen): string {
  return g.one([
    () => g.pick('hex', 40),
    () => g.pick('hex', 64),
    () => `${g.pick('hex', 8)}-${g.pick('hex', 4)}-4${g.pick('hex', 3)}-b${g.pick('hex', 3)}-${g.pick('hex', 12)}`,
    () => `chatcmpl-${g.pick('alnum', 29)}`,
    () => `msg_${g.pick('alnum', 24)}`,
    () => `sha256:${g.pick('hex', 64)}`,
    () => `${g.int(90000) + 10000}`,
  ])();
}

/** Names only this round reads (no listed word in them): model names under them are kept too. */
const ONLY_UNLISTED = [
  'secert',
  'tokne',
  'toekn',
  'SIGNING_MATERIAL',
  'MASTER_PHRASE',
  'ключ',
  'пароль',
  '密码',
  'パスワード',
  '비밀번호',
  'hasło',
  'klucz',
  'jeton',
  'anahtar',
  'chiave',
];

/** A model name (a UUID may be a key: a Postmark token is one, and other layers take it under these names). */
const modelOrUuid = (g: SeededGen): string =>
  g.one(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-2.5-flash', 'llama-3.1-70b-instruct']);

/** Twins: the planted names with benign values, and legitimate identifiers with ids and hashes. */
export function names22Twins(seed: number): [string, string][] {
  const g = seededGen(seed);
  const out: [string, string][] = [];
  for (const name of [...MISSPELT, ...SYNONYMS, ...FOREIGN]) out.push(g.one(LAYOUTS)(name, benignValue(g)));
  for (const name of EMOJI) for (let i = 0; i < 3; i++) out.push(g.one(EMOJI_LAYOUTS)(name, benignValue(g)));
  for (const name of LEGIT) for (let i = 0; i < 3; i++) out.push(g.one(LAYOUTS)(name, idValue(g)));
  for (const name of ONLY_UNLISTED) out.push(g.one(LAYOUTS)(name, modelOrUuid(g)));
  for (const name of ['password_min_length', 'pin_length', 'max_tokens', 'secret_rotation_days'])
    for (let i = 0; i < 3; i++) out.push(g.one(LAYOUTS)(name, String(4 + g.int(60))));
  return out;
}
