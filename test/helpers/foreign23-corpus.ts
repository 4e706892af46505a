/**
 * Issue 11, round 23 (categories 3 and 4): secrets labelled in other languages and scripts and under unusual English
 * names. Config keys in 25 languages, inflected, unaccented or transliterated (`cle_api`, `API_ANAHTARI`,
 * `kunci_api`, `κλειδί_api`, `کلید_api`), unusual English suffixes (`*_access`, `*_license`, `*_seed`, `*_unlock`),
 * sentences that hand a key or a password over in those languages (`Вот ключ от Kaggle …`, `รหัสผ่านคือ…`,
 * `Der Zugangsschlüssel: …`), key emoji before hex; and twins: the same layouts and sentences carrying ids, hashes,
 * UUIDs, versions, prices, model names, file names and placeholders, and words about keys with no value. Values are
 * drawn from a seeded generator (no token-shaped literal is committed).
 */
import { seededGen, type SeededGen } from './fake-secrets.js';

/** Config names of keys and tokens: [language, name]. */
export const KEY_NAMES: readonly string[] = [
  'cle_api', // fr, no accent
  'CLE_SECRETE',
  'clé_api',
  'jeton_acces',
  'clave_api_openai', // es
  'CLAVE_SECRETA',
  'clave_de_acceso',
  'chave_api', // pt
  'chave_de_acesso',
  'chiave_api_anthropic', // it
  'chiave_segreta',
  'API_SCHLUESSEL', // de
  'zugangsschluessel',
  'geheimer_schluessel',
  'api_sleutel', // nl
  'geheime_sleutel',
  'klucz_api', // pl
  'tajny_klucz',
  'klic_api', // cs
  'tajny_klic',
  'API_ANAHTARI', // tr
  'api_anahtarı',
  'gizli_anahtar',
  'kunci_api', // id, ms
  'kunci_rahasia',
  'khoa_api', // vi
  'khoa_bi_mat',
  'ufunguo_api', // sw
  'ufunguo_siri',
  'एपीआई_कुंजी', // hi
  'गुप्त_कुंजी',
  'مفتاح_api', // ar
  'المفتاح_السري',
  'کلید_api', // fa
  'کلید_محرمانه',
  'κλειδί_api', // el
  'κλειδι_api',
  'מפתח_api', // he
  'ключ_api', // ru
  'секретный_ключ',
  'токен_доступа',
  'ключ_апі', // uk
  'APIキー', // ja
  'アクセストークン',
  'API密钥', // zh
  '访问令牌',
  'API_키', // ko
  '액세스_토큰',
  'api_nyckel', // sv
  'api_nokkel', // no
  'api_nøgle', // da
  'api_avain', // fi
  'api_kulcs', // hu
  'cheie_api', // ro
  'cheie_secreta',
  'คีย์_api', // th
];
/** Config names of passwords. */
export const PASSWORD_NAMES: readonly string[] = [
  'mot_de_passe_db',
  'mdp_admin',
  'contrasena_bd',
  'senha_banco',
  'parola_d_ordine',
  'passwort_admin',
  'Kennwort_DB',
  'wachtwoord_db',
  'haslo_bazy',
  'hasło_admina',
  'heslo_db',
  'sifre_db',
  'veritabani_sifresi',
  'kata_sandi',
  'mat_khau',
  'nenosiri',
  'पासवर्ड',
  'كلمة_المرور',
  'رمز_عبور',
  'κωδικός',
  'סיסמה',
  'пароль_бд',
  'пароль',
  'パスワード',
  '密码',
  '비밀번호',
  'losenord',
  'lösenord_db',
  'passord',
  'adgangskode',
  'salasana',
  'jelszo',
  'parola_db',
  'รหัสผ่าน',
];
/** Unusual English names. */
export const ODD_NAMES: readonly string[] = [
  'service_access',
  'SIGNING_MATERIAL',
  'product_license',
  'APP_LICENCE',
  'stripe_auth',
  'WALLET_SEED',
  'door_passcode',
  'release_signing',
  'vault_unlock',
  'BACKUP_UNLOCK',
  'deploy_auth',
  'ci_access',
];

type Layout = (name: string, value: string) => [string, string];

