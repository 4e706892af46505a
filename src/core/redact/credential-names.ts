/**
 * Credential names nobody listed (names13): names whose last word alone is weak (`key`, `code`, `phrase`, `pass`) but
 * whose qualifier says whose secret it is (`ssh_key`, `recovery_key`, `wpa_psk`, `unlock_code`, `seed_phrase`,
 * `keystore_pass`), and passwords named in languages that put the owner after the word (`contraseña_wifi`,
 * `senha_do_banco`, `clave_privada`). A value under such a name is judged as a person's password (humanPassword: a
 * symbol with two of lower case, upper case and digits, or letters and digits mixed as a generator mixes them), not as
 * a key: `ssh_key: Purple0439*qbgvnx@` was kept because the value is no random key. Paths, public keys
 * (`ssh-ed25519`), words and numbers under them stay (they are no person's password either).
 */
import { keyWords } from './generic.js';
import { foldLetters } from './secret-endings.js';

/** Qualifiers that make `<qualifier>_key` a credential (`ssh_key`, `wallet_key`, `unseal_key`, `hmac_key`). */
const KEY_OWNERS = new Set(
  (
    'ssh gpg pgp crypt age sops wallet recovery wifi wlan wpa wpa2 shared preshared vpn ipsec network authenticator ' +
    'decryption symmetric hmac jwt luks unseal root backup admin deploy product activation tacacs aes cipher crypto ' +
    'unlock deterministic auth nonce keystore truststore bitlocker filevault veracrypt restic borg kopia disk'
  ).split(' '),
);
/** Words after which `pass` is an account's password (`keystore_pass`, `become_pass`, `registry_pass`). */
const PASS_OWNERS = new Set(
  (
    'ssh registry keystore truststore store become default docker ansible pfx p12 jks cert zip archive wallet vault ' +
    'gpg pgp backup imap pop sudo enable key'
  ).split(' '),
);
/** Last words that name a secret a person types or keeps (`unlock_code`, `seed_phrase`, `wpa_psk`, `sim_pin`). */
const CODE_OWNERS = new Set('unlock security access recovery backup alarm door sim device master admin'.split(' '));
const SEED_OWNERS = new Set('wallet bip39 bip32 hd master recovery'.split(' '));
const PHRASE_OWNERS = new Set('recovery seed mnemonic wallet secret pass'.split(' '));
/** Passwords in languages that name the owner after the word, and the owners (`contraseña_wifi`, `senha_do_banco`). */
const PASSWORD_WORDS = new Set(
  'contrasena contrasenya senha motdepasse passwort kennwort wachtwoord haslo heslo parola lozinka geslo'.split(' '),
);
const OWNERS_AFTER = new Set(
  (
    'wifi wlan banco bd db admin root usuario utilizador utente red rede reseau correo email mail servidor serveur ' +
    'sistema acesso acceso accesso cuenta conta compte do da de del du la le el des zugang konto server'
  ).split(' '),
);
/** Keys named in another language, secret by their word pair (`clave_privada`, `geheime_sleutel`, `chiave_segreta`). */
const FOREIGN_KEYS =
  /(?:clave(?:privada|secreta)|chave(?:privada|secreta)|chiave(?:privata|segreta)|cle(?:privee|secrete)|(?:geheime|prive)sleutel|(?:geheimer|privater)schlussel|lozinka|geslo|parool|katasandi|katalaluan|matkhau|pasvorto|passord|kodeord)$/;

/**
 * A setting about a password in a language that names it after its qualifier (`longueur_mot_de_passe`,
 * `longitud_contraseña`, `politica_senha`): a length or a policy, not a password (a normalised name).
 */
export const aboutPassword = (k: string): boolean =>
  /(?:longueur|longitud|comprimento|tamanho|lunghezza|politique|politica|regles?|reglas?|regole|expiration|expiracion|minimo|maximo|minimum|maximum)(?:de|del|da|do|du|della|di)?(?:motdepasse|contrasena|senha|parola|passwort|kennwort|wachtwoord)$/.test(
    k,
  );

/** A name's words, `motdepasse` joined (`mot_de_passe_wifi`). */
const wordsOf = (key: string): string[] =>
  keyWords(foldLetters(key))
    .join(' ')
    .replace(/mot de passe/g, 'motdepasse')
    .split(' ');

/** True for a name whose value is a person's password when it reads as one (see the file's comment). */
export function credentialName(key: string): boolean {
  const words = wordsOf(key);
  const n = words.length;
  const last = words[n - 1]!;
  const before = n > 1 ? words[n - 2]! : '';
  if (last === 'psk' || last === 'pin' || last === 'puk' || last === 'pincode' || last === 'mnemonic') return true;
  if (last === 'key' || last === 'keys')
    return KEY_OWNERS.has(before) || (before === 'in' && words[n - 3] === 'logged');
  if (last === 'seed') return SEED_OWNERS.has(before);
  if (last === 'pass') return PASS_OWNERS.has(before);
  if (last === 'code' || last === 'codes') return CODE_OWNERS.has(before);
  if (last === 'phrase') return PHRASE_OWNERS.has(before);
  if (FOREIGN_KEYS.test(words.join(''))) return true;
  // The password word, then its owner in up to three words (`senha_do_banco`, `contraseña_wifi`).
  for (let i = Math.max(0, n - 4); i < n - 1; i++)
    if (PASSWORD_WORDS.has(words[i]!)) return words.slice(i + 1).every((w) => OWNERS_AFTER.has(w));
  return false;
}

/** The rest of a name after its word (`_wifi`, `_do_banco`, `_value`): bounded. */
const REST = `[A-Za-z0-9_.\\u00c0-\\u024f-]{0,24}`;
/** Words joined the ways a name joins them (`unlock_code`, `unlockCode`, `unlock-code`, `unlock.code`), as literals. */
const joined = (firsts: string, second: string): string =>
  firsts
    .split(' ')
    .flatMap((f) => ['', '_', '-', '\\.'].map((j) => f + j + second))
    .join('|');
/**
 * The key-name finder's alternatives for these names (placements.ts's PLACEMENT_WORDS), each starting with literals of
 * five letters or more but `pin`, `puk` and `psk` (found by the shared literal scan: alt-finder.ts); `sep` is
 * the separator after a name.
 */
export const credentialNameWords = (sep: string): string[] => [
  `(?:${joined('unlock security access recovery backup alarm door sim device', 'code')})s?${REST}${sep}`,
  `(?:contrase(?:n\\u0303?|\\u00f1)y?a|chave|chiave|clave|${joined('kata', 'sandi')}|${joined('mat', 'khau')})${REST}${sep}`,
  `(?:pin(?:[_.-]?code)?|puk|psk)(?:[_.-]${REST})?${sep}`,
  `(?:senha|kennwort|parool|pasvorto|sleutel|lozinka|geslo|heslo|haslo|losenord|kodeord|wachtwoord|adgangskode)${REST}${sep}`,
];
