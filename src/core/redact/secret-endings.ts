/**
 * The endings of key names (normalised: lower case, letters and digits) the key-name layer (key-names.ts) reads as a
 * secret's, and those it reads as a counter's or a reference's. The password's come first: the learned values'
 * (learned.ts) and the passphrases' (passphrases.ts) readers take a name ending in one as a password's.
 */
import { baseName } from './base-name.js';

export const PASSWORD_ENDINGS: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'pass',
  // SSSD's and PAM's `ldap_default_authtok` (attack 50): an authentication token, the bind password.
  'authtok',
  // Password in other languages (German, Spanish, Portuguese, French, Dutch, Italian, Finnish, Swedish, Danish, Polish,
  // Czech, Hungarian, Turkish).
  'passwort',
  'kennwort',
  'contrasena',
  'senha',
  'motdepasse',
  'wachtwoord',
  'parola',
  'salasana',
  'losenord',
  'adgangskode',
  'haslo',
  'heslo',
  'jelszo',
  'sifre',
  // Transliterated (attack 48): Russian and Uzbek `parol`, Chinese `mima` (密码), Japanese `pasuwado`, Korean
  // `bimilbeonho`, Vietnamese `matkhau`, Indonesian `katasandi` (a key's words: foreign-words.ts).
  'parol',
  'mima',
  'pasuwado',
  'bimilbeonho',
  'matkhau',
  'katasandi',
];

/** Letters NFD keeps whole, in ASCII (`hasło` → `haslo`, `adgangskøde`, `straße`). */
const WHOLE_LETTERS: Readonly<Record<string, string>> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i' };
/** A name's letters without their accents (`contraseña` → `contrasena`), `ł` spelled `l`; its case and marks kept. */
export const foldLetters = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøđßæœıŁØĐÆŒ]/g, (c) => {
      const ascii = WHOLE_LETTERS[c.toLowerCase()]!;
      return c === c.toLowerCase() ? ascii : ascii.toUpperCase();
    });
/** A name in lower-case ASCII letters and digits (`HASŁO_BAZY` → `haslobazy`). */
export const foldName = (name: string): string =>
  foldLetters(name)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Whether a name's last word is a password's (`DB_PASS`, `smb_pwd`, `Kennwort`, `hasło`, `"password"`). */
export function passwordEnding(name: string): boolean {
  // Its ordinal or environment aside (`SSH_KEY_PASSPHRASE_6`, `DB_PASSWORD_PROD`: attack 58).
  const k = foldName(baseName(name));
  return PASSWORD_ENDINGS.some((e) => k.endsWith(e));
}

/**
 * A password's name: its last word a password's (passwordEnding), or `pw` (`olcRootPW`, slapd's `rootpw`, `db_pw`).
 * The learned values' reader (learned.ts) takes it as it is; the passphrases' (passphrases.ts) also asks key-names.ts.
 */
export const passwordName = (name: string): boolean => passwordEnding(name) || foldName(name).endsWith('pw');

export const SECRET_ENDINGS = [
  ...PASSWORD_ENDINGS,
  'apikey',
  'apitoken',
  'token',
  'accesstoken',
  'refreshtoken',
  'authtoken',
  'bearertoken',
  'idtoken',
  'sessiontoken',
  // A presigned URL's signature, in an environment or a header dump (`X_AMZ_SIGNATURE: <hex>`: round 28).
  'amzsignature',
  'googsignature',
  'secret',
  'clientsecret',
  'secretkey',
  'accesskey',
  'secretaccesskey',
  // Rails' secret_key_base (SECRET_KEY_BASE): the key every session cookie is signed with.
  'secretkeybase',
  'privatekey',
  'signingkey',
  'encryptionkey',
  'masterkey',
  'authorization',
  'credential',
  'credentials',
  'cookie',
  'setcookie',
  'sessionkey',
  'webhooksecret',
  'dsn',
  // Azure API Management and storage, license keys, kubeconfig client-key-data, GCP private_key_id (an id, but of the
  // key itself).
  'subscriptionkey',
  'licensekey',
  'accountkey',
  'clientkeydata',
  'privatekeyid',
  'creds',
  // Hash salts and peppers (WordPress AUTH_SALT, Django-style SIGNING_SALT): secrets of the same weight as keys.
  'salt',
  'pepper',
  // TOTP/HOTP and MFA seeds (`otp_seed`, `TOTP_SEED`, `totp_key`, `mfa_seed`): base32 seeds often read too regular for
  // the weak-name randomness test, and the name leaves no doubt.
  'otpseed',
  'otpkey',
  'mfaseed',
  'mfakey',
  // AWS Secrets Manager's SecretString, one-time recovery and backup codes (a password manager's custom fields).
  'secretstring',
  'recoverycode',
  'backupcode',
];
export const SAFE_ENDINGS = [
  'tokens',
  'usage',
  'source',
  'count',
  'counts',
  'limit',
  'limits',
  'budget',
  'est',
  'estimate',
  'type',
  'kind',
  'id',
  'ids',
  'name',
  'names',
  'url',
  'uri',
  'path',
  'file',
  'dir',
  'env',
  'var',
  'field',
  'header',
  'length',
  'size',
  'ttl',
  'expiry',
  'expires',
  'expiresat',
  'expiresin',
  'enabled',
  'required',
  'provider',
  'helper',
  'hint',
  'policy',
];
