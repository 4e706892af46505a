/**
 * Credentials handed to code beside a name (src/core/redact/call-args.ts): an Authorization or API-key header set by
 * a subscript, a call or builder split over lines, its value built by a format, an interpolation or a concatenation of
 * literals; and a secret name given to a setter or store (keyring, cookies, storage, environment stubs, Redis). Each
 * form in Python, JS/TS, Ruby, Go, Rust, Java/Kotlin, C#, PHP and shell, planted with provider-prefixed and
 * prefix-less values, next to look-alikes that must come out byte for byte (variables, environment lookups,
 * placeholders, header name lists, non-secret names, ids and counters).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, leaks, rng } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 20261201);
const rand = rng(SEED + 23);
const random = (set: keyof typeof CHARSETS, n: number): string =>
  Array.from({ length: n }, () => CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)]).join('');
/** A digit at a random place (a prefix-less key of 16–24 characters with no digit reads as a word to every layer). */
const withDigit = (s: string): string => {
  const i = Math.floor(rand() * s.length);
  return s.slice(0, i) + random('digits', 1) + s.slice(i + 1);
};

/** Values built like real ones: prefix-less base62, base64url, hex and base64, and provider-prefixed tokens. */
const tokens = (): string[] => [
  random('alnum', 40),
  withDigit(random('alnum', 16)),
  random('urlsafe', 64),
  random('hex', 32),
  withDigit(random('b64', 24)),
  ['gh', 'p_'].join('') + random('alnum', 36),
  ['sk', '-proj-'].join('') + random('urlsafe', 48),
];
/** Shorter passwords with a symbol, as people choose them. */
const passwords = (): string[] => [
  `${random('alnum', 6)}#${random('alnum', 4)}`,
  `${random('letters', 5)}!${random('digits', 3)}${random('letters', 2)}`,
  `${random('alnum', 3)}@${random('alnum', 8)}%`,
];

/** Each text comes out of the redactor byte for byte. */
const assertKept = (r: Redactor, texts: readonly string[]): void => {
  const changed = texts.filter((t) => r.redactString(t) !== t).map((t) => `${t} -> ${r.redactString(t)}`);
  assert.deepEqual(changed, []);
};

/** Every form with every value: the forms that leak a value (any 10-character window of it) or redact nothing. */
function leaking(r: Redactor, forms: readonly ((v: string) => string)[], values: () => string[]): string[] {
  const missed: string[] = [];
  for (const form of forms) {
    for (const value of values()) {
      const text = form(value);
      const out = r.redactString(text);
      if (leaks(out, [{ family: 'planted', value, context: '' }]).length > 0 || !out.includes('[REDACTED:'))
        missed.push(out);
    }
  }
  return missed;
}

