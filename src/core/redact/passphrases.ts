/**
 * Passphrases made of words under a password's name (names13): `passphrase: correct horse battery staple`,
 * `wifi_password: "amber falcon river 42"`, `DB_PASS=tiger lily moon`. The key-name layer reads token-like values only
 * (words under a secret's name are labels: natural-text.ts), so a diceware passphrase went out whole. Here a value
 * under an unambiguous password name (key-names.ts's isSecretKey, its last word a password's: `password`, `passwd`,
 * `passphrase`, `pass`, `pwd`, `passwort`, `contraseña`, …; also as a call's pair, `setdefault("GPG_PASSPHRASE", "…")`,
 * and a bytes literal, `b"…"`) is a passphrase when it is three to twenty-four lower-case words
 * (each word-shaped: natural-text.ts's wordShaped) and short numbers joined by one blank, `-` or `.`, at least two of
 * them words; it is kept when it reads as a label or a sentence instead:
 * - a word of a sentence or a form among its words (`enter your password`, `same as above`, `stored in vault`,
 *   `min eight characters`), or the name's own word (`secret phrase here`);
 * - capitalised or not ASCII (natural-text.ts keeps those as labels: `Mot de passe`, `Enter your password`);
 * - a form's or a catalogue's sibling within a few lines (`label:`, `placeholder:`, `hint:`, `msgid`, …);
 * - in a locale catalogue (hits.ts drops this rule's hits in files named like one: `locales/en.yml`, `messages.po`).
 * Each hit reads at most 64 characters before the name and 200 after it.
 */
import { BIP39_ENGLISH } from './bip39-english.js';
import { PASSWORD_ASCII_STARTS } from './foreign-words.js';
import { isPlaceholderValue, isSecretKey } from './key-names.js';
import { literalScan } from './literal-scan.js';
import { wordShaped } from './natural-text.js';
import { runPass, startHits, type Hit, type Pass } from './pass.js';
import { passwordEnding, passwordName } from './secret-endings.js';

export const PASSPHRASE_RULE = 'word-passphrase';

// `pw` for `pwd` too: a password's abbreviation as a name's last word (`olcRootPW`, `admin_pw`).
const scan = literalScan(PASSWORD_ASCII_STARTS.map((w) => (w === 'pwd' ? 'pw' : w)));

/** The name's start before the literal (at most 64 characters) and a token's start before it. */
const NAME_BEFORE = /(?:^|[^A-Za-z0-9_.-])([A-Za-z_][A-Za-z0-9_.-]{0,63})?$/;
/**
 * The rest of the name, its separator and the value to the line's end (a comment after it aside) or to a shell's next
 * command (`export SSH_KEY_PASSPHRASE=… && python app.py`: attack 58).
 */
