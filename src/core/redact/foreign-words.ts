/**
 * Secret words of other languages and scripts (issue 11, round 23), for the readers of names (unlisted-names.ts) and of
 * sentences (prose-credentials.ts): what round 22's vocabulary missed, inflected (`anahtarı`, `nyckeln`, `sifresi`),
 * unaccented (`cle`, `klic`, `khoa`, `κλειδι`), transliterated (`mdp`, `kata_sandi`), in German and Nordic compounds
 * (`Zugangsschlüssel`, `API-nyckeln`), and the words around them in a sentence: Thai's glued copula (`คือ`), a
 * closing copula after the value (`است`, `है`), and the qualifiers a key word takes after it in languages that say
 * "the key of X" (`ключ от Kaggle`, `klucz do API Anthropic`, `khóa API của Firecrawl`, `מפתח ה-API של Kaggle`).
 */

/** Key words of names, lower case (accents kept), more than unlisted-names.ts's FOREIGN_KEY. */
export const NAME_KEY_WORDS =
  'cle|clef|clave|llave|chave|chiave|klic|klíč|kľúč|kljuc|ključ|anahtar[ıi]?|kunci|khoa|khóa|ufunguo|nyckel(?:n)?|' +
  'nokkel|nøkkel|nøgle|noegle|avain|kulcs|kulcsa|cheie|cheia|κλειδ(?:ί|ι)|کلید|کليد|कुंजी|चाबी|คีย์|กุญแจ|' +
  'المفتاح|مفتاح|ключ\\p{L}{0,3}|ключі|sleutel|schl(?:ü|ue)ssel|' +
  // Transliterated (attack 48): Russian `klyuch`, Chinese `miyao` (密钥) and `yaoshi` (钥匙), Japanese `kagi`.
  'klyuch|kluch|miyao|yaoshi|kagi';
/** Password words of names. */
export const NAME_PASSWORD_WORDS =
  'mdp|contrasena|contrasenha|parola|haslo|hasło|sifre|şifre|sifresi|şifresi|sifreniz|nenosiri|losenord|lösenord|' +
  'passord|adgangskode|salasana|jelszo|jelszó|heslo|geslo|lozinka|лозинка|κωδικός|κωδικος|συνθηματικό|पासवर्ड|' +
  'รหัสผ่าน|گذرواژه|парола|' +
  // Transliterated (attack 48): Russian and Uzbek `parol`, Chinese `mima` (密码), Japanese `pasuwado`, Korean
  // `bimilbeonho` (비밀번호).
  'parol|mima|pasuwado|bimilbeonho';
/** Password names of two words (`kata_sandi`, `mat_khau`, `رمز_عبور`, `mot_de_passe`, `parola_d_ordine`). */
export const NAME_PASSWORD_PAIRS =
  /kata[ _-]?sandi|m[aậ]t[ _-]?kh[aẩ]u|رمز[ _-]?(?:عبور|ورود)|mot[ _-]?de[ _-]?passe/iu;
/** Compounds that end in a secret word (`Zugangsschluessel`, `toegangssleutel`, `Zugangspasswort`). */
export const COMPOUND_TAIL = /.(?:schl(?:ü|ue)ssel|passwort|kennwort|sleutel|wachtwoord|nyckel(?:n)?|n[øo]gle)$/u;

/**
 * Where a password's word starts in ASCII, for the literal scans of the readers that begin at one
 * (prose-credentials.ts, spaced-passwords.ts, passphrases.ts; case folded by the scan, `\x80` is any character beyond
 * ASCII): `pass` (and `Passwort`, `passord`), `mot de` (passe), `senord` (`lösenord`), `has\x80o` (`hasło`), ….
 */
export const PASSWORD_ASCII_STARTS: readonly string[] = (
  'pass|pwd|kennwort|mot de|contrase|clave|senha|wachtwoord|has\x80o|haslo|parola|sifre|\x80ifre|senord|' +
  'adgangskode|salasana|heslo|jelsz|kata sandi'
).split('|');
/** A password's words in other scripts, and the Latin ones that start beyond ASCII (a regex's alternation). */
export const PASSWORD_OTHER =
  'пароль|Пароль|ПАРОЛЬ|密码|密碼|口令|パスワード|비밀번호|암호|كلمة (?:المرور|السر)|पासवर्ड|[mM][ậa]t kh[ẩa]u|' +
  '[Şş]ifre|[Ll]ösenord|[Hh]asło';

/**
 * A password's word of any language, a whole word or cell (`Kennwort`, `Пароль`, `密码`, `hasło`, `סיסמה`): the
 * names' and the other scripts' words above, the pairs (`mot de passe`) and the words both readers of a name take whole
 * (unlisted-names.ts, cells.ts).
 */
