import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { randomStrings } from './helpers/fake-secrets.js';

/**
 * Quoted values after a string prefix under a secret name (attack7 L4): C# verbatim `@"…"` and `$@"…"` (named
 * constants, `var`), Rust raw `r#"…"#`, Kotlin/Swift `"""…"""`, Go backticks. Look-alikes under the same openers.
 */
const r = randomStrings(Number(process.env.REDACT_SEED ?? 5153));

function redact(rel: string, text: string): string {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
}

const values = (): string[] => [
  `${r('alnum', 37)}4Zp`,
  r('hex', 40),
  r('hex', 32),
  [8, 4, 4, 4, 12].map((n) => r('hex', n)).join('-'),
  `${r('letters', 6)}*${r('digits', 3)}${r('upperAlnum', 6)}`,
  `${r('b64', 42).replace(/[+/]/g, 'Q')}8=`,
];

const FORMS: [string, string, (v: string) => string][] = [
  ['C# const', 'workspace/Config.cs', (v) => `    public const string PostgresPassword = @"${v}";\n`],
  ['C# static readonly', 'workspace/Config.cs', (v) => `    private static readonly string ClientSecret = @"${v}";\n`],
  ['C# var', 'workspace/Program.cs', (v) => `        var apiSecret = @"${v}";\n`],
  ['C# interpolated verbatim', 'workspace/Program.cs', (v) => `        var dbPassword = $@"${v}";\n`],
  ['C# verbatim interpolated', 'workspace/Program.cs', (v) => `        string authToken = @$"${v}";\n`],
  ['Rust raw', 'workspace/main.rs', (v) => `const CLIENT_SECRET: &str = r#"${v}"#;\nlet api_secret = r#"${v}"#;\n`],
  ['Kotlin raw', 'workspace/Main.kt', (v) => `val clientSecret = """${v}"""\n`],
  ['Swift multi-quote', 'workspace/Keys.swift', (v) => `let apiSecret = """${v}"""\n`],
  ['Go backticks', 'workspace/main.go', (v) => `\tapiSecret := \`${v}\`\n`],
];

describe('quoted values after a string prefix', () => {
  for (const [form, file, make] of FORMS)
    it(form, () => {
      const leaked: string[] = [];
      for (const v of values()) {
        const out = redact(file, make(v));
        if (out.includes(v.slice(0, 12))) leaked.push(out);
      }
      assert.deepEqual(leaked, []);
    });
});

const KEEP = [
  '    public const string ApiKeyHeader = @"X-Api-Key";\n',
  '    var password = @"C:\\Users\\dev\\secrets\\db.txt";\n',
  '    public const string TokenEndpoint = @"https://login.microsoftonline.com/common/oauth2/v2.0/token";\n',
  '    public const string PasswordFormat = @"{0}:{1}";\n',
  '    var secret = @"{{CLIENT_SECRET}}";\n',
  '    string apiKey = @"";\n',
  '    var connectionString = @"Server=localhost;Database=app;Trusted_Connection=True;";\n',
  'let api_key_env = r#"OPENAI_API_KEY"#;\n',
  'val tokenHelp = """Paste your token here"""\n',
  '\tsecretName := `prod/database/main`\n',
  '    var passwordHint = @"at least 12 characters";\n',
];

it('string-prefix look-alikes (paths, formats, headers, references, empty values) stay unchanged', () => {
  for (const text of KEEP) assert.equal(redact('workspace/Program.cs', text), text);
});