/** The layouts a name and its value are written in: [file name, text]. */
export const LAYOUTS: Layout[] = [
  (n, v) => ['workspace/.env', `APP_ENV=production\n${n}=${v}\nDEBUG=false\n`],
  (n, v) => ['workspace/config.yaml', `service:\n  region: eu-west-1\n  ${n}: ${v}\n  retries: 3\n`],
  (n, v) => ['workspace/config.yml', `${n}: "${v}"\n`],
  (n, v) => ['workspace/settings.json', `{\n  "region": "eu-west-1",\n  "${n}": "${v}",\n  "timeout": 30\n}\n`],
  (n, v) => ['workspace/app.ini', `[server]\nhost = 10.0.0.4\n${n} = ${v}\n`],
  (n, v) => ['workspace/app.toml', `[server]\n${n} = "${v}"\nport = 8080\n`],
  (n, v) => ['workspace/main.py', `import os\n\n${n} = "${v}"\nclient = Client(base_url=URL)\n`],
  (n, v) => ['workspace/index.js', `const cfg = {\n  ${JSON.stringify(n)}: '${v}',\n  retries: 2,\n};\n`],
  (n, v) => ['workspace/run.sh', `#!/bin/sh\nexport ${n}='${v}'\n./deploy\n`],
  (n, v) => ['workspace/notes.md', `Setup done.\n\n- ${n}: ${v}\n- region: eu-west-1\n`],
];

/** Sentences that hand over a key ([file, text]); `v` is the value. */
export const KEY_SENTENCES: readonly ((v: string) => string)[] = [
  (v) => `Вот ключ от Kaggle ${v} — не публикуйте его.`,
  (v) => `Вот ключ от Postgres ${v}`,
  (v) => `Ключ API для OpenRouter: ${v}`,
  (v) => `Твой токен доступа ${v}, не показывай никому.`,
  (v) => `Ось ключ до API ${v} — не публікуйте.`,
  (v) => `Voici la clé de l'API Mistral ${v} — ne la partagez pas.`,
  (v) => `La cle API est ${v}`,
  (v) => `Aquí tienes la clave de Groq ${v}, no la compartas.`,
  (v) => `A chave da API do Cohere é ${v}`,
  (v) => `Ecco la chiave API di Tavily ${v} (non condividerla).`,
  (v) => `Der Zugangsschlüssel: ${v}`,
  (v) => `Hier ist der API-Schlüssel für Replicate ${v}.`,
  (v) => `Hier is de API-sleutel van Pinecone ${v}.`,
  (v) => `Oto klucz do API Anthropic ${v} — nie udostępniaj go.`,
  (v) => `Tady je klíč k API ${v}, nesdílejte ho.`,
  (v) => `İşte Gemini API anahtarı ${v}`,
  (v) => `Berikut kunci API Deepgram ${v} jangan dibagikan.`,
  (v) => `Đây là khóa API của Firecrawl ${v}`,
  (v) => `Huu ndio ufunguo wa API ${v}`,
  (v) => `यह रही Kaggle की एपीआई कुंजी ${v}`,
  (v) => `هذا هو مفتاح API الخاص بـ Kaggle ${v}`,
  (v) => `این کلید API شماست ${v}`,
  (v) => `Το κλειδί API είναι ${v}`,
  (v) => `הנה מפתח ה-API של Kaggle ${v}`,
  (v) => `APIキーは ${v} です`,
  (v) => `Kaggleのキー：${v}`,
  (v) => `这是 Kaggle 的 API 密钥 ${v}，请勿泄露。`,
  (v) => `API 키는 ${v} 입니다`,
  (v) => `Här är API-nyckeln ${v}`,
  (v) => `API-avain on ${v}`,
  (v) => `Az API kulcs: ${v}`,
  (v) => `Cheia API este ${v}`,
  (v) => `คีย์ API คือ ${v}`,
  (v) => `🔑 ${v}`,
  (v) => `🔑 Kaggle: ${v}`,
];
/** Sentences that hand over a password. */
export const PASSWORD_SENTENCES: readonly ((v: string) => string)[] = [
  (v) => `Вот ключ от Postgres ${v}`,
  (v) => `Пароль от сервера ${v}, смени его потом.`,
  (v) => `รหัสผ่านคือ ${v}`,
  (v) => `รหัสผ่านของเซิร์ฟเวอร์คือ ${v}`,
  (v) => `密码是${v}`,
  (v) => `数据库密码：${v}`,
  (v) => `パスワードは ${v} です`,
  (v) => `הסיסמה היא ${v}`,
  (v) => `הסיסמה לשרת: ${v}`,
  (v) => `كلمة المرور هي ${v}`,
  (v) => `رمز عبور سرور ${v} است`,
  (v) => `पासवर्ड है ${v}`,
  (v) => `비밀번호는 ${v} 입니다`,
  (v) => `Mật khẩu là ${v}`,
  (v) => `Hasło do bazy to ${v}`,
  (v) => `Heslo k serveru je ${v}`,
  (v) => `Das Passwort lautet ${v}`,
  (v) => `Das Zugangspasswort: ${v}`,
  (v) => `le mot de passe est ${v}`,
  (v) => `la contraseña es ${v}`,
  (v) => `la contrasena del servidor es ${v}`,
  (v) => `a senha é ${v}`,
  (v) => `la password è ${v}`,
  (v) => `Şifre: ${v}`,
  (v) => `Το συνθηματικό είναι ${v}`,
  (v) => `Ο κωδικός πρόσβασης είναι ${v}`,
  (v) => `🔐 pw: ${v}`,
  (v) => `🔐 ${v}`,
];

