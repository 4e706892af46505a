import { CHARSETS, uuidOf } from './fake-secrets.js';
import type { Planted } from './placements.js';
import { wildValues } from './wild-values.js';

/**
 * Issue 11 (cookies13): session credentials (a session cookie's value, a session id or token, a remember-me token, a
 * CSRF secret) given under a cookie or session name in every syntax an agent writes: env files, shell (curl, wget,
 * httpie), Python requests and cookiejar, JS (document.cookie, Express, Set-Cookie, fetch, Playwright), Netscape
 * cookies.txt, HAR and browser exports, Go, Rust, Java, C#, PHP, Ruby, PowerShell; and their benign twins (cookie names
 * without values, MassGen's own session ids, counters, placeholders, analytics ids, code reading a cookie).
 */
export function cookieCorpus(rand: () => number): { planted: Record<string, Planted[]>; benign: [string, string][] } {
  const { tok, pick } = wildValues(rand);
  const hex = (n: number): string => tok(CHARSETS.hex, n);
  const b64 = (n: number): string => tok(CHARSETS.b64, n);
  const url = (n: number): string => tok(CHARSETS.urlsafe, n);
  /** The value shapes of real session cookies. */
  const shapes = {
    express: () => `s%3A${url(32)}.${tok(CHARSETS.alnum, 20)}%2F${tok(CHARSETS.alnum, 22)}`,
    flask: () => `eyJ${url(40)}.${url(6)}.${url(27)}`,
    django: () => tok(CHARSETS.lowerAlnum, 32),
    php: () => tok(CHARSETS.lowerAlnum, 26),
    java: () => tok(CHARSETS.hex, 32).toUpperCase(),
    rails: () => `${b64(60)}--${hex(40)}`,
    aspnet: () => tok(CHARSETS.lowerAlnum, 24),
    laravel: () => `eyJpdiI6I${tok(CHARSETS.alnum, 60)}%3D%3D`,
    gh: () => `${tok(CHARSETS.alnum, 30)}%2B${tok(CHARSETS.alnum, 40)}%3D%3D--${tok(CHARSETS.alnum, 20)}`,
    jwe: () => `eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..${url(22)}.${url(80)}.${url(22)}`,
    alnum: () => tok(CHARSETS.alnum, 40),
  };
  const any = (): string => pick(Object.values(shapes))();
  /** A cookie context also takes a UUID as a session id (many frameworks spell them so). */
  const anyOrUuid = (): string => pick([any, any, any, () => uuidOf(hex(32), true)])();
  const { django, php, java, flask, express, aspnet, laravel, gh, jwe, rails } = shapes;

  const env: Planted[] = [
    ['.env', (v) => `SESSION_COOKIE=${v}\n`, express],
    ['.env', (v) => `# auth for the scraper\nSESSION_COOKIE="${v}"\nBASE_URL=https://example.com\n`, anyOrUuid],
    ['.env', (v) => `AUTH_COOKIE=${v}\n`, any],
    ['.env', (v) => `SESSIONID=${v}\n`, django],
    ['.env', (v) => `export SESSION_ID=${v}\n`, django],
    ['.env.local', (v) => `COOKIE_SESSION=${v}\n`, any],
    ['.env', (v) => `REMEMBER_TOKEN=${v}\n`, any],
    ['.env', (v) => `PHPSESSID=${v}\n`, php],
    ['.env', (v) => `JSESSIONID=${v}\n`, java],
    ['.env', (v) => `COOKIE="sessionid=${v}; csrftoken=${hex(32)}"\n`, any],
    ['notes.txt', (v) => `sessionid=${v}\n`, django],
    ['notes.txt', (v) => `session=${v}\n`, flask],
    ['scratch.md', (v) => `Logged in. The cookie is\n\n    connect.sid=${v}\n`, express],
    ['config.yaml', (v) => `scraper:\n  session_cookie: ${v}\n  retries: 3\n`, any],
    ['config.yaml', (v) => `cookies:\n  sessionid: ${v}\n  csrftoken: abc\n`, anyOrUuid],
    ['config.json', (v) => `{"sessionCookie": "${v}", "timeout": 30}\n`, any],
    ['config.toml', (v) => `[auth]\nsession_token = "${v}"\n`, any],
    ['settings.ini', (v) => `[cookies]\nsessionid = ${v}\n`, anyOrUuid],
    ['app.yml', (v) => `remember_user_token: ${v}\n`, rails],
  ];

  const shell: Planted[] = [
    ['cmd.sh', (v) => `curl -b "session=${v}" https://example.com/api/me\n`, flask],
    ['cmd.sh', (v) => `curl --cookie 'sessionid=${v}' https://app.example.com/\n`, anyOrUuid],
    ['cmd.sh', (v) => `curl -s -H 'Cookie: theme=dark; sessionid=${v}' https://example.com/\n`, anyOrUuid],
    ['cmd.sh', (v) => `curl -H "Cookie: PHPSESSID=${v}" http://localhost:8080/admin\n`, php],
    ['cmd.sh', (v) => `curl -b 'csrftoken=${hex(32)}; sessionid=${v}' -X POST https://x.test/\n`, django],
    ['cmd.sh', (v) => `curl --cookie "laravel_session=${v}" https://shop.test/cart\n`, laravel],
    ['cmd.sh', (v) => `curl -c jar.txt -b "_session_id=${v}" https://rails.test/\n`, () => hex(32)],
    ['cmd.sh', (v) => `wget --header="Cookie: JSESSIONID=${v}" https://intranet.test/report\n`, java],
    ['cmd.sh', (v) => `wget --no-cookies --header 'Cookie: ASP.NET_SessionId=${v}' http://iis.test/\n`, aspnet],
    ['cmd.sh', (v) => `http GET example.com/api Cookie:sessionid=${v}\n`, anyOrUuid],
    ['cmd.sh', (v) => `http example.com 'Cookie:connect.sid=${v}'\n`, express],
    ['cmd.sh', (v) => `xh https://github.com/settings Cookie:_gh_sess=${v}\n`, gh],
    [
      'agent.log',
      (v) => `[tool] run_command: curl -sS --cookie "__Secure-next-auth.session-token=${v}" http://localhost:3000\n`,
      jwe,
    ],
    ['cmd.ps1', (v) => `Invoke-WebRequest -Uri $u -Headers @{Cookie="sessionid=${v}"}\n`, anyOrUuid],
    [
      'cmd.ps1',
      (v) => `$s.Cookies.Add((New-Object System.Net.Cookie("sessionid", "${v}", "/", "example.com")))\n`,
      any,
    ],
  ];

  const python: Planted[] = [
    ['scrape.py', (v) => `cookies = {"sessionid": "${v}"}\nr = requests.get(URL, cookies=cookies)\n`, anyOrUuid],
    ['scrape.py', (v) => `r = requests.get(url, cookies={'session': '${v}'})\n`, flask],
    ['scrape.py', (v) => `s.cookies.set('sessionid', '${v}', domain='example.com')\n`, anyOrUuid],
    ['scrape.py', (v) => `s.cookies["sessionid"] = "${v}"\n`, django],
    ['scrape.py', (v) => `session.cookies.update({"JSESSIONID": "${v}"})\n`, java],
    ['scrape.py', (v) => `headers = {"Cookie": f"sessionid=${v}; csrftoken={csrf}"}\n`, django],
    ['scrape.py', (v) => `driver.add_cookie({"name": "sessionid", "value": "${v}"})\n`, anyOrUuid],
    [
      'jar.py',
      (v) =>
        `c = http.cookiejar.Cookie(0, 'sessionid', '${v}', None, False, 'example.com', True, False, '/', True, True, None, False, None, None, {})\n`,
      django,
    ],
    ['scrape.py', (v) => `SESSION_COOKIE = "${v}"\n`, any],
    ['scrape.py', (v) => `sessionid = "${v}"\n`, django],
    ['tests.py', (v) => `self.client.cookies['sessionid'] = '${v}'\n`, django],
    ['tests.py', (v) => `client.set_cookie('session', '${v}')\n`, flask],
    ['agent.log', (v) => `INFO request cookies={'sessionid': '${v}', 'csrftoken': 'x'}\n`, anyOrUuid],
    ['agent.log', (v) => `<RequestsCookieJar[<Cookie sessionid=${v} for .example.com/>]>\n`, anyOrUuid],
    [
      'agent.log',
      (v) =>
        `RequestsCookieJar([Cookie(version=0, name='sessionid', value='${v}', port=None, port_specified=False)])\n`,
      anyOrUuid,
    ],
  ];

  const js: Planted[] = [
    ['app.js', (v) => `document.cookie = "connect.sid=${v}; path=/";\n`, express],
    ['server.js', (v) => `res.cookie('sid', '${v}', { httpOnly: true, secure: true });\n`, anyOrUuid],
    ['response.txt', (v) => `HTTP/1.1 200 OK\nSet-Cookie: sessionid=${v}; Path=/; HttpOnly; Secure\n`, anyOrUuid],
    [
      'headers.txt',
      (v) => `set-cookie: __Secure-next-auth.session-token=${v}; Path=/; HttpOnly; Secure; SameSite=Lax\n`,
      jwe,
    ],
    ['request.http', (v) => `GET /me HTTP/1.1\nHost: example.com\nCookie: sessionid=${v}\n`, anyOrUuid],
    ['app.ts', (v) => 'await fetch(url, { headers: { Cookie: `sessionid=' + v + '` } });\n', anyOrUuid],
    ['app.ts', (v) => `await fetch(url, { headers: { 'Cookie': 'session=${v}' } });\n`, flask],
    ['app.ts', (v) => `axios.get(url, { headers: { cookie: "PHPSESSID=${v}" } });\n`, php],
    [
      'e2e.spec.ts',
      (v) => `await context.addCookies([{ name: 'sessionid', value: '${v}', domain: 'example.com', path: '/' }]);\n`,
      anyOrUuid,
    ],
    ['e2e.ts', (v) => `await page.setCookie({ name: 'JSESSIONID', value: '${v}', domain: 'x.test' });\n`, java],
    ['e2e.cy.js', (v) => `cy.setCookie('sessionid', '${v}')\n`, anyOrUuid],
    ['route.ts', (v) => `cookies().set('session', '${v}', { httpOnly: true })\n`, flask],
    ['app.ts', (v) => `const sessionToken = "${v}";\n`, any],
    ['app.js', (v) => `const cookie = 'XSRF-TOKEN=${v}; laravel_session=${laravel()}';\n`, laravel],
  ];

  const files: Planted[] = [
    [
      'cookies.txt',
      (v) => `# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tTRUE\t1767225600\tsessionid\t${v}\n`,
      anyOrUuid,
    ],
    ['cookies.txt', (v) => `#HttpOnly_.github.com\tTRUE\t/\tTRUE\t0\t_gh_sess\t${v}\n`, gh],
    ['cookies.txt', (v) => `localhost\tFALSE\t/\tFALSE\t0\tconnect.sid\t${v}\n`, express],
    ['cookie.json', (v) => `{"name": "sessionid", "value": "${v}", "domain": ".example.com"}\n`, anyOrUuid],
    [
      'site.har',
      (v) => `"cookies": [\n  {\n    "name": "PHPSESSID",\n    "value": "${v}",\n    "path": "/"\n  }\n]\n`,
      php,
    ],
    ['site.har', (v) => `{"name": "Cookie", "value": "theme=dark; sessionid=${v}"}\n`, anyOrUuid],
    ['site.har', (v) => `{"name":"set-cookie","value":"laravel_session=${v}; path=/; httponly"}\n`, laravel],
    [
      'cookies.json',
      (v) =>
        `[{"domain":".example.com","hostOnly":false,"httpOnly":true,"name":"ASP.NET_SessionId","path":"/","sameSite":"lax","secure":true,"session":true,"storeId":"0","value":"${v}","id":1}]\n`,
      aspnet,
    ],
    [
      'storageState.json',
      (v) =>
        `{\n  "cookies": [\n    {\n      "name": "sb-abcdefghijkl-auth-token",\n      "value": "${v}",\n      "domain": "localhost",\n      "path": "/",\n      "expires": -1,\n      "httpOnly": false\n    }\n  ],\n  "origins": []\n}\n`,
      () => `base64-${b64(80)}`,
    ],
    ['cookies.json', (v) => `{"value": "${v}", "name": "_session_id", "domain": "rails.test"}\n`, () => hex(32)],
    ['main.go', (v) => `c := &http.Cookie{Name: "session_id", Value: "${v}", Path: "/"}\n`, anyOrUuid],
    ['main.go', (v) => `req.AddCookie(&http.Cookie{Name: "sessionid", Value: "${v}"})\n`, anyOrUuid],
    ['main.rs', (v) => `let c = Cookie::new("sessionid", "${v}");\n`, anyOrUuid],
    ['main.rs', (v) => `jar.add(Cookie::build(("session", "${v}")).path("/"));\n`, flask],
    ['Main.java', (v) => `Cookie c = new Cookie("JSESSIONID", "${v}");\n`, java],
    ['Test.java', (v) => `given().cookie("sessionid", "${v}").when().get("/me");\n`, anyOrUuid],
    ['Program.cs', (v) => `jar.Add(new Uri(url), new Cookie("ASP.NET_SessionId", "${v}"));\n`, aspnet],
    ['index.php', (v) => `setcookie('PHPSESSID', '${v}', time() + 3600);\n`, php],
    ['spec.rb', (v) => `cookies[:_session_id] = '${v}'\n`, () => hex(32)],
    ['spec.rb', (v) => `cookies.signed[:remember_token] = "${v}"\n`, rails],
  ];

  const benignUuid = uuidOf(hex(32), true);
  const benign: [string, string][] = [
    ['metrics_summary.json', `{"meta": {"generated_at": 1769854600.1, "session_id": "attempt_1", "question": "q"}}\n`],
    [
      'execution_metadata.yaml',
      `cli_args: {mode: textual_interactive, turn: 1, session_id: session_20260131_101500}\n`,
    ],
    ['_session_manifest.json', `{"version": "2.0", "session_id": "log_20260131_101500_123456", "turn_count": 2}\n`],
    ['status.json', `{"session_id": "${benignUuid}", "status": "running"}\n`],
    ['events.jsonl', `{"event_type": "session_start", "session_id": "${benignUuid}", "timestamp": 1769854500.12}\n`],
    ['run.log', `session_id=${benignUuid} turn=2 agents=3\n`],
    ['run.log', `Resuming session: ${benignUuid}\n`],
    ['kernel.log', `{"header": {"session": "${hex(32)}", "msg_type": "execute_request"}}\n`],
    ['config.yaml', `session: 3\nsessions: 4\nsession_count: 12\n`],
    ['settings.py', `SESSION_COOKIE_NAME = "sessionid"\nSESSION_COOKIE_AGE = 1209600\nSESSION_COOKIE_SECURE = True\n`],
    ['settings.py', `SESSION_COOKIE = "sessionid"\nCSRF_COOKIE_NAME = "csrftoken"\n`],
    ['app.py', `sid = request.cookies.get("sessionid")\nif not sid:\n    abort(401)\n`],
    ['app.js', `const sid = req.cookies['connect.sid'];\nres.clearCookie('connect.sid');\n`],
    ['app.js', `const parts = document.cookie.split('; ');\n`],
    ['app.js', `document.cookie = "cookie_consent=true; path=/; max-age=31536000";\n`],
    ['app.js', `document.cookie = "theme=dark; path=/";\ndocument.cookie = "lang=en";\n`],
    ['cmd.sh', `curl -b "sessionid=$SESSION_ID" https://example.com/\n`],
    ['cmd.sh', `curl -H "Cookie: sessionid=\${SESSIONID}" https://example.com/\n`],
    ['README.md', `Set the cookie: \`sessionid=<your-session-id>\`\n`],
    ['README.md', `curl --cookie "sessionid=xxxxxxxxxxxxxxxx" https://example.com/\n`],
    ['README.md', `SESSION_COOKIE=changeme\nSESSIONID=YOUR_SESSION_ID_HERE\n`],
    ['scrape.py', `cookies = {"sessionid": os.environ["SESSIONID"]}\n`],
    ['scrape.py', `s.cookies.set('theme', 'dark')\ns.cookies.get('sessionid')\n`],
    ['headers.txt', `Set-Cookie: theme=dark; Path=/; Max-Age=31536000\n`],
    ['headers.txt', `Cookie: _ga=GA1.2.1234567890.1699999999; _gid=GA1.2.987654321.1700000000; lang=en\n`],
    ['.env', `SESSION_COOKIE_NAME=sessionid\nSESSION_LIFETIME=120\nSESSION_DRIVER=cookie\n`],
    ['config.yaml', `session_cookie: _myapp_session\nsession_store: cookie_store\n`],
    ['docs.md', `The \`sessionid\` cookie holds a random 32-character key; Django stores it in django_session.\n`],
    ['events.jsonl', `{"session_start_time": "2026-01-31T10:15:00", "session_end": 1769854600.5}\n`],
    ['cookies.txt', `# Netscape HTTP Cookie File\n.example.com\tTRUE\t/\tFALSE\t1767225600\ttheme\tdark\n`],
    ['site.har', `{"name": "cookie_consent", "value": "accepted"}\n`],
    ['main.go', `c, err := r.Cookie("session_id")\nif err != nil {\n\treturn\n}\n`],
    ['main.rs', `let sid = jar.get("sessionid").map(|c| c.value());\n`],
    ['Main.java', `Cookie c = new Cookie("JSESSIONID", sessionId);\n`],
    ['app.ts', `const sessionToken = await getSessionToken(req);\n`],
    ['locale.json', `{"cookie_banner": "We use cookies", "session_expired": "Your session expired"}\n`],
    ['package-lock.json', `"node_modules/cookie-session": {"version": "2.1.0", "integrity": "sha512-${b64(86)}=="}\n`],
  ];
  return { planted: { env, shell, python, js, files }, benign };
}
