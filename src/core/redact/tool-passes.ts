/**
 * The context passes that read tools' own syntaxes: values handed to a store, to code or to a pipeline, command lines,
 * flags, cookies, sibling fields, maps of users, transcripts, and the secret names nobody listed. Their order in the
 * whole run is context-passes.ts'.
 */
import { accountRowPass } from './account-rows.js';
import { aloneNamePass } from './alone-names.js';
import { apartPass } from './apart.js';
import { statedTokenPass } from './stated-tokens.js';
import { loginPairPass } from './login-pairs.js';
import { passwordColumnPass } from './password-columns.js';
import { networkPasswordPass } from './network-passwords.js';
import { rotationFieldPass } from './rotation-fields.js';
import { appIdPass } from './app-ids.js';
import { callSecretPass } from './call-secrets.js';
import { commandSecretPass } from './command-secrets.js';
import { envSettingPass } from './env-settings.js';
import { flagValuePass } from './flag-values.js';
import { helmDefaultPass } from './helm-defaults.js';
import { keyListPass } from './key-lists.js';
import { logFieldPass } from './log-fields.js';
import { namedPhrasePass } from './named-phrases.js';
import { quotedAssignmentPass } from './quoted-assignments.js';
import { sessionCookiePass } from './session-cookies.js';
import { siblingPairPass } from './sibling-pairs.js';
import { signedSessionPass } from './signed-cookies.js';
import { storeCallPass } from './store-calls.js';
import { storePass } from './stores.js';
import { toolSettingPass } from './tool-settings.js';
import { toolStorePass } from './tool-stores.js';
import { transcriptPass } from './transcripts.js';
import { tuplePairPass } from './tuple-pairs.js';
import { unlistedNamePass } from './unlisted-pass.js';
import { userMapPass } from './user-maps.js';
import { xcconfigUrlPass } from './xcconfig-urls.js';
import type { Pass } from './pass.js';

/** The passes of values handed to a store, to code or to a pipeline by a command or a call (no `name = value`). */
export function settingPasses(): Pass[] {
  return [
    // Values given to a secret store: `fly secrets set`, `vault kv put`, SQL into an api_keys table (stores.ts).
    storePass(),
    // Values code hands to a secret store: `put_parameter(Value=…)`, `set_secret(name, value)` (store-calls.ts).
    storeCallPass(),
    // Values handed to code by a setter, a callee's position or a connection string (call-secrets.ts).
    callSecretPass(),
    // Values set by a pipeline's command, in an OTLP header list, by Perl's `q{}` (env-settings.ts).
    envSettingPass(),
  ];
}

/** Tools' own syntaxes: command lines, flags, cookies, sibling fields, user maps, transcripts; unlisted names last. */
export function toolPasses(): Pass[] {
  return [
    // Passwords on command lines: `7z -pP`, `htpasswd -b`, `echo P | sudo -S`, `net use` (command-secrets.ts).
    commandSecretPass(),
    // Secret flags (`--admin_password='…'`: flag-values.ts), `Environment="DB_PASSWORD=…"` (quoted-assignments.ts),
    // Dovecot's `{PLAIN}`, a state's random_password (tool-stores.ts).
    flagValuePass(),
    quotedAssignmentPass(),
    toolStorePass(),
    // A quoted passphrase after a secret's name (`AuthLDAPBindPassword "…"`: named-phrases.ts).
    namedPhrasePass(),
    // A password beside its account with no name: rows, tuples, calls, `user:password` lines (account-rows.ts).
    accountRowPass(),
    // Names and values apart: XML `<name>`/`<value>`, secret managers' JSON, password inputs, cookies.txt (apart.ts).
    apartPass(),
    // Session cookies, ids and tokens under cookie and session names, in any syntax (session-cookies.ts); Express'
    // signed ids with no name (signed-cookies.ts); Photon's app ids (app-ids.ts); xcconfig's `https:/$()/` URLs
    // (xcconfig-urls.ts); a Helm template's default under a secret's name (helm-defaults.ts).
    ...[sessionCookiePass(), signedSessionPass(), appIdPass(), xcconfigUrlPass(), helmDefaultPass()],
    // Names and values in sibling elements and fields: plist, KeePass, Clixml, password managers (sibling-pairs.ts).
    siblingPairPass(),
    // Keys listed under a plural name: `GROQ_KEYS=k1,k2`, `API_KEYS=["…", "…"]` (key-lists.ts).
    keyListPass(),
    // Passwords in a map of users: `users: { admin: "…" }`, `basic_auth_users:` (user-maps.ts).
    userMapPass(),
    // Tools' own names and syntax: `set imap_pass=`, `bindpw`, Robot's `${PASSWORD}`, expect's send (tool-settings.ts).
    toolSettingPass(),
    // SMTP AUTH LOGIN, IMAP LOGIN, redis AUTH transcripts (transcripts.ts).
    transcriptPass(),
    // `"pw"`, `"pin_code"`, `"otp_secret"` fields and OpenVPN static keys (log-fields.ts).
    logFieldPass(),
    // Erlang's tuples and Clojure's keywords: `{db_password, "…"}`, `:password "…"` (tuple-pairs.ts).
    tuplePairPass(),
    // `api`, `access`, `license`, `k` as a setting's whole name (alone-names.ts).
    aloneNamePass(),
    // `key rotated: old=<key>`: a field takes the secret its line names (rotation-fields.ts).
    rotationFieldPass(),
    // `Office WiFi (ACME-5G): …`, `user deploy and pass …` (network-passwords.ts).
    networkPasswordPass(),
    // A headerless table's column of passwords beside a column of accounts (password-columns.ts).
    passwordColumnPass(),
    // `{"type":"login","data":["deploy","<key>"]}`: a login's pair of strings (login-pairs.ts).
    loginPairPass(),
    // `I tried "<key>" but the API returned 401` (stated-tokens.ts).
    statedTokenPass(),
    // Secret names nobody listed: misspelled, synonyms, other languages, key emoji (unlisted-pass.ts).
    unlistedNamePass(),
  ];
}
