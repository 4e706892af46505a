/**
 * The passes that read a value's context (a name, a label, a format, a command), in the order the redactor runs them
 * after the known values, the provider shapes, split tokens and the user's patterns (redactor.ts): a hit of an
 * earlier pass stands against a later one's that overlaps it, so the more specific pass comes first.
 */
import { colonLinePass } from './colon-lines.js';
import { namedValuePass } from './named-values.js';
import { columnPass } from './columns.js';
import { docDefPass } from './doc-defs.js';
import { docTablePass } from './doc-tables.js';
import { commandOutputPass } from './command-outputs.js';
import { commentKeyPass } from './comment-keys.js';
import { compoundShapePass } from './compound-shapes.js';
import { concatPass } from './concat.js';
import { namedElementPass } from './named-elements.js';
import { credentialPairPass } from './credential-pairs.js';
import { dotenvShapePass } from './dotenv-shape.js';
import { echoPass } from './echoes.js';
import { fallbackPass } from './fallbacks.js';
import { codeDefaultPass } from './code-defaults.js';
import { flowPass } from './flows.js';
import { jwkPass } from './dumps.js';
import { idPairPass } from './id-pairs.js';
import { keyNamePass } from './key-name-pass.js';
import { labelPass } from './labels.js';
import { labelWritePass } from './label-writes.js';
import { foreignNamePass } from './foreign-names.js';
import { usePhrasePass } from './use-phrases.js';
import { lineValuePass } from './line-values.js';
import { secureStringPass } from './secure-strings.js';
import { spreadValuePass } from './spread-values.js';
import { maskPass } from './masks.js';
import { spacedPasswordPass } from './spaced-passwords.js';
import { spacedLabelPass } from './spaced-labels.js';
import { labelledPasswordPass } from './labelled-passwords.js';
import { icsFoldPass } from './ics-folds.js';
import { mcpMapPass } from './mcp-maps.js';
import { nearLabelPass } from './near-labels.js';
import { nextLinePass } from './next-lines.js';
import { proseCredentialPass } from './prose-credentials.js';
import { possessivePass } from './possessive-values.js';
import { loginPhrasePass } from './login-phrases.js';
import { notebookEchoPass } from './notebook-echoes.js';
import { pairArrayPass } from './pair-arrays.js';
import { replEchoPass } from './repl-echoes.js';
import { schemePass } from './schemes.js';
import { sdkCallPass } from './context.js';
import { secretListPass } from './secret-lists.js';
import { codeListPass } from './code-lists.js';
import { seedPhrasePass } from './seed-phrases.js';
import { seedGridPass } from './seed-grids.js';
import { sectionPass } from './sections.js';
import { passphrasePass } from './passphrases.js';
import { formFillPass } from './form-fills.js';
import { storeListingPass } from './store-listings.js';
import { urlUserPass } from './url-users.js';
import { urlSecretPass } from './url-secrets.js';
import { walletPass } from './wallets.js';
import { yamlAliasPass } from './yaml-aliases.js';
import { sensitiveJsonPass } from './sensitive-json.js';
import { sensitiveHclPass } from './sensitive-hcl.js';
import type { Pass } from './pass.js';
import { settingPasses, toolPasses } from './tool-passes.js';

/** The passes that read a whole value some later pass would take a piece of: they come first. */
function firstPasses(): (Pass | null)[] {
  return [
    // Passwords of blank-separated parts in any syntax, first: a later pass's piece gives way (spaced-passwords.ts); a
    // masked key that still shows ten or more characters (`sk-proj-Ab3dEf9hIj2k...`: masks.ts).
    ...[spacedPasswordPass(), maskPass()],
    // Round 37: passwords of two parts, curl's quoted phrases, `ssh password <words>` (spaced-labels.ts); a sentence's
    // password after a later copula, in guillemets or in another script than its label (labelled-passwords.ts); a
    // secret cut by an iCalendar or vCard fold (ics-folds.ts).
    ...[spacedLabelPass(), labelledPasswordPass(), icsFoldPass()],
  ];
}

/** Values after a name or a fallback, whole to their line or spread over lines: before the key names. */
function namedLinePasses(): (Pass | null)[] {
  return [
    // `.pgpass`, `/etc/shadow` and labelled `user:password` records pasted into text (colon-lines.ts).
    colonLinePass(),
    // The fallback beside a read of a secret's variable: `${API_KEY:-…}`, `getenv('X') ?: '…'` (fallbacks.ts).
    fallbackPass(),
    // A secret as code's default or argument, and chunks joined into one (code-defaults.ts).
    codeDefaultPass(),
    // Values to the end of their line under a secret name, symbols and all (line-values.ts): before the key names.
    lineValuePass(),
    // A secret's variable named in prose, then its value: `Set \`DB_PASSWORD\` to \`…\`` (named-values.ts).
    namedValuePass(),
    // A value under a secret name spread over lines by its format or a wrapper's marks (spread-values.ts).
    spreadValuePass(),
  ];
}

/** Lists of codes and words (seed phrases, recovery codes, passphrases): before the key names, which take one word. */
function wordListPasses(): (Pass | null)[] {
  return [
    // Seed phrases and recovery codes listed under their labels (secret-lists.ts).
    secretListPass(),
    // Recovery codes listed with no label: several codes of one random shape (code-lists.ts).
    codeListPass(),
    // Seed phrases with no label: twelve or more BIP-39 words in a row (seed-phrases.ts).
    seedPhrasePass(),
    // Seed phrases as a numbered grid, `1. word  2. word`, in lines or a table's cells (seed-grids.ts).
    seedGridPass(),
    // Passphrases made of words under a password's name (passphrases.ts).
    passphrasePass(),
    // A password a browser test types into a form's password field (form-fills.ts).
    formFillPass(),
  ];
}