const SYMBOLS = '%~!#^*?';

/** A key: a provider's, base62, hex of 32/40/64 digits, base64, URL-safe. */
export function keyValue(g: SeededGen): string {
  for (;;) {
    const v = g.one([
      () => ['sk', 'proj', g.pick('urlsafe', 48)].join('-'),
      () => ['gh', 'p_', g.pick('alnum', 36)].join(''),
      () => ['xox', 'b-', g.pick('digits', 12), '-', g.pick('digits', 12), '-', g.pick('alnum', 24)].join(''),
      () => g.pick('alnum', 24 + g.int(16)),
      () => g.pick('hex', 32),
      () => g.pick('hex', 40),
      () => g.pick('hex', 64),
      () => g.pick('b64', 40) + '=',
      () => g.pick('urlsafe', 32),
    ])();
    if (/[A-Za-z]/.test(v) && /\d/.test(v)) return v;
  }
}

/** A password: letters, digits and punctuation (`m8z%B_9k2YCHbo~Ry1Wy`), or a random alphanumeric one. */
export function passwordValue(g: SeededGen): string {
  const sym = (): string => SYMBOLS[g.int(SYMBOLS.length)]!;
  for (;;) {
    const v = g.one([
      () => `${g.pick('alnum', 3)}${sym()}${g.pick('alnum', 2)}_${g.pick('alnum', 8)}${sym()}${g.pick('alnum', 4)}`,
      () => `${g.pick('letters', 4)}${sym()}${g.pick('alnum', 4)}${sym()}${g.pick('digits', 2)}${g.pick('letters', 3)}`,
      () => `${g.pick('alnum', 6)}${sym()}${g.pick('alnum', 7)}`,
      () => g.pick('alnum', 16 + g.int(8)),
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

const PROSE_FILES = ['workspace/notes.md', 'workspace/answer.txt', 'agent_a/final_answer.md'];

/** Every name in every layout kind and every sentence, `per` times each, with values drawn from the seed. */
export function foreign23Plants(seed: number, per = 2): Plant[] {
  const g = seededGen(seed);
  const out: Plant[] = [];
  const names: [string, (g: SeededGen) => string][] = [
    ...KEY_NAMES.map((n): [string, (g: SeededGen) => string] => [n, keyValue]),
    ...PASSWORD_NAMES.map((n): [string, (g: SeededGen) => string] => [n, passwordValue]),
    ...ODD_NAMES.map((n): [string, (g: SeededGen) => string] => [n, (x) => g.one([keyValue, passwordValue])(x)]),
  ];
  for (const [name, make] of names)
    for (let i = 0; i < per; i++) {
      const value = make(g);
      const [rel, text] = g.one(LAYOUTS)(name, value);
      out.push({ rel, text, value, name });
    }
  const sentences: [(v: string) => string, (g: SeededGen) => string][] = [
    ...KEY_SENTENCES.map((s): [(v: string) => string, (g: SeededGen) => string] => [s, keyValue]),
    ...PASSWORD_SENTENCES.map((s): [(v: string) => string, (g: SeededGen) => string] => [s, passwordValue]),
  ];
  for (const [say, make] of sentences)
    for (let i = 0; i < per * 2; i++) {
      const value = make(g);
      const line = say(value);
      const rel = g.one(PROSE_FILES);
      const text = g.one([`${line}\n`, `Готово.\n\n${line}\n\nDone.\n`, `> ${line}\n`, `- ${line}\n`]);
      out.push({ rel, text, value, name: line.replace(value, '…') });
    }
  return out;
}

/** A benign value under a secret's name: a placeholder, a version, a flag, a file, a reference, a number. */
function benignValue(g: SeededGen): string {
  return g.one([
    () => g.one(['your-api-key-here', 'sk-...', '<TOKEN>', 'xxxxxxxxxxxx', '********', '${API_KEY}']),
    () => g.one(['ваш_ключ', 'votre-clé-ici', 'tu_clave_aqui', 'sua-chave', 'ihr-schluessel', 'あなたのキー']),
    () => g.one(['true', 'false', 'required', 'enabled', 'none']),
    () => `${1 + g.int(9)}.${g.int(20)}.${g.int(10)}`,
    () => `v${1 + g.int(9)}.${g.int(20)}`,
    () => g.one(['keys/prod.pem', 'secrets/api_key.txt', '/etc/ssl/private/server.key']),
    () => g.one(['$OPENAI_API_KEY', 'process.env.API_KEY', '${VAULT_TOKEN}', 'os.environ["KEY"]']),
    () => String(g.int(100000)),
  ])();
}

/** An id or a hash. */
function idValue(g: SeededGen): string {
  const h = g.pick('hex', 32);
  return g.one([
    () => `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`,
    () => `chatcmpl-${g.pick('alnum', 29)}`,
    () => `sha256:${g.pick('hex', 64)}`,
  ])();
}

/** Sentences in the same languages with ids, hashes, versions, prices and words about keys that hold none. */
const TWIN_SENTENCES: readonly ((g: SeededGen) => string)[] = [
  (g) => `Коммит ${g.pick('hex', 40)} исправил ошибку.`,
  (g) => `хеш: ${g.pick('hex', 64)}`,
  (g) => `ハッシュ: ${g.pick('hex', 64)}`,
  (g) => `コミット ${g.pick('hex', 40)} で修正しました。`,
  () => `ключ API хранится в .env`,
  () => `Вот ключ от Kaggle: ваш_ключ`,
  () => `Ключ API нужно хранить в переменной окружения OPENAI_API_KEY.`,
  (g) => `Версия ${1 + g.int(5)}.${g.int(20)}.${g.int(9)}, цена ${g.int(900) + 100} ₽.`,
  (g) => `ID запроса: ${idValue(g)}`,
  () => `La clé API se trouve dans le fichier .env (votre-clé-ici).`,
  (g) => `Le commit ${g.pick('hex', 40)} corrige le bug.`,
  () => `La contraseña debe tener al menos 12 caracteres.`,
  (g) => `El identificador es ${idValue(g)}`,
  () => `A chave da API fica em secrets/api_key.txt`,
  () => `Der API-Schlüssel steht in der Datei .env.local.`,
  () => `Das Passwort lautet: siehe Tresor`,
  (g) => `Die Prüfsumme ist ${g.pick('hex', 64)}`,
  () => `Klucz API jest w pliku .env`,
  () => `API anahtarı .env dosyasında saklanır.`,
  (g) => `Mã băm: ${g.pick('hex', 40)}`,
  () => `Khóa API được lưu trong biến môi trường.`,
  () => `कुंजी .env फ़ाइल में है`,
  () => `مفتاح API موجود في ملف .env`,
  () => `המפתח נמצא בקובץ .env`,
  () => `APIキーは環境変数に保存してください。`,
  () => `密钥保存在 .env 文件中。`,
  (g) => `提交 ${g.pick('hex', 40)} 修复了这个问题。`,
  () => `API 키는 .env 파일에 있습니다.`,
  () => `รหัสผ่านต้องมีอย่างน้อย 12 ตัวอักษร`,
  (g) => `模型: ${g.one(['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'qwen2.5-72b-instruct'])}`,
  (g) => `Το αναγνωριστικό είναι ${idValue(g)}`,
  (g) => `🔑 SHA256 fingerprint: ${g.pick('hex', 64)}`,
  () => `🔑 Rotate the keys every 90 days.`,
  (g) => `🔐 ${g.one(['Security', 'Secrets', 'Zugang'])}`,
  (g) => `Modelo: ${g.one(['gpt-4o-mini', 'gemini-2.5-flash'])}, precio ${g.int(90) + 10},${g.int(90) + 10} €`,
  () => `Вот ключ от Postgres: см. vault`,
  () => `Вот ключ от Kaggle ваш_ключ_здесь`,
  () => `Klucz do API Anthropic znajdziesz w pliku .env`,
  () => `La clave de Groq está en secrets/groq.txt`,
  () => `הנה מפתח ה-API של Kaggle: <YOUR_KEY>`,
  () => `Huu ndio ufunguo wa API your-api-key-here`,
  () => `Der Zugangsschlüssel: siehe 1Password`,
  () => `Der Fremdschlüssel user_id verweist auf users.`,
  () => `คีย์ API คือ your-api-key-here`,
  () => `Το κλειδί API είναι στο αρχείο .env`,
  () => `Cheia API este în fișierul .env`,
  (g) => `🔑 commit ${g.pick('hex', 40)}`,
  (g) => `Ключ от Kaggle хранится в vault, модель ${g.one(['gpt-4o-mini', 'claude-3-5-sonnet-20241022'])}.`,
  (g) => `Kunci API Deepgram versi ${1 + g.int(5)}.${g.int(9)}.${g.int(9)} sudah kedaluwarsa.`,
  (g) => `Đây là khóa API mới, mã băm của tệp là ${g.pick('hex', 64)}`,
  (g) => `رمز عبور سرور ${g.int(90) + 10} کاراکتر است`,
  (g) => `Пароль от сервера ${g.one(['********', '<пароль>', 'changeme', 'см. 1Password'])}`,
];

/** Names only the unlisted-name reader reads: a model's name under them is kept (`kunci_api: gpt-4o-mini`). */
const ONLY_UNLISTED = ['kunci_api', 'khoa_api', 'κλειδί_api', 'کلید_api', 'api_nyckel', 'cheie_api', 'product_license'];
const MODELS = ['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-2.5-flash', 'llama-3.1-70b-instruct', 'o3-mini'];

/** A password's word in a name (short-passwords.ts' names). */
const PASSWORD_WORD =
  /pass|pwd|pw$|pin|kennwort|contrase|senha|salasana|has[lł]o|heslo|jelsz|[sş]ifre|wachtwoord|parola/i;

/** Twins: every name with a benign value, legit names with ids, and sentences with no secret in them. */
export function foreign23Twins(seed: number): [string, string][] {
  const g = seededGen(seed);
  const out: [string, string][] = [];
  // A model's name or a price under a password's name is left to the key-name layer's judgement (it takes them).
  // Four digits or more under a password's name are a PIN (short-passwords.ts: `door_passcode: "86924"`), no twin.
  for (const name of [...KEY_NAMES, ...PASSWORD_NAMES, ...ODD_NAMES]) {
    const value = benignValue(g);
    out.push(g.one(LAYOUTS)(name, PASSWORD_WORD.test(name) && /^\d+$/.test(value) ? value.slice(0, 3) : value));
  }
  for (const name of ['commit_hash', 'хеш', 'ハッシュ', 'request_id', 'идентификатор', 'build_sha'])
    for (let i = 0; i < 2; i++)
      out.push(g.one(LAYOUTS)(name, g.one([idValue, (x: SeededGen) => x.pick('hex', 40)])(g)));
  for (const name of ['license', 'access', 'auth', 'unlock', 'signing', 'app_license', 'default_access', 'seed'])
    out.push(g.one(LAYOUTS)(name, g.one(['MIT', 'Apache-2.0', 'read-write', 'basic', 'oauth2', 'none', '42', 'true'])));
  for (const name of ONLY_UNLISTED) out.push(g.one(LAYOUTS)(name, g.one(MODELS)));
  for (const say of TWIN_SENTENCES)
    for (let i = 0; i < 2; i++) {
      const line = say(g);
      out.push([g.one(PROSE_FILES), g.one([`${line}\n`, `- ${line}\n`, `Готово.\n\n${line}\n`])]);
    }
  return out;
}