describe('an Authorization or API-key header built in code', () => {
  const r = new Redactor();
  const subscripts: ((v: string) => string)[] = [
    (v) => `request["Authorization"] = "Bearer ${v}"`,
    (v) => `req.headers['authorization'] = 'Bearer ${v}';`,
    (v) => `conn.headers[:authorization] = "Bearer ${v}"`,
    (v) => `headers["Authorization"] = f"Bearer ${v}"`,
    (v) => `$headers['Authorization'] = 'Bearer ${v}';`,
    (v) => `request.Headers["Authorization"] = "Bearer ${v}";`,
    (v) => `req.Header["Authorization"] = []string{"Bearer ${v}"}`,
    (v) => `axios.defaults.headers.common['Authorization'] = 'Bearer ${v}';`,
    (v) => `session.headers["X-Api-Key"] = "${v}"`,
    (v) => `req.headers['x-goog-api-key'] = '${v}';`,
    (v) => `conn.headers["Private-Token"] = "${v}"`,
    (v) => `request["X-Auth-Token"] = "${v}"`,
    (v) => `headers['api-key'] ||= '${v}'`,
    (v) => `http.Header{"Authorization": {"Bearer ${v}"}}`,
  ];
  const split: ((v: string) => string)[] = [
    (v) => `headers.set(\n  "Authorization",\n  "Bearer ${v}"\n);`,
    (v) => `conn.setRequestProperty(\n    "Authorization",\n    "Bearer ${v}");`,
    (v) => `req.Header.Set(\n\t"Authorization",\n\t"Bearer ${v}",\n)`,
    (v) => `client.DefaultRequestHeaders.Add(\n    "X-Api-Key",\n    "${v}");`,
    (v) => `.header(\n    "Authorization",\n    format!("Bearer {}", "${v}"),\n)`,
    (v) => `headers: {\n  "Authorization":\n    "Bearer ${v}",\n}`,
    (v) => `"Authorization": "Bearer "\n    + "${v}"`,
    (v) => `.addHeader("Private-Token",\n        "${v}")`,
    (v) =>
      `val request = Request.Builder()\n    .url(url)\n    .header(\n        "Authorization",\n        "Bearer ${v}"\n    )\n    .build()`,
    (v) => `fetch(url, {\n  headers: {\n    Authorization:\n      "Bearer ${v}",\n  },\n})`,
    (v) => `headers.append(\n  'x-api-key',\n  '${v}',\n);`,
  ];
  const built: ((v: string) => string)[] = [
    (v) => `.header("Authorization", format!("Bearer {}", "${v}"))`,
    (v) => `header(AUTHORIZATION, format!("Bearer {}", "${v}"))`,
    (v) => `headers = {"Authorization": f"Bearer {'${v}'}"}`,
    (v) => `headers = {"Authorization": "Bearer {}".format("${v}")}`,
    (v) => `headers = {"Authorization": "Bearer %s" % "${v}"}`,
    (v) => `conn.setRequestProperty("Authorization", String.format("Bearer %s", "${v}"));`,
    (v) => `req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", "${v}"))`,
    (v) => `curl_setopt($ch, CURLOPT_HTTPHEADER, [sprintf("Authorization: Bearer %s", "${v}")]);`,
    (v) => `"Authorization" => "Bearer #{"${v}"}"`,
    (v) => `request.AddHeader("Authorization", $"Bearer {"${v}"}");`,
    (v) => `$client->request('GET', $u, ['headers' => ['Authorization' => 'Bearer ' . '${v}']]);`,
    (v) => `conn.setRequestProperty("Authorization", "Bearer ".concat("${v}"));`,
    (v) => `headers = {"Authorization": "Bearer " "${v}"}`,
    (v) => `curl_setopt($ch, CURLOPT_HTTPHEADER, array(\n  'Authorization: Bearer ' . '${v}',\n));`,
    (v) => `header("Authorization", "Bearer \${"${v}"}")`,
    (v) => `request['Authorization'] = "Bearer #{'${v}'}"`,
    (v) => `.header(reqwest::header::AUTHORIZATION, "Bearer ${v}")`,
    (v) => `{"headers": {"Authorization": ["Bearer ${v}"]}}`,
    (v) => `local headers = { ["Authorization"] = "Bearer " .. "${v}" }`,
    (v) => `headers.insert(AUTHORIZATION, HeaderValue::from_static("Bearer ${v}"));`,
    (v) => `headers.insert("x-api-key", HeaderValue::from_static("${v}"));`,
    (v) => `defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer ${v}")`,
    (v) => `client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "${v}");`,
    (v) => `http.DefaultRequestHeaders.Authorization = new("Bearer", "${v}");`,
    (v) => `Faraday.new(url) { |f| f.request :authorization, 'Bearer', '${v}' }`,
    (v) => `conn.authorization :Bearer, '${v}'`,
    (v) => `req = req.with_header("Authorization", "Bearer ${v}")`,
    (v) => `httpx.WithHeader("X-Api-Key", "${v}")`,
    (v) => `request.AddHeader("X-Auth-Token", "${v}");`,
    (v) => `.header("x-goog-api-key", "${v}").send()`,
    (v) => `let res = client.get(url).bearer_auth("${v}").send().await?;`,
    (v) => `Http::withToken('${v}')->get($url);`,
    (v) => `client.R().SetAuthToken("${v}")`,
    (v) => `.bearerAuth(\n    "${v}"\n)`,
  ];
  const shell: ((v: string) => string)[] = [
    (v) => `curl -X POST https://api.example.com/v1 -H "Authorization: Bearer \\\n${v}"`,
    (v) => `curl https://api.example.com/v1 \\\n  -H "Authorization: Bearer ${v}" \\\n  -d '{}'`,
    (v) => `http POST api.example.com/v1 Authorization:"Bearer ${v}"`,
    (v) => `http api.example.com/v1 'Authorization:Bearer ${v}'`,
    (v) => `curl -H 'x-goog-api-key: ${v}' https://generativelanguage.googleapis.com`,
  ];
  for (const [name, forms] of [
    ['subscripts', subscripts],
    ['calls split over lines', split],
    ['formats, interpolations, concatenations and builders', built],
    ['curl and HTTPie', shell],
  ] as const) {
    it(`${name} (${forms.length} forms x 7 values): the credential is redacted`, () => {
      assert.deepEqual(leaking(r, forms, tokens), []);
    });
  }
  it('headers built from variables or the environment, placeholders and lists of header names stay', () => {
    assertKept(r, [
      'request["Authorization"] = "Bearer " + token',
      "req.headers['authorization'] = `Bearer ${token}`;",
      'headers["Authorization"] = f"Bearer {api_key}"',
      'headers["Authorization"] = "Bearer " + os.environ["API_TOKEN"]',
      'conn.headers[:authorization] = "Bearer #{ENV[\'TOKEN\']}"',
      '.header("Authorization", format!("Bearer {}", token))',
      '.header(\n    "Authorization",\n    format!("Bearer {}", self.token),\n)',
      'conn.setRequestProperty("Authorization", String.format("Bearer %s", apiKey));',
      'req.Header.Set("Authorization", fmt.Sprintf("Bearer %s", os.Getenv("TOKEN")))',
      'client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);',
      'headers = {"Authorization": "Bearer {}".format(self.token)}',
      'headers = {"Authorization": "Bearer %s" % token}',
      "$headers = ['Authorization' => 'Bearer ' . $token];",
      'headers.set(\n  "Authorization",\n  `Bearer ${token}`\n);',
      'curl -H "Authorization: Bearer <token>" https://api.example.com',
      'curl -H "Authorization: Bearer YOUR_TOKEN" https://api.example.com',
      'curl -H "Authorization: Bearer $TOKEN" https://api.example.com',
      'curl \\\n  -H "Authorization: Bearer ${{ secrets.API_TOKEN }}" \\\n  https://api.example.com',
      'curl -H "Authorization: Basic <base64(user:pass)>" https://api.example.com',
      'Authorization: Basic YOUR_BASE64_CREDENTIALS',
      'http POST api.example.com Authorization:"Bearer $TOKEN"',
      'request["Authorization"] = "Bearer YOUR_API_TOKEN_HERE"',
      'header("Authorization", "Bearer ${API_TOKEN}")',
      'headers = {"x-api-key": "your-api-key-here"}',
      'ALLOWED_HEADERS = ["Authorization", "X-Api-Key", "Content-Type", "Private-Token", "X-Auth-Token"]',
      'allow_headers=[\n    "Authorization",\n    "X-Api-Key",\n    "x-goog-api-key",\n]',
      'CORS_ALLOW_HEADERS = ("authorization", "api-key", "content-type")',
      'headers.set("X-Api-Key", apiKey)',
      '.header("X-Api-Key", &self.api_key)',
      'request.AddHeader("Private-Token", token);',
      'req.headers["X-Api-Key"] = process.env.API_KEY;',
      'expose_headers: Authorization, X-Api-Key, api-key, x-goog-api-key',
      'headers["Authorization"] = "Bearer %s" % os.environ["GITHUB_TOKEN"]',
      'Authorization, Bearer tokens and API keys are described in the docs.',
      'let res = client.get(url).bearer_auth(&token).send().await?;',
      'Http::withToken($token)->get($url);',
      'client.R().SetAuthToken(os.Getenv("API_TOKEN"))',
      '.bearer_auth("YOUR_API_TOKEN")',
      '{"headers": {"Authorization": ["Bearer {token}"]}}',
      'headers = {"Authorization": "Bearer " "${TOKEN}"}',
      'headers.put("X-Api-Key", apiKey);',
    ]);
  });
});

