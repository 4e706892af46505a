/**
 * Credentials stated in natural language (issue 11): sentence forms in English and 20 other languages, chat
 * transcripts as JSON strings, tokens mentioned in a sentence about a key, each with generated values of several
 * classes; and benign sentences about passwords, tokens and keys that must come out byte for byte. `{v}` marks where
 * the value goes.
 */
import { CHARSETS, rng } from './fake-secrets.js';

const LOWER = 'abcdefghijkmnpqrstuvwxz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A value generator seeded for repeatable runs. */
export function proseValues(seed: number): { password: () => string[]; token: () => string[] } {
  const rand = rng(seed);
  const pick = (chars: string, n: number): string =>
    Array.from({ length: n }, () => chars[Math.floor(rand() * chars.length)]).join('');
  const mixed = (n: number, letters: string): string => {
    let v = '';
    while (v.length < n)
      v += pick(letters, 2 + Math.floor(rand() * 2)) + pick(CHARSETS.digits, 1 + Math.floor(rand() * 2));
    return v.slice(0, n);
  };
  const symbols = (n: number): string => {
    let v = '';
    while (!/[!@#^&+=?~$]/.test(v) || !/\d/.test(v) || !/[A-Za-z]/.test(v))
      v = pick(CHARSETS.alnum, 1) + pick(`${CHARSETS.alnum}!@#^&+=?~$`, n - 2) + pick(CHARSETS.alnum, 1);
    return v;
  };
  const WORDS = ['maple', 'rocket', 'tiger', 'lantern', 'cactus', 'river', 'orbit', 'velvet', 'copper', 'falcon'];
  const word = (): string => WORDS[Math.floor(rand() * WORDS.length)]!;
  const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);
  /** A passphrase with digits: words joined by `-`, `.` or nothing, a number glued to one, maybe a symbol. */
  const passphrase = (): string => {
    const n = String(10 + Math.floor(rand() * 89));
    const forms = [
      `${cap(word())}-${word()}${n}-${word()}`,
      `${cap(word())}${cap(word())}${n}!`,
      `${word()}${n}.${word()}.${cap(word())}`,
      `${cap(word())}#${word()}${n}`,
    ];
    return forms[Math.floor(rand() * forms.length)]!;
  };
  /** A random token of 12 to 24 characters: base62, lower case and digits, hex. */
  const token = (): string[] => [
    mixed(12 + Math.floor(rand() * 13), LOWER + UPPER),
    pick(CHARSETS.alnum, 16 + Math.floor(rand() * 9)),
    mixed(14 + Math.floor(rand() * 8), LOWER),
    pick(CHARSETS.hex, 20 + Math.floor(rand() * 5)),
  ];
  return {
    password: () => [
      mixed(8 + Math.floor(rand() * 8), LOWER + UPPER),
      mixed(10, LOWER),
      symbols(9 + Math.floor(rand() * 8)),
      passphrase(),
      mixed(20, LOWER + UPPER),
    ],
    token,
  };
}

const lines = (block: string): string[] =>
  block
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** Sentences that state a password, by language (at least 14 languages). */
export const PASSWORD_FORMS: Record<string, string[]> = {
  en: lines(`
    the password is {v}
    The password was {v}
    password = {v}
    Password: {v}
    the password is "{v}"
    The password is '{v}'.
    the password is {v}.
    The new password is {v}!
    Your temporary password is {v}, please change it after logging in.
    (password: {v})
    The wifi (password {v}) is on the fridge.
    **Password**: {v}
    **Password:** {v}
    the password is \`{v}\`
    pwd was changed to {v}
    pwd is {v}
    I reset the password to {v} this morning.
    log in as admin with password {v}
    log in as admin / {v}
    credentials: user deploy, pass {v}
    credentials: user deploy / {v}
    my password is now {v}, don't share it
    > password: {v}
    - the db password is {v}
    The root password on the box is {v}; rotate it soon.
    passphrase: {v}
    the passphrase is {v}
    Here's the password: {v}
    sudo password is {v} btw
    password for the admin account → {v}
    The password has been changed to {v}.
    use password {v} to log in
    Login with username admin and password {v}.
    username: ops, password: {v}
  `),
  de: lines(`
    Das Passwort ist {v}
    Passwort: {v}
    Das Kennwort lautet {v}
    Mein Passwort war {v}.
    Passwort für den Server: {v}
    Das neue Passwort lautet „{v}“.
  `),
  fr: lines(`
    Le mot de passe est {v}
    mot de passe : {v}
    Mon mot de passe est « {v} »
    le mot de passe du wifi est {v}.
    Mot de passe: {v}
  `),
  es: lines(`
    La contraseña es {v}
    contraseña: {v}
    Mi contraseña es {v}.
    la clave es {v}
  `),
  pt: lines(`
    A senha é {v}
    senha: {v}
    Minha senha é {v}.
    a palavra-passe é {v}
  `),
  it: lines(`
    La password è {v}
    la mia password è {v}.
    Password: {v}
  `),
  nl: lines(`
    Het wachtwoord is {v}
    wachtwoord: {v}
    mijn wachtwoord is {v}.
  `),
  pl: lines(`
    Hasło to {v}
    hasło: {v}
    Moje hasło to {v}.
    hasło jest {v}
  `),
  ru: lines(`
    пароль: {v}
    Пароль — {v}
    Пароль от сервера: {v}
    мой пароль {v}
  `),
  tr: lines(`
    şifre: {v}
    Şifre: {v}
    Şifrem {v}
    parola: {v}
  `),
  zh: lines(`
    密码是{v}
    密码：{v}
    密碼：{v}
    我的密码是 {v}
    登录密码为{v}
    密码是：{v}
  `),
  ja: lines(`
    パスワードは{v}です
    パスワード：{v}
    パスワードは「{v}」です
  `),
  ko: lines(`
    비밀번호는 {v}입니다
    비밀번호: {v}
    비밀번호는 {v}
  `),
  ar: lines(`
    كلمة المرور هي {v}
    كلمة السر: {v}
  `),
  hi: lines(`
    पासवर्ड है {v}
    पासवर्ड: {v}
  `),
  vi: lines(`
    mật khẩu là {v}
    Mật khẩu: {v}
  `),
  id: lines(`
    kata sandi adalah {v}
    Kata sandi: {v}
  `),
  sv: lines(`
    lösenordet är {v}
    Lösenord: {v}
  `),
  da: lines(`
    adgangskoden er {v}
    passordet er {v}
  `),
  fi: lines(`
    salasana on {v}
  `),
  cs: lines(`
    heslo je {v}
  `),
};

/** Sentences that mention a random token as a key or token (12 to 24 random characters). */
export const TOKEN_FORMS: string[] = lines(`
  use the token {v}
  my API key: {v}
  my api key is {v}
  The token is {v}
  here's the api key {v}
  access token = {v}
  my github token is {v}.
  the secret is {v}
  API key: \`{v}\`
  Use this key: {v}
  the key is {v}
  I generated a new token: {v}
  Der API-Schlüssel ist {v}
  Le jeton est {v}
  la clave API es {v}
  токен: {v}
  API密钥是{v}
  APIキーは{v}です
`);

/** A chat transcript as MassGen writes it: a JSON string with `\n` escapes. */
export const TRANSCRIPT_FORMS: string[] = [
  '{"role": "user", "content": "Hi!\\nThe password is {v}\\nThanks"}',
  '{"role": "assistant", "content": "Done. I set the admin password to {v}.\\n\\nAnything else?"}',
  '{"type": "answer", "answer": "Das Passwort ist {v}\\nViele Grüße"}',
  '{"content": "密码是{v}\\n请保存"}',
  '{"content": "**Password:** {v}\\n- user: admin"}',
  '{"messages": [{"role": "user", "content": "use the token {v} for the API"}]}',
];

/** Benign sentences: must come out byte for byte. */
export const BENIGN: string[] = [
  ...lines(`
    the password is required
    Password is too short
    the password is incorrect
    The password is invalid.
    Your password is expired
    the password is case-sensitive
    the password is hashed with bcrypt
    The password is stored in the vault
    the password is in the .env file
    the password is in secrets.yaml
    the password is whatever you set during install
    password is optional
    The password was changed successfully.
    The password was reset by an administrator.
    password: required
    password: ********
    password: <your password>
    password = os.getenv("DB_PASSWORD")
    the password is \${DB_PASSWORD}
    the password is passwordHash
    password is getPassword()
    Password must be at least 12 characters
    the password is at least 8 characters long
    password length is 16
    The token is expired
    the token is invalid
    The token is a JWT
    the token is sent in the Authorization header
    the token is accessToken
    the token is process.env.GITHUB_TOKEN
    the token count is 12345
    the token is 50256
    token: <|endoftext|>
    the key is in the vault
    the key is \`id\`
    the API key is stored in .env
    The API key is OPENAI_API_KEY
    api key is missing
    my API key is not working
    the key is id_rsa.pub
    the secret is out
    Use the token from https://github.com/settings/tokens
    the token limit for gpt-4o-mini is 128000
    the model is claude-3-5-sonnet-20241022
    the password is v2.3.1
    the password for version 1.2.3 is unchanged
    Das Passwort ist falsch
    Das Passwort ist zu kurz
    Passwort vergessen?
    Das Kennwort lautet wie bisher
    Le mot de passe est incorrect
    mot de passe : obligatoire
    Mot de passe oublié ?
    La contraseña es obligatoria
    contraseña: requerida
    A senha é inválida
    senha: obrigatória
    La password è sbagliata
    Het wachtwoord is verlopen
    wachtwoord: vereist
    Hasło jest nieprawidłowe
    hasło: wymagane
    Пароль неверный
    пароль: обязательное поле
    Şifre yanlış
    şifre: gerekli
    密码错误
    密码是必填项
    密码：至少8位
    密碼：必填
    パスワードは必須です
    パスワード：8文字以上
    パスワードが違います
    비밀번호는 8자 이상이어야 합니다
    비밀번호: 필수
    كلمة المرور غير صحيحة
    पासवर्ड गलत है
    Mật khẩu không đúng
    Kata sandi salah
    Lösenordet är fel
    adgangskoden er forkert
    salasana on väärä
    heslo je špatné
    the password is hunter
    the password is Passwort
    the password is correct
    The password is secret
    password: changeme
    password: example123
    the pass is valid
    pass: true
    pwd: /home/user/project
    run pwd to see the directory
    login: admin
    credentials are stored in ~/.aws/credentials
    the password field is empty
    The password is 8 characters
    password is 2FA-protected
    the password is UTF-8 encoded
    The token is base64-encoded
    token is sha256
    the key is AES-256
    the key is RSA-4096
    The password is SHA-512 hashed
    Set the password via the PASSWORD env var.
    The password was 'hunter'
  `),
  'const password = req.body.password;',
  'if (password.length < 8) throw new Error("password is too short");',
  'self.password = password',
  'password: ${{ secrets.DB_PASSWORD }}',
  'export PASSWORD="$(cat /run/secrets/db)"',
  '"password": "",',
  '"passwordPolicy": {"minLength": 12, "requireDigits": true}',
  'The `password_hash` column is a bcrypt hash.',
  '{"error": "invalid_grant", "error_description": "The token is expired"}',
  '{"role": "user", "content": "why is my password rejected?\\nit says the password is too short"}',
  '{"content": "密码错误\\n请重试"}',
  '{"message": "Das Passwort ist falsch"}',
  'commit 3f9a2b1c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90',
  'sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  'run 1b4e28ba-2fa1-11d2-883f-0016d3cca427 finished',
  'the file is config.v2.json',
  'the version is 4.12.3',
  'see https://example.com/reset-password?lang=de',
];

/** Benign templates: `{w}` takes each of BENIGN_WORDS (words, numbers, versions, file names, model names, URLs). */
export const BENIGN_TEMPLATES: string[] = lines(`
  the password is {w}
  The token is {w}.
  the key is {w}
  Das Passwort ist {w}
  Le mot de passe est {w}
  La contraseña es {w}
  密码是{w}
  パスワードは{w}です
`);
export const BENIGN_WORDS: string[] = [
  'required',
  'wrong',
  'expired',
  'revoked',
  'invalid',
  'missing',
  'optional',
  'falsch',
  'obligatoire',
  'incorrecta',
  '12',
  '4096',
  'v1.2.3',
  '2.0.0-beta.1',
  'README.md',
  'settings.json',
  'gpt-4o-mini',
  'claude-3-opus',
  'llama-3.1-8b',
  'https://example.com/login',
  'null',
  'undefined',
  '`hunter`',
  'rotated',
  'correcthorsebatterystaple',
  'UTF-8',
  'OAuth2',
  'SHA256',
];

/** Every benign text: the sentences and the templates filled with each word. */
export const allBenign = (): string[] => [
  ...BENIGN,
  ...BENIGN_TEMPLATES.flatMap((t) => BENIGN_WORDS.map((w) => t.replaceAll('{w}', w))),
];