const AFTER =
  /([A-Za-z0-9_.-]{0,40})(["']?)[ \t]*(?::=|=|:|(?<=["'])[ \t]*,)[ \t]*(?:[bBrRuU]{1,2}(?=["']))?(?:(["'`])([^"'`\r\n]{10,160})\3|((?:[a-z0-9]|[^\x00-\x7f])[^"'`\r\n#]{9,160}?)[ \t]*(?:[ \t]#[^\r\n]*)?(?:\r?\n|$|(?=[ \t]*(?:&&|\|\||;)[ \t])))/y;
/** A form's or a catalogue's fields, near a label. */
const FORM_SIBLING =
  /(?:^|[\s{,"'])(?:label|placeholder|hint|description|help_?text|tooltip|title|prompt|message|caption|msgid|msgstr|translation|i18n|validation|error_?message)["']?[ \t]*[:=]/im;
/** The name in other languages and their sentences' words (`passwort zu kurz`, `mot de passe oublie`). */
const FOREIGN = [
  'passwort kennwort wachtwoord contrasena senha salasana losenord haslo heslo mot passe parola clave sifre jelszo',
  'zu ist der die das und nicht ein eine ihr ihre dein deine le la les de du des est et un une pas votre ton el los',
  'las es y su tu una il lo di e non het een niet je uw er ikke og muy klik hier vergeten kurz trop court corta',
  // Their verbs and small words (`A senha para este site deve ser trocada`, `La clave … debe ser cambiada`).
  'ser estar debe deben deve devem dever deber tiene tienen tem hay sido foi fue son sao esta este esto para por con',
  'sin pero como muss soll wird wurde kann sind war doit peut sont faut pour avec sans mais essere sono questo questa',
  // And an instruction's (`senha: pergunte ao admin`, `parola: chiedi al capo`), and time's (`was wrong three times`).
  'al ao del della dello cada todo todos tres meses chiedi pergunte pregunte pregunta frag fragen demandez zeptej se',
  'today yesterday tomorrow tonight times ago weeks days hours minutes',
];
export const BIP39 = new Set(BIP39_ENGLISH);
/**
 * A generator's words in another script or with letters beyond ASCII, three to eight, joined by one blank or `-` and a
 * number of two to four digits glued to the last (`かめ-やまのぼり-ゆきだるま54`, `wiewiórka-słonecznik-żółw23`,
 * `самовар подсолнух снегирь90`): lower case or caseless letters only, one of them beyond ASCII. A label or a sentence
 * of those languages has capitals, punctuation or a number apart.
 */
const INTL_PHRASE =
  /^(?=[^\r\n]*[^\x00-\x7f])[\p{Ll}\p{Lo}\p{M}]{2,16}(?:([ -])[\p{Ll}\p{Lo}\p{M}]{2,16}(?:\1[\p{Ll}\p{Lo}\p{M}]{2,16}){1,6})\d{2,4}$/u;
/** Words of sentences, forms and configs, and a password's own names: a value holding one is no passphrase. */
const STOP = new Set(
  (
    'a an the and or but not no nor of to in on at by for from with without into via per as is are was were be been ' +
    'am do does did has have had will would shall should can could may might must this that these those it its you ' +
    'your yours my mine our we us they them their he she his her i me here there where when what which who how why if ' +
    'then else than so too very just only also any all each every some none null nil empty unset set see same above ' +
    'below default generated random auto automatic prompt prompted ask asked stdin env environment variable file ' +
    'stored store vault hidden masked redacted required optional unchanged blank leave use used using enter type ' +
    'choose pick new old current confirm repeat again please value characters chars letters digits length min max ' +
    'minimum maximum least long short strong weak password passwords passphrase passwd pass pwd phrase word words ' +
    'secret secrets key keys token tokens credential credentials login user username account example sample test ' +
    'dummy placeholder changeme todo tbd fixme true false yes off com org net io dev local internal www http https ' +
    FOREIGN.join(' ')
  ).split(' '),
);

/**
 * Words no list for passphrases holds (BIP-39's, diceware's) that make a value prose or a label: a sentence's
 * (`stored in vault`, `same as above`), a password's own names and another language's (`contrasena muy corta`,
 * `wachtwoord vergeten klik hier`). BIP-39's words are not among them (it has `this`, `you`, `please`, `pass`): a
 * generator's words may be STOP's that BIP-39 holds too (`again auction average attack`, `about auto bright bicycle`:
 * round 28): in a phrase all of BIP-39's words, as many of those as of other words are allowed (`same across all
 * environments` is a label's); STOP's others are a label's (`must match field`).
 */
const SENTENCE = new Set(
  [
    'a an the your yours my our is are was were be been to of in on at for from with here these those it its we me',
    'if or and but as by via than per not no nor none null password passwords passphrase passwd pass pwd phrase',
    'word words secret secrets key keys token tokens credential credentials login user username',
    ...FOREIGN,
  ]
    .join(' ')
    .split(' ')
    .filter((w) => !BIP39.has(w))
    // A modal verb states a rule (`must match confirmation field`), though BIP-39 holds `must` (not `can`, `will`).
    .concat(['must', 'should', 'would', 'could', 'shall', 'might']),
);

/** Verbs that open an instruction in a value's place (BIP-39 holds some: a phrase opening with one is kept). */
export const IMPERATIVE: ReadonlySet<string> = new Set(
  'change replace set use enter put insert fill update edit see type add paste generate choose pick rotate ask'.split(
    ' ',
  ),
);

/**
 * True for three to twenty-four lower-case words and short numbers joined by one separator (a number may be glued to a
 * word, or joined to it by `-` or `.` between blanks), read as a passphrase.
 */
export function passphraseValue(v: string): boolean {
  // Words joined by `-` or `.`, then a number after a blank (`ligube.jogemobu.diki.noro 90`: attack 58b).
  const numbered = /^([a-z][a-z0-9.-]{8,}[a-z0-9]) \d{1,4}$/.exec(v);
  if (numbered !== null && /[.-]/.test(numbered[1]!)) return passphraseValue(numbered[1]!);
  const sep = v.includes(' ') ? ' ' : v.includes('-') ? '-' : '.';
  const body = /^[a-z0-9 .-]+[!?]?$/.test(v) ? v.replace(/[!?]$/, '') : null;
  if (body === null) return INTL_PHRASE.test(v);
  const parts = body.split(sep);
  // (Up to 24: a long passphrase of a generator's words, `pepper lilac anchor … bishop` under `PASSWORD=`: attack 59.)
  if (parts.length < 3 || parts.length > 24) return false;
  let words = 0;
  let numbers = 0;
  let stops = 0;
  for (const part of parts) {
    // A word with a number joined on (`crumpet-489` between blanks) or glued to it (`castle1`, `aerobic24`: Bitwarden's
    // and others' "include a number" options).
    const glued = (sep === ' ' ? /^([a-z]{2,12})[-.]?\d{1,4}$/ : /^([a-z]{2,12})\d{1,4}$/).exec(part);
    // Dots join code's names too (`theme.palette.gray1`): a number glued there only to a generator's word.
    if (glued && sep === '.' && !BIP39.has(glued[1]!)) return false;
    if (glued) numbers++;
    const p = glued ? glued[1]! : part;
    if (/^\d{1,4}$/.test(p)) numbers++;
    else if (!/^[a-z]{2,12}$/.test(p) || !(wordShaped(p) || BIP39.has(p)) || SENTENCE.has(p)) return false;
    else if (STOP.has(p) && !BIP39.has(p)) return false;
    else if (STOP.has(p)) stops++;
    else words++;
  }
  // An instruction (`change this before use`, `replace with real value`) or the textbook example is no passphrase.
  if (IMPERATIVE.has(parts[0]!) || /^correct.horse.battery.staple$/.test(body)) return false;
  // Sentence's words a generator may draw: only in a phrase all of whose words are a generator's list's.
  if (stops > 0 && !parts.every((p) => BIP39.has(p.replace(/(?<=[a-z])[-.]?\d{1,4}$/, '')) || /^\d{1,4}$/.test(p)))
    return false;
  return words >= 2 && stops <= words && numbers <= 2 && !isPlaceholderValue(v);
}

/**
 * One token of a generator's words joined by `-` or `.` (passphraseValue), read in prose after a password word
 * (`the vault's password is kaze-recenu-kifeco-zuba`, `wachtwoord is inlet-haiku-grove-upland 96`: attack 58b): four
 * parts or more, or a number among them or after them (`numbered`), or one as its last part; prose joins three words
 * (`one-time-use`, `base64-url-encoded`) and a model's name a version (`claude-3-opus`).
 */
export const joinedPhrase = (v: string, numbered: boolean): boolean =>
  /^[a-z][a-z0-9]*[.-][a-z0-9.-]+$/.test(v) &&
  (numbered || /[.-]\d{1,4}$/.test(v) || v.split(/[.-]/).length >= 4) &&
  passphraseValue(v);

/** Small words a person's phrase opens with (`my cat Rex 1986!`), which STOP holds as a sentence's. */
const PHRASE_OPENERS = new Set(['my', 'our', 'the', 'a']);

/**
 * A person's passphrase in quotes (attack 47): three to seven words and names joined by blanks, opening with a
 * lower-case word, a number of two to four digits among them or a symbol after them (`"my cat Rex 1986!"`,
 * `"blue Tango river 77"`); one opener (`my`, `the`) at most, no other word of a sentence or a form.
 */
export function humanPhrase(v: string): boolean {
  if (!/^[a-z][A-Za-z0-9 !?.#*@&$%-]{9,63}$/.test(v) || isPlaceholderValue(v)) return false;
  const body = v.replace(/[!?.#*@&$%]+$/, '');
  const parts = body.split(' ');
  if (parts.length < 3 || parts.length > 7 || IMPERATIVE.has(parts[0]!)) return false;
  let [numbers, openers] = [0, 0];
  for (const p of parts) {
    if (/^\d{2,4}$/.test(p)) numbers++;
    else if (!/^(?:[a-z]{2,12}|[A-Z][a-z]{1,11})$/.test(p)) return false;
    else if (PHRASE_OPENERS.has(p)) openers++;
    // A name (`Rex`, `Max`) is no word of a sentence; a word a generator's list holds may be STOP's (`ask`, `test`).
    else if (!/^[A-Z]/.test(p) && (SENTENCE.has(p) || (STOP.has(p) && !BIP39.has(p)))) return false;
    else if (!(wordShaped(p.toLowerCase()) || BIP39.has(p.toLowerCase()))) return false;
  }
  return numbers <= 1 && openers <= 1 && (numbers === 1 || body !== v);
}

/**
 * A password's name (secret-endings.ts): one ending in a password's word also secret by key-names.ts (not `bypass`,
 * `forgot_password`); one ending in `pw` as it is (`olcRootPW`, `rootpw`).
 */
const passphraseName = (name: string): boolean => passwordName(name) && (isSecretKey(name) || !passwordEnding(name));

function passphraseHit(text: string, at: number): Hit | null {
  const before = NAME_BEFORE.exec(text.slice(Math.max(0, at - 64), at));
  if (before === null) return null;
  AFTER.lastIndex = at;
  const m = AFTER.exec(text);
  if (m === null) return null;
  const name = (before[1] ?? '') + text.slice(at, at + m[0].length).replace(/["']?[ \t]*(?::=|=|:|,)[\s\S]*$/, '');
  let value = m[4] ?? m[5]!;
  if (!passphraseName(name)) return null;
  if (!(passphraseValue(value) || (m[4] !== undefined && humanPhrase(value)))) {
    // Unquoted with prose after it (a colour code ended it, which the view leaves out: `BACKUP_PASSPHRASE=<green>olive
    // tundra willow harbor73<reset> from environment`, attack 59): its words to the first with a number glued on.
    const head = m[5] !== undefined ? /^[a-z]+(?: [a-z]+){2,}\d{1,4}(?= )/.exec(value)?.[0] : undefined;
    if (head === undefined || !passphraseValue(head)) return null;
    value = head;
  }
  // A form's or a catalogue's field beside it: a label or a hint, not a password.
  if (FORM_SIBLING.test(text.slice(Math.max(0, at - 200), at + m[0].length + 200))) return null;
  const start = at + m[0].indexOf(value, m[1]!.length + m[2]!.length);
  return { rule: PASSPHRASE_RULE, start, end: start + value.length };
}

const passphraseHits = (text: string): Hit[] => startHits(scan?.(text) ?? [], (at) => passphraseHit(text, at));

/** The pass of passphrases made of words under a password's name (see the file's comment). */
export function passphrasePass(): Pass {
  return runPass(passphraseHits);
}