/** Document markup's definitions, then the key names, then the readings of URLs, schemes and code's flows. */
function keyNamePasses(): (Pass | null)[] {
  return [
    // Tables and definitions of document markup: LaTeX, reST, Jira, Textile, MediaWiki, AsciiDoc (doc-tables.ts),
    // LaTeX macros and key lists, Org properties (doc-defs.ts). Before the key names, which
    // would take an escaped value (`a\_b`, `a\%b`) up to its escape and win the overlap.
    docTablePass(),
    docDefPass(),
    keyNamePass(),
    // `Bearer …` and `Basic <user:password>` with no header name before them (schemes.ts).
    schemePass(),
    // A key a Python REPL printed after an input that reads it (repl-echoes.ts).
    replEchoPass(),
    // A token as a URL's user, with no password (url-users.ts).
    urlUserPass(),
    // A webhook's secret path, a key in a path, a token under any query parameter (url-secrets.ts).
    urlSecretPass(),
    // A YAML anchor's value a secret name uses through an alias (yaml-aliases.ts).
    yamlAliasPass(),
    // Values a JSON document marks secret: Terraform's sensitive attributes and outputs (sensitive-json.ts).
    sensitiveJsonPass(),
    // Terraform variables and outputs marked `sensitive = true`: their literal defaults and values (sensitive-hcl.ts).
    sensitiveHclPass(),
    // A value passed to an SDK's constructor or login with no key name (context.ts).
    sdkCallPass(),
    // A literal handed to a secret parameter through a variable: `k = "…"` then `Mistral(api_key=k)` (flows.ts).
    flowPass(),
    // Basic-auth pairs, encoded user:password, slashed URL passwords, printf and sed (credential-pairs.ts).
    credentialPairPass(),
    // A .env under another name: its random-looking values, whatever their names (dotenv-shape.ts).
    dotenvShapePass(),
    // A value written to a file its name labels: `echo "…" > ~/.config/tool/token` (label-writes.ts).
    labelWritePass(),
    // A key's name in another language: `KLUCZ_API=…`, `const zugang = "…"`, `APIキー: …` (foreign-names.ts).
    foreignNamePass(),
    // A value a sentence says to use for a call: `use <value> to call the API` (use-phrases.ts).
    usePhrasePass(),
  ];
}

/** Values named once for many, by a label, a heading or a sentence rather than a key name. */
function labelPasses(): (Pass | null)[] {
  return [
    // Names given once for the values under them: TOML/INI sections, HTML table rows (sections.ts).
    sectionPass(),
    // HTML columns named by a header row, a bare "key" beside a provider field (columns.ts).
    columnPass(),
    // Values labelled only by a provider's name: bullets, table rows, maps under a secret-ish name (labels.ts).
    labelPass(),
    // A value on the line(s) after its label: a heading, a bold line, a sentence, a comment, a quote (next-lines.ts).
    // Before near-labels.ts, which may take a piece of such a value up to a symbol.
    nextLinePass(),
    // Keys labelled a short way before them: a provider's name, a secret word, a heading above (near-labels.ts).
    nearLabelPass(),
    // Passwords, keys and tokens stated in sentences, in 20 languages (prose-credentials.ts).
    proseCredentialPass(),
    // A person's own random value after `my …` with no secret word: `my wireguard is …` (possessive-values.ts).
    possessivePass(),
    // An account and its password in a sentence about logging in: `log in … with ci-bot / …` (login-phrases.ts).
    loginPhrasePass(),
  ];
}

/** Values a line's shape gives away: echoes, joined pieces, pairs, what commands and stores printed, wallets. */
function shapePasses(): (Pass | null)[] {
  return [
    // Diff lines, flags as YAML list items, `process.env.X ??=`, keys echoed by errors (echoes.ts).
    echoPass(),
    // A key-name value written as concatenated literals (concat.ts).
    concatPass(),
    // A key-name value split over an array's elements (named-elements.ts).
    namedElementPass(),
    // A name and its value paired in a list: Sentry's tags, `headers.items()` (pair-arrays.ts).
    pairArrayPass(),
    // The private members of a JSON Web Key (dumps.ts).
    jwkPass(),
    // A secret beside its id (`AKIA…:SECRET`), an AWS secret on a line naming AWS (id-pairs.ts).
    idPairPass(),
    // A key a notebook cell printed after a source that reads it (notebook-echoes.ts).
    notebookEchoPass(),
    // What a secret-fetching command printed: `op read`, `vault kv get -field`, `printenv X` (command-outputs.ts).
    commandOutputPass(),
    // What a store listed: `etcdctl get`, `consul kv get -recurse`, `vault kv get` tables (store-listings.ts).
    storeListingPass(),
    // A `SecureString` parameter's value as `aws ssm get-parameters` printed it (secure-strings.ts).
    secureStringPass(),
    // A key a note says was rotated, revoked, leaked or kept as the old one (comment-keys.ts).
    commentKeyPass(),
    // Z.ai's `<hex>.<secret>` and fal's `<uuid>:<hex>` with no name beside them (compound-shapes.ts).
    compoundShapePass(),
    // The values of MCP servers' `headers:`/`env:` maps, their URLs' query keys (mcp-maps.ts).
    mcpMapPass(),
    // Wallet keys: WIF, xprv, nsec (wallet-codes.ts); Ethereum keys where expected, Solana keypairs (wallets.ts).
    walletPass(),
  ];
}

export function contextPasses(): Pass[] {
  return [
    ...firstPasses(),
    ...namedLinePasses(),
    ...wordListPasses(),
    ...keyNamePasses(),
    ...labelPasses(),
    ...settingPasses(),
    ...shapePasses(),
    ...toolPasses(),
  ].filter((p): p is Pass => p !== null);
}