describe('a secret handed to a setter or store', () => {
  const r = new Redactor();
  const forms: ((v: string) => string)[] = [
    (v) => `props.setProperty(\n    "db.password",\n    "${v}");`,
    (v) => `localStorage.setItem(\n  'access_token',\n  '${v}'\n);`,
    (v) => `localStorage.setItem('token', \`${v}\`)`,
    (v) => `sessionStorage.setItem("auth_token", \`${v}\`);`,
    (v) => `os.environ.setdefault("MISTRAL_API_KEY", f"${v}")`,
    (v) => `keyring.set_password("openai", "me", "${v}")`,
    (v) => `keyring.set_password(\n    "massgen",\n    "api_key",\n    "${v}",\n)`,
    (v) => `Cookies.set('session', '${v}')`,
    (v) => `Cookies.set('auth_token', '${v}', { expires: 7 })`,
    (v) => `cookies.set('session', '${v}', httponly=True)`,
    (v) => `response.set_cookie("session", "${v}")`,
    (v) => `response.set_cookie(key="auth_token", value="${v}")`,
    (v) => `cookies[:auth_token] = "${v}"`,
    (v) => `cookies.permanent[:remember_token] = "${v}"`,
    (v) => `http.SetCookie(w, &http.Cookie{Name: "session", Value: "${v}"})`,
    (v) => `Response.Cookies.Append("auth_token", "${v}");`,
    (v) => `document.cookie = "session=${v}; path=/";`,
    (v) => `Preferences.put("api_key", "${v}")`,
    (v) => `prefs.edit().putString("auth_token", "${v}").apply()`,
    (v) => `await SecureStore.setItemAsync('secure_token', \`${v}\`);`,
    (v) => `await redis.set("openai:api_key", "${v}");`,
    (v) => `r.set('session_token', '${v}', ex=3600)`,
    (v) => `rdb.Set(ctx, "api_token", "${v}", 0)`,
    (v) => `os.Setenv(\n\t"OPENAI_API_KEY",\n\t"${v}",\n)`,
    (v) => `t.Setenv("GITHUB_TOKEN", "${v}")`,
    (v) => `System.setProperty("api.key", "${v}");`,
    (v) => `Environment.SetEnvironmentVariable("API_SECRET", "${v}", EnvironmentVariableTarget.User);`,
    (v) => `SetEnvironmentVariableW(L"API_TOKEN", L"${v}");`,
    (v) => `monkeypatch.setenv("MISTRAL_KEY", "${v}")`,
    (v) => `monkeypatch.setitem(os.environ, "OPENAI_API_KEY", "${v}")`,
    (v) => `vi.stubEnv("ANTHROPIC_API_KEY", \`${v}\`)`,
    (v) => `process.env["X_API_KEY"] ||= "${v}";`,
    (v) => `process.env.OPENAI_API_KEY ||= "${v}";`,
    (v) => `process.env.OPENAI_API_KEY ??= '${v}';`,
    (v) => `ENV.fetch("MISTRAL_API_KEY") { "${v}" }`,
    (v) => `ENV["X_API_KEY"] = "${v}"`,
    (v) => `localStorage['auth_token'] = '${v}';`,
    (v) => `QSettings().setValue("auth/token", "${v}")`,
    (v) => `Application.put_env(:my_app, :api_key, "${v}")`,
    (v) => `std::env::set_var(\n    "OPENAI_API_KEY",\n    "${v}",\n);`,
    (v) => `Settings.Secure.putString(cr, "token", "${v}")`,
    (v) => `dotenv.set_key(".env", "OPENAI_API_KEY", "${v}")`,
    (v) => `config.set('openai', 'api_key', '${v}')`,
    (v) => `r.hset("creds", "api_key", "${v}")`,
    (v) => `session[:api_token] = "${v}"`,
    (v) => `cy.setCookie('session', '${v}')`,
    (v) => `await page.context().addCookies([{ name: 'session', value: '${v}', domain: 'x.com', path: '/' }]);`,
    (v) => `[Environment]::SetEnvironmentVariable('OPENAI_API_KEY', '${v}', 'User')`,
    (v) => `security add-generic-password -a "$USER" -s openai -w ${v}`,
  ];
  const passwordForms: ((v: string) => string)[] = [
    (v) => `keyring.set_password("db", "admin", "${v}")`,
    (v) => `keyring.set_password(\n    "postgres",\n    getpass.getuser(),\n    "${v}",\n)`,
    (v) => `System.setProperty("db.password", "${v}");`,
    (v) => `os.Setenv("DB_PASSWORD", "${v}")`,
    (v) => `monkeypatch.setenv("PGPASSWORD", "${v}")`,
    (v) => `vi.stubEnv('DB_PASSWORD', '${v}')`,
    (v) => `Environment.SetEnvironmentVariable("SQL_PASSWORD", "${v}");`,
    (v) => `ENV.fetch("DB_PASSWORD") { "${v}" }`,
    (v) => `ENV["DB_PASSWORD"] = "${v}"`,
    (v) => `process.env["DB_PASSWORD"] ||= "${v}";`,
    (v) => `props.setProperty(\n  "db.password",\n  "${v}");`,
    (v) => `std::env::set_var("DB_PASSWORD", "${v}");`,
  ];
  it(`${forms.length} forms x 7 values: the value is redacted`, () => {
    assert.deepEqual(leaking(r, forms, tokens), []);
  });
  it(`${passwordForms.length} forms x 3 passwords: the password is redacted`, () => {
    assert.deepEqual(leaking(r, passwordForms, passwords), []);
  });
  it('non-secret names, values from variables or the environment, placeholders, ids, counters and urls stay', () => {
    assertKept(r, [
      "localStorage.setItem('theme', 'dark')",
      'os.setenv("LOG_LEVEL", "debug")',
      'monkeypatch.setenv("LOG_LEVEL", "debug")',
      'os.Setenv("LOG_LEVEL", "debug")',
      'vi.stubEnv("NODE_ENV", "production")',
      'localStorage.setItem("token", token)',
      'localStorage.setItem("token", `${token}`)',
      'localStorage.setItem(\n  "token",\n  `${data.accessToken}`\n)',
      'localStorage.setItem("token", data.access_token)',
      'os.Setenv("OPENAI_API_KEY", os.Getenv("LLM_KEY"))',
      'monkeypatch.setenv("OPENAI_API_KEY", "test-key")',
      'monkeypatch.setenv("OPENAI_API_KEY", "fake-api-key-for-tests")',
      'vi.stubEnv("OPENAI_API_KEY", "your-api-key-here")',
      'os.environ.setdefault("OPENAI_API_KEY", f"{default_key}")',
      'System.setProperty("api.key", System.getenv("API_KEY"));',
      'Environment.SetEnvironmentVariable("API_TOKEN", token);',
      'keyring.set_password("svc", "user", password)',
      'keyring.set_password("svc", user, getpass.getpass())',
      'keyring.set_password("svc", "user", "<password>")',
      'keyring.set_password("svc", "user", "YOUR_PASSWORD")',
      'Cookies.set("theme", "dark")',
      'Cookies.set("session", sessionId)',
      "Cookies.set('session', 'logged-in-user-state')",
      'document.cookie = "theme=dark; path=/";',
      'document.cookie = `session=${sid}; path=/`;',
      'document.cookie = "session=; expires=Thu, 01 Jan 1970 00:00:00 GMT";',
      'redis.set("token_count", "12345678")',
      'redis.set("api_key_id", "key_01HZX4Y6Q2")',
      'redis.set("auth_url", "https://auth.example.com/oauth/authorize")',
      'rdb.Set(ctx, "session:count", "42", 0)',
      'map.put("token_count", "12345678")',
      'Preferences.put("auth_url", "https://auth.example.com/login")',
      'config.set("api_key_id", "1234567890")',
      'System.setProperty("token.endpoint", "https://login.example.com/oauth2/token")',
      'os.Setenv("TOKEN_TTL", "3600")',
      'process.env["NODE_ENV"] ||= "development";',
      'process.env.API_KEY ||= process.env.FALLBACK_KEY;',
      'ENV.fetch("API_KEY") { raise "missing" }',
      'ENV.fetch("LOG_LEVEL") { "info" }',
      'ENV["API_KEY"] = nil',
      'ENV["RAILS_ENV"] = "production"',
      'await SecureStore.setItemAsync("onboarding_done", "true");',
      'await SecureStore.setItemAsync("token", response.token);',
      'localStorage.setItem("token_expiry", "2026-12-01T10:00:00Z")',
      'sessionStorage.setItem("auth_state", "pending")',
      'monkeypatch.setenv("DB_PASSWORD", "")',
      'monkeypatch.setenv("DB_PASSWORD", "${DB_PASSWORD}")',
      'Environment.SetEnvironmentVariable("PATH", "/usr/local/bin:/usr/bin");',
      'localStorage.setItem("tokenizer", "cl100k_base")',
      'Preferences.put("password_policy", "strong")',
      'vi.stubEnv("API_KEY_HEADER", "X-Api-Key")',
      'monkeypatch.setenv("AUTH_URL", "http://localhost:8080/auth")',
      'localStorage.setItem("access_token", "YOUR_ACCESS_TOKEN")',
      'Cookies.set("csrftoken", getCookie("csrftoken"))',
      'os.Setenv("GITHUB_TOKEN", token)',
      'ENV.fetch("SECRET_KEY_BASE") { SecureRandom.hex(64) }',
      'log.info("token", "refreshing the access token now")',
      't("auth.token", "AuthTokenLabel")',
      'i18n.set("password", "Enter your password")',
      'parser.add_argument(\n    "--api-key",\n    help="the provider API key",\n)',
      'security add-generic-password -a "$USER" -s openai -w "$OPENAI_API_KEY"',
      'security find-generic-password -a "$USER" -s openai -w',
      'config.set("openai", "api_key", api_key)',
      'cy.setCookie("session", Cypress.env("SESSION"))',
    ]);
  });
});

describe('calls split over lines, streamed as an export reads a file', () => {
  it("a name on one line and its value on the next are joined across the filter's 1 MiB cuts", () => {
    const r = new Redactor();
    const values: string[] = [];
    let text = '';
    for (let i = 0; text.length < 1.2 * 1024 * 1024; i++) {
      const v = random('alnum', 40);
      values.push(v);
      text +=
        i % 2 === 0
          ? `headers.set(\n  "Authorization",\n  "Bearer ${v}"\n);\n${'// filler line of a source file\n'.repeat(i % 7)}`
          : `os.Setenv(\n\t"OPENAI_API_KEY",\n\t"${v}",\n)\n`;
    }
    const f = r.filter({ rel: 'main.go' });
    let out = '';
    for (let i = 0; i < text.length; i += 65536) out += f.write(text.slice(i, i + 65536));
    out += f.end();
    const leaked = values.filter((v) => out.includes(v.slice(0, 10)) || out.includes(v.slice(-10)));
    assert.deepEqual(leaked, []);
    assert.equal(out.split('\n').length, text.split('\n').length);
  });
});
