/**
 * Attack 38's false positives, as categories (issue 11): a form's or a locale's message under a password's name that
 * states a rule with a count (`Passwort muss mindestens 8 Zeichen lang sein`, `密码必须至少包含8个字符`), and a value
 * beside code that only names a key (`apiKey:process.env.API_KEY`, `token: null`, `os.getenv("X_KEY")`) read as that
 * key's. Plants: what those readings must still take (a key named in prose, a fallback, a password under `pw`, a
 * two-part password after `=` or `:` to the line's end).
 */
import type { Plant } from './filtered.js';
import { gen, type Gen } from './glue15-tokens.js';
import { pick } from './planted.js';

const count = (r: Gen): string => pick(r, ['6', '8', '10', '12', '16', '64']);

/** Rule messages with a count, by language (`N` is the count). */
const MESSAGES = [
  'Passwort muss mindestens N Zeichen lang sein',
  'Das Kennwort muss N Zeichen oder mehr enthalten',
  'Le mot de passe doit contenir au moins N caractères',
  'La contraseña debe tener al menos N caracteres',
  'A senha deve ter pelo menos N caracteres',
  'La password deve contenere almeno N caratteri',
  'Пароль должен содержать не менее N символов',
  'Password must be at least N characters long',
  'Your token expires in N days unless renewed',
  'Het wachtwoord moet minstens N tekens bevatten',
  '密码必须至少包含N个字符',
  'パスワードはN文字以上である必要があります',
  '비밀번호는N자이상이어야합니다',
];
const NAMES = ['pw', 'password', 'passwd', 'pwd', 'new_password', 'apiKey', 'token', 'passwordHint'];

/** Locale files and form definitions holding rule messages under password names. */
export function messageTwins(seed: number): [string, string][] {
  const r = gen(seed);
  return MESSAGES.flatMap((m, i) => {
    const text = m.replace('N', count(r));
    const name = NAMES[i % NAMES.length]!;
    return [
      [`web/locales/${i}.json`, `{\n  "auth": {\n    "${name}": "${text}"\n  }\n}\n`],
      [`web/forms/${i}.yaml`, `fields:\n  ${name}: "${text}"\n`],
    ] as [string, string][];
  });
}

const hex = (r: Gen, n: number): string => r('hex', n);

/** Code that names a key without holding it, beside a digest or an id a bundle or a module holds. */
export function codeNameTwins(seed: number): [string, string][] {
  const r = gen(seed);
  return [
    ['dist/app.min.js', `var r={apiKey:process.env.API_KEY,token:null,k:"${hex(r, 16)}"};window.__h="${hex(r, 40)}";`],
    ['dist/vendor.min.js', `const c={authToken:config.auth.token,v:"${hex(r, 40)}"};export{c};`],
    ['app/settings.py', `API_KEY = os.environ.get("OPENAI_API_KEY")\nBUILD = "${hex(r, 40)}"\n`],
    ['app/config.rb', `token = ENV['SLACK_TOKEN']; rev = "${hex(r, 40)}"\n`],
    ['cmd/main.go', `key := os.Getenv("STRIPE_KEY"); commit := "${hex(r, 40)}"\n`],
    ['src/env.ts', `export const apiKey = import.meta.env.VITE_API_KEY ?? ''; const h = "${hex(r, 40)}";\n`],
  ];
}

/** What those readings still take: a key named in prose or a comment, a fallback, a password under `pw`. */
export function nearPlants(seed: number): Plant[] {
  const r = gen(seed);
  const forms: [string, string, (v: string) => string, string][] = [
    ['prose', 'answer.md', (v) => `Use ${v} as the Groq key for now.\n`, hex(r, 40)],
    ['comment', 'app/client.py', (v) => `# the Mistral key\nclient = make_client("${v}")\n`, hex(r, 32)],
    ['fallback', 'app/llm.py', (v) => `client = Groq(api_key=os.getenv("GROQ_KEY") or "${v}")\n`, hex(r, 40)],
    ['backup', 'src/a.ts', (v) => `const apiKey = cfg.key; // backup key ${v}\n`, hex(r, 40)],
    ['pw', 'web/users.json', (v) => `{"user": "ops", "pw": "${v}"}\n`, `Tiger${r('dig', 3)}x`],
    // Round 39's fish and csh setters must leave `name=<two parts>` to the line's end read as before.
    [
      'spaced',
      'app/application-prod.properties',
      (v) => `spring.datasource.password=${v}\n`,
      `Mật khẩu!Schnee${r('dig', 5)}`,
    ],
    ['spaced-yaml', 'app/db.yaml', (v) => `db:\n  password: ${v}\n`, `Maple river${r('dig', 2)}!`],
  ];
  return forms.map(([name, rel, form, v]) => ({ name, rel, text: form(v), value: v }));
}