export const PASSWORD_WORD = new RegExp(
  `^(?:${PASSWORD_OTHER}|${NAME_PASSWORD_WORDS}|пароля|暗証番号|kennwort|passwort|wachtwoord|senha|contrase(?:ñ|n)a|` +
    `סיסמ[הא]|şifre|jelszó|${NAME_PASSWORD_PAIRS.source})$`,
  'iu',
);

/** The ASCII words of names, for the shared literal scan (where a word starts). */
export const NAME_LITERALS: readonly string[] = [
  'cle',
  'clef',
  'clave',
  'llave',
  'klic',
  'kljuc',
  'kunci',
  'khoa',
  'ufunguo',
  'nyckel',
  'nokkel',
  'noegle',
  'avain',
  'kulcs',
  'cheie',
  'cheia',
  'mdp',
  'contrasen',
  'parola',
  'haslo',
  'sifre',
  'nenosiri',
  'losenord',
  'passord',
  'adgangskode',
  'salasana',
  'jelszo',
  'heslo',
  'geslo',
  'lozinka',
  'kata',
  'mat_khau',
  'mot_de_passe',
  'parol',
  'mima',
  'pasuwado',
  'bimilbeonho',
  'klyuch',
  'kluch',
  'miyao',
  'yaoshi',
  'kagi',
];
/** The same words glued after others (German and Nordic compounds), found anywhere. */
export const COMPOUND_LITERALS: readonly string[] = ['schluessel', 'passwort', 'kennwort', 'sleutel', 'wachtwoord'];
/** Words beyond ASCII, for a regex over a text holding such characters. */
export const NAME_SOURCE =
  'klíč|kľúč|ključ|anahtar|khóa|nøkkel|nøgle|lösenord|jelszó|κλειδ|κωδικ|συνθηματικ|کلید|کليد|رمز|گذرواژه|' +
  'कुंजी|चाबी|पासवर्ड|คีย์|กุญแจ|รหัสผ่าน|المفتاح|ключі|лозинка|парола|şifre|contraseña|schlüssel';

/** Prose: key words beyond round 22's (inflected: `nyckeln`, `anahtarı`, `cheia`, `kulcsa`). */
export const PROSE_KEY_WORDS =
  'cle|clef|llave|klíč|klic|kľúč|ključ|klucz(?:a|em)?|zugang|anahtar(?:ı|i|ınız)?|kunci|khóa|khoa|ufunguo|nyckel(?:n)?|nøkkel(?:en)?|' +
  'nøgle(?:n)?|avain|kulcs(?:a)?|cheie|cheia|κλειδί|κλειδι|کلید|कुंजी|مفتاح|المفتاح|מפתח|키|คีย์|ключ\\p{L}{0,3}';
/**
 * Key, token, secret and credential words of Chinese, Japanese and Korean (`秘密鍵` a private key, `시크릿` a secret,
 * `認証情報` credentials: one value, a key, where a European language's credentials are a user and a password).
 */
export const CJK_KEY_WORDS =
  '密钥|秘钥|令牌|秘密鍵|暗号鍵|秘密|キー|トークン|シークレット|認証情報|資格情報|凭证|憑證|凭据|憑據|토큰|시크릿|비밀 ?키|인증 ?정보|자격 ?증명';
/** Prose: password words beyond round 22's. */
export const PROSE_PASSWORD_WORDS =
  'ה?סיסמ[הא]|รหัสผ่าน|رمز (?:عبور|ورود)|κωδικός(?: πρόσβασης)?|συνθηματικό|passord(?:et)?|nenosiri|' +
  'parola(?! d)|lozinka|contrasena|contrasenya|contrasinal|kata laluan|geslo|parool|salasõna|lykilorð|pasfhocal|' +
  'cyfrinair|fjalëkalim(?:i)?|pasahitza|wagwoord|slaptažodis|šifra|şifrə|пароля|құпия сөз|нууц үг|' +
  'পাসওয়ার্ড|پاس ورڈ|கடவுச்சொல்|పాస్‌వర్డ్|ಪಾಸ್‌ವರ್ಡ್|മുരപദം|මුරපදය|गुप्तशब्द|패스워드|暗証番号|գաղտնաբառ|პაროლი';
/** Prose: the ASCII starts of those words (the shared literal scan's; `\x80` is any character beyond ASCII). */
export const PROSE_ASCII_STARTS: readonly string[] = [
  'cle',
  'llave',
  'klucz',
  'zugang',
  'klic',
  'kl\x80\x80',
  'anahtar',
  'kunci',
  'khoa',
  'kh\x80a',
  'ufunguo',
  'nyckel',
  'n\x80kkel',
  'n\x80gle',
  'avain',
  'kulcs',
  'cheie',
  'cheia',
  'nenosiri',
  'lozinka',
  'contrasinal',
  'kata laluan',
  'geslo',
  'parool',
  'salas\x80na',
  'lykilor\x80',
  'pasfhocal',
  'cyfrinair',
  'fjal\x80kalim',
  'pasahitza',
  'wagwoord',
  'slapta\x80odis',
];
/** Prose: the words beyond ASCII, found by a regex where a text holds such characters. */
export const PROSE_OTHER =
  'ה?סיסמ[הא]|รหัสผ่าน|คีย์|رمز عبور|رمز ورود|κωδικός|Κωδικός|συνθηματικό|Συνθηματικό|κλειδί|Κλειδί|κλειδι|کلید|' +
  'कुंजी|مفتاح|المفتاح|מפתח|키|[Kk]l[íi]č|[Kk]ľúč|[Kk]hóa|[Nn]økkel|[Nn]øgle|[Ss]chlüssel|Ключ|ключ|' +
  '[Šš]ifra|[Şş]ifrə|[Пп]ароля|[Құ]ұпия сөз|[Нн]ууц үг|পাসওয়ার্ড|پاس ورڈ|கடவுச்சொல்|పాస్‌వర్డ్|ಪಾಸ್‌ವರ್ಡ್|മുരപദം|' +
  'මුරපදය|गुप्तशब्द|패스워드|暗証番号|գաղտնաբառ|პაროლი';
/** A Thai qualifier glued to the word (`รหัสผ่านของเซิร์ฟเวอร์คือ`: "the password of the server is") and its copula. */
export const THAI_JOIN = '(?:ของ[\\u0e00-\\u0e7f]{1,24}?)?[ \\t]*คือ[ \\t]*';
/** A copula after the value, in languages that end a sentence with it (`رمز عبور سرور … است`, `… है`). */
export const CLOSING = '(?=[ \\t]*(?:است|هست|है|हैं|です|입니다|dir|dır|tır|tir)(?![\\p{L}\\p{N}]))';

/**
 * The words a key word may take after it before its value, in languages that say "the key of X": a preposition or a
 * possessive and the word it governs (`от Kaggle`, `de l'API`, `для сервера`, `wa API`), `API`, a name written with a
 * capital (`Kaggle`, `OpenRouter`), an attached article (`ה-API`, `l'API`), a genitive of access (`доступа`).
 */
const PREPS =
  'от|для|до|к|у|з|із|de|du|des|del|della|dello|di|da|do|dos|das|dla|od|k|ke|ku|na|za|untuk|dari|wa|ya|của|cho|' +
  'için|की|का|के|الخاص|بـ|ل|של|för|till|av|från|til|fra|pro|pentru|al|του|της|για|für|vom|von|van|voor|voi';
export const QUALIFIERS =
  `(?:[ \\t]+(?:(?:${PREPS})[ \\t]+[\\p{L}\\p{M}'’-]{1,24}|API|api|(?:ה-|l'|l’|d'|d’)API|[A-Z][a-z]+(?:[A-Z][a-z]+){0,2}|` +
  'доступа|доступу|acceso|acesso|accesso|dostępu|přístupu|شماست|شما)(?![\\p{L}\\p{M}\\p{N}])){1,4}';

/**
 * A German or Dutch compound's secret word (`Zugangsschlüssel`, `Zugangspasswort`, `Toegangssleutel`): after a
 * capitalised word's start.
 */
export const compound = (text: string, at: number): boolean =>
  /^(?:schl(?:ü|ue)ssel|passwort|kennwort|sleutel|wachtwoord)/i.test(text.slice(at, at + 10)) &&
  /(?<![\p{L}\p{N}_])[A-ZÄÖÜ][a-zäöüß]{2,24}$/u.test(text.slice(Math.max(0, at - 26), at));

/** A qualifier after a key word that makes it an access key's (`jeton d'accès`, `clave de acceso`, `clé API`). */
const ACCESS_QUALIFIER = String.raw`[ \t]+(?:d['’][ \t]?(?:acc[eè]s|API)|de (?:acceso|acesso|API)|di accesso|API)`;
export const ACCESS_AFTER = new RegExp(`^${ACCESS_QUALIFIER}(?![\\p{L}])`, 'iu');
/** An id's word before a key word's phrase, or after it (`ID du jeton d'accès`, `Zugangsschlüssel-ID`, `Kennung`). */
export const ID_BEFORE = /(?<![\p{L}])(?:id|ids|identifiant|identifier|num[ée]ro|nummer|kennung)\b[^\n]{0,12}$/iu;
export const ID_AFTER = new RegExp(
  `^(?:${ACCESS_QUALIFIER})?[ \\t-]*(?:id|ids|kennung|nummer|identifier|identifiant)\\b`,
  'iu',
);
