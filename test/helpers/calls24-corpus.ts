/**
 * Round 24, issue 11 category 3: a secret code hands to an API with no `name = value` the redactor reads: by a setter
 * or builder, by position (the callee says what the argument is), or inside a connection string. Many languages
 * (Python, JavaScript/TypeScript, Java, Kotlin, C#, Go, Rust, PHP, Ruby, Swift, shell), in source files, notebook
 * cells and Markdown code blocks, config files (`appsettings.json`, `web.config`, `.env`) and logs. Values: provider
 * keys with a prefix, prefix-less random keys, hex, base64 and passwords with symbols. Twins: the same calls given
 * references, variables, placeholders, ids, users, hosts, hashes, and calls of the same names that hold no secret.
 * Seeded (REDACT_SEED replays a run); a plant leaks when its value is still in the output.
 */
import { gen, tokenMakers } from './glue15-tokens.js';

export interface Plant24 {
  name: string;
  rel: string;
  text: string;
  value: string;
}

export const SEED = Number(process.env.REDACT_SEED ?? 2401);

/** A shape: its file extension and its text given a value `v` and a user `u`. */
type Shape = [ext: string, make: (v: string, u: string) => string];

export const SHAPES: Record<string, Shape> = {
  // Setters and builders.
  'java-setPassword': ['java', (v, u) => `ds.setUser("${u}");\nds.setPassword("${v}");\n`],
  'kotlin-setPassword': ['kt', (v, u) => `dataSource.apply {\n    username = "${u}"\n    setPassword("${v}")\n}\n`],
  'java-builder-password': [
    'java',
    (v, u) => `Client c = Client.builder()\n    .username("${u}")\n    .password("${v}")\n    .build();\n`,
  ],
  'java-builder-apiKey': [
    'java',
    (v) => `OpenAiService svc = OpenAiService.builder().apiKey("${v}").timeout(30).build();\n`,
  ],
  'kotlin-withApiKey': ['kt', (v) => `val client = Client.create().withApiKey("${v}").withRegion("us-east-1")\n`],
  'rust-builder-token': ['rs', (v) => `let client = ClientBuilder::new()\n    .token("${v}")\n    .build()?;\n`],
  'java-credentials': ['java', (v, u) => `builder.credentials("${u}", "${v}");\n`],
  'py-config-set': ['py', (v) => `config.set("default", "api_key", "${v}")\n`],
  'java-props-put': [
    'java',
    (v, u) => `props.put("mail.smtp.user", "${u}");\nprops.put("mail.smtp.password", "${v}");\n`,
  ],
  'java-props-setProperty': ['java', (v) => `props.setProperty("db.password", "${v}");\n`],
  'java-system-setProperty': ['java', (v) => `System.setProperty("javax.net.ssl.keyStorePassword", "${v}");\n`],
  'go-setenv': ['go', (v) => `os.Setenv("UPSTREAM_TOKEN", "${v}")\n`],
  'js-process-env': ['js', (v) => `process.env.UPSTREAM_KEY = '${v}';\n`],
  'ts-process-env-bracket': ['ts', (v) => `process.env["RELAY_SECRET"] = "${v}";\n`],
  'ruby-env': ['rb', (v) => `ENV['STRIPE_KEY'] = '${v}'\n`],
  'php-putenv': ['php', (v) => `<?php\nputenv("MAILER_PASSWORD=${v}");\n`],
  'py-os-environ': ['py', (v) => `os.environ["RELAY_TOKEN"] = "${v}"\n`],
  'py-setdefault': ['py', (v) => `os.environ.setdefault("UPSTREAM_API_KEY", "${v}")\n`],
  'csharp-setenv': ['cs', (v) => `Environment.SetEnvironmentVariable("RELAY_API_KEY", "${v}");\n`],
  'swift-setenv': ['swift', (v) => `setenv("RELAY_TOKEN", "${v}", 1)\n`],
  'rust-set-var': ['rs', (v) => `std::env::set_var("UPSTREAM_TOKEN", "${v}");\n`],
  // Positional arguments whose meaning comes from the callee.
  'py-basic-auth': ['py', (v, u) => `r = requests.get(url, auth=HTTPBasicAuth('${u}', '${v}'))\n`],
  'py-smtp-login': [
    'py',
    (v, u) => `server = smtplib.SMTP_SSL("smtp.gmail.com", 465)\nserver.login("${u}@gmail.com", "${v}")\n`,
  ],
  'cs-network-credential': ['cs', (v, u) => `client.Credentials = new NetworkCredential("${u}", "${v}");\n`],
  'java-basic-aws': [
    'java',
    (v) => `AWSCredentials creds = new BasicAWSCredentials("AKIA2E0A8F3B244C9986", "${v}");\n`,
  ],
  'py-openai-positional': ['py', (v) => `client = OpenAI("${v}")\n`],
  'js-client-positional': ['js', (v) => `const client = new Client("${v}");\n`],
  'py-jwt-encode': ['py', (v) => `token = jwt.encode({"sub": "42"}, "${v}", algorithm="HS256")\n`],
  'js-jwt-sign': ['js', (v) => `const token = jwt.sign({ sub: 42 }, '${v}', { expiresIn: '1h' });\n`],
  'py-hmac-new': ['py', (v) => `sig = hmac.new(b"${v}", msg, hashlib.sha256).hexdigest()\n`],
  'py-fernet': ['py', (v) => `f = Fernet(b"${v}")\n`],
  'py-aes-new': ['py', (v) => `cipher = AES.new(b"${v}", AES.MODE_GCM)\n`],
  'js-createHmac': ['js', (v) => `const sig = crypto.createHmac('sha256', '${v}').update(body).digest('hex');\n`],
  'rust-bearer-auth': ['rs', (v) => `let res = client.get(url).bearer_auth("${v}").send().await?;\n`],
  'rust-basic-auth': ['rs', (v, u) => `let res = client.get(url).basic_auth("${u}", Some("${v}")).send().await?;\n`],
  'py-redis-positional': ['py', (v) => `r = redis.Redis("cache.internal", 6379, 0, "${v}")\n`],
  'py-redis-strictredis': ['py', (v) => `r = redis.StrictRedis('cache.internal', 6379, 0, '${v}')\n`],
  'py-ftp-login': ['py', (v, u) => `ftp = FTP("ftp.example.com")\nftp.login("${u}", "${v}")\n`],
  'py-ssh-connect': ['py', (v, u) => `ssh.connect("10.0.0.5", username="${u}", password="${v}")\n`],
  'py-ssh-positional': ['py', (v, u) => `ssh.connect("10.0.0.5", 22, "${u}", "${v}")\n`],
  'py-pymysql-connect': ['py', (v, u) => `conn = pymysql.connect("db.internal", "${u}", "${v}", "app")\n`],
  'php-mysqli': ['php', (v, u) => `<?php\n$db = new mysqli("db.internal", "${u}", "${v}", "app");\n`],
  'php-pdo': ['php', (v, u) => `<?php\n$pdo = new PDO('mysql:host=db;dbname=app', '${u}', '${v}');\n`],
  'go-sql-open-dsn': ['go', (v, u) => `db, err := sql.Open("mysql", "${u}:${v}@tcp(db.internal:3306)/app")\n`],
  'java-driver-manager': ['java', (v, u) => `Connection c = DriverManager.getConnection(url, "${u}", "${v}");\n`],
  'ruby-smtp-start': [
    'rb',
    (v, u) => `Net::SMTP.start('smtp.example.com', 587, 'example.com', '${u}', '${v}', :plain)\n`,
  ],
  'swift-credential': [
    'swift',
    (v, u) => `let cred = URLCredential(user: "${u}", password: "${v}", persistence: .forSession)\n`,
  ],
  'go-basic-auth': ['go', (v, u) => `req.SetBasicAuth("${u}", "${v}")\n`],
  'js-imap': [
    'js',
    (v, u) =>
      `const imap = new Imap({ user: '${u}', password: '${v}', host: 'imap.gmail.com' });\nimap.login('${u}', '${v}');\n`,
  ],
  'cs-client-secret-credential': ['cs', (v) => `var cred = new ClientSecretCredential(tenantId, clientId, "${v}");\n`],
  'py-boto3-session': ['py', (v) => `s = boto3.Session("AKIA2E0A8F3B244C9986", "${v}")\n`],
  // Connection strings and DSNs.
  'odbc-braces': [
    'py',
    (v, u) => `cnxn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db;UID=${u};PWD={${v}}")\n`,
  ],
  'odbc-plain': [
    'py',
    (v, u) => `conn_str = 'Driver={SQL Server};Server=db.internal;Database=app;Uid=${u};Pwd=${v};'\n`,
  ],
  adonet: [
    'cs',
    (v, u) =>
      `var cs = "Server=tcp:db.database.windows.net,1433;Database=app;User ID=${u};Password=${v};Encrypt=True;";\n`,
  ],
  'adonet-appsettings': [
    'json',
    (v, u) =>
      `{\n  "ConnectionStrings": {\n    "Default": "Server=db;Database=app;User Id=${u};Password=${v};"\n  }\n}\n`,
  ],
  webconfig: [
    'config',
    (v, u) =>
      `<connectionStrings>\n  <add name="Main" connectionString="Data Source=db;Initial Catalog=app;User ID=${u};Password=${v}" providerName="System.Data.SqlClient" />\n</connectionStrings>\n`,
  ],
  'jdbc-semicolon': [
    'java',
    (v, u) => `String url = "jdbc:sqlserver://db:1433;databaseName=app;user=${u};password=${v};encrypt=true";\n`,
  ],
  'jdbc-query': ['java', (v, u) => `String url = "jdbc:postgresql://db:5432/app?user=${u}&password=${v}&ssl=true";\n`],
  'libpq-keywords': [
    'py',
    (v, u) => `conn = psycopg2.connect("host=db.internal port=5432 dbname=app user=${u} password=${v}")\n`,
  ],
  'oracle-ezconnect': ['sh', (v, u) => `sqlplus ${u}/${v}@db.internal:1521/ORCLPDB1\n`],
  'mongodb-url': [
    'js',
    (v, u) =>
      `const client = new MongoClient("mongodb+srv://${u}:${v}@cluster0.ab12c.mongodb.net/?retryWrites=true");\n`,
  ],
  'amqp-url': [
    'py',
    (v, u) => `conn = pika.BlockingConnection(pika.URLParameters("amqp://${u}:${v}@rabbit.internal:5672/%2F"))\n`,
  ],
  'redis-url': ['env', (v) => `CACHE_URL=redis://:${v}@cache.internal:6379/0\n`],
  'mssql-url': ['ts', (v, u) => `await sql.connect('mssql://${u}:${v}@db.internal/app?encrypt=true');\n`],
  'azure-storage': [
    'json',
    (v) =>
      `{\n  "Storage": "DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=${v}==;EndpointSuffix=core.windows.net"\n}\n`,
  ],
  'azure-servicebus': [
    'cs',
    (v) =>
      `var client = new ServiceBusClient("Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${v}=");\n`,
  ],
  'azure-eventhubs-log': [
    'log',
    (v) =>
      `2026-01-31 10:00:00 INFO connecting with Endpoint=sb://acme-ev.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${v}=;EntityPath=events\n`,
  ],
  'dotenv-conn': ['env', (v, u) => `DB=Server=db;Database=app;User Id=${u};Password=${v};\n`],
  'log-dsn': [
    'log',
    (v, u) => `[info] opening pool host=db.internal port=5432 user=${u} password=${v} sslmode=require\n`,
  ],
};

const USERS = ['svc_app', 'alice', 'deploy', 'reporting', 'etl_user', 'admin', 'mailer', 'ops'];

/** The values: prefix-less random keys, passwords with symbols, and a few prefixed provider keys. */
function values(seed: number, n: number): string[] {
  const r = gen(seed);
  const makers = Object.values(tokenMakers(seed + 7));
  const shapes: (() => string)[] = [
    () => r('alnum', 24 + (n % 13)),
    () => r('hex', 32),
    () => `${r('alnum', 6)}${r('!#%^*~', 1)}${r('alnum', 5)}${r('!#%^*~', 1)}${r('alnum', 6)}`,
    () => `${r('alnum', 4)}${r('dig', 2)}${r('alnum', 10)}`,
    () => r('b64', 40),
    () => makers[Number(r('0123456789', 3)) % makers.length]!(),
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(shapes[i % shapes.length]!());
  return out;
}

const FENCE: Record<string, string> = { py: 'python', js: 'javascript', ts: 'typescript', java: 'java', cs: 'csharp' };

/** A placement of a shape's text: in its own file, in a notebook cell, or in a Markdown code block. */
function placed(ext: string, text: string, k: number): [string, string] {
  if (k % 6 === 4 && ext === 'py') {
    const cell = { cell_type: 'code', metadata: {}, source: text.split(/(?<=\n)/), outputs: [] };
    return ['workspace/explore.ipynb', `${JSON.stringify({ cells: [cell], nbformat: 4 }, null, 1)}\n`];
  }
  if (k % 6 === 5) return ['workspace/NOTES.md', `Connect like this:\n\n\`\`\`${FENCE[ext] ?? ext}\n${text}\`\`\`\n`];
  const dir = ext === 'log' ? 'logs/run.log' : ext === 'env' ? 'workspace/.env.local' : `workspace/app.${ext}`;
  return [ext === 'config' ? 'workspace/web.config' : ext === 'json' ? 'workspace/appsettings.json' : dir, text];
}

/** Every shape with six values, placed in files, cells and Markdown. */
export function plants(seed: number): Plant24[] {
  const out: Plant24[] = [];
  const names = Object.keys(SHAPES);
  const vs = values(seed, names.length * 6);
  let k = 0;
  for (const name of names)
    for (let i = 0; i < 6; i++, k++) {
      const [ext, make] = SHAPES[name]!;
      // A password in a URL or DSN is percent-encoded: the plants there hold no `/` or `+`.
      const v = /url|ezconnect|dsn/.test(name) ? vs[k]!.replace(/[/+]/g, 'Q') : vs[k]!;
      const [rel, text] = placed(ext, make(v, USERS[k % USERS.length]!), k);
      out.push({ name, rel, text, value: v });
    }
  return out;
}

const MARK = 'MARKVALUE';

/** References a call is given instead of a literal, per language. */
const REFS: Record<string, string[]> = {
  py: ['os.environ["DB_PASSWORD"]', 'os.getenv("API_KEY")', 'settings.API_KEY', 'password', 'config.get("api_key")'],
  js: ['process.env.API_KEY', 'process.env["DB_PASSWORD"]', 'password', 'config.get("apiKey")', 'opts.token'],
  java: ['System.getenv("DB_PASSWORD")', 'props.getProperty("db.password")', 'password', 'cfg.apiKey()', 'secret'],
  cs: ['Environment.GetEnvironmentVariable("DB_PASSWORD")', 'config["ApiKey"]', 'password', 'options.Secret'],
  go: ['os.Getenv("API_TOKEN")', 'cfg.Password', 'token', 'viper.GetString("api_key")'],
  rs: ['&token', 'std::env::var("API_TOKEN")?', 'cfg.password.as_str()', 'api_key'],
  rb: ['ENV.fetch("SMTP_PASSWORD")', 'password', 'Rails.application.credentials.smtp_password'],
  php: ['getenv("DB_PASSWORD")', '$password', '$_ENV["MAIL_PASS"]'],
  swift: ['password', 'ProcessInfo.processInfo.environment["TOKEN"] ?? ""', 'keychain.password'],
  kt: ['System.getenv("API_KEY")', 'password', 'BuildConfig.API_KEY'],
  ts: ['process.env.DB_PASSWORD!', 'password', 'config.get<string>("db.password")'],
};

/** Values a slot holds that are no secret: placeholders, masks, templates, empty. */
const PLACEHOLDERS = [
  'changeme',
  '<password>',
  '***',
  '${DB_PASSWORD}',
  'your-api-key-here',
  '{password}',
  'xxxxxxxxxxxxxxxx',
  '<YOUR_API_KEY>',
  'REPLACE_ME',
  '%(password)s',
];

/** Calls of the same names and connection strings that hold no secret; ids, hashes, models, hosts. */
function sameNames(seed: number): string[] {
  const r = gen(seed);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  const out: string[] = [];
  for (let i = 0; i < 3; i++)
    out.push(
      `policy.setPasswordPolicy("${['strict', 'default', 'legacy'][i]}");\n`,
      `auth = OAuth2Session(client_id).token_type("bearer")\n`,
      `filter.setApiKeyHeaderName("X-Api-Key");\n`,
      `builder.setClientId("${uuid()}").setTenantId("${uuid()}");\n`,
      `Client c = Client.builder().username("svc_app").endpoint("https://api.example.com").model("gpt-4o-mini").build();\n`,
      `props.put("mail.smtp.host", "smtp.gmail.com");\nprops.put("mail.smtp.port", "587");\n`,
      `System.setProperty("https.proxyHost", "proxy.internal");\n`,
      `os.Setenv("GOFLAGS", "-mod=mod")\nos.Setenv("COMMIT_SHA", "${r('hex', 40)}")\n`,
      `process.env.NODE_ENV = 'production';\nprocess.env.BUILD_ID = '${uuid()}';\n`,
      `ENV['RAILS_ENV'] = 'production'\n`,
      `config.set("default", "model", "claude-3-5-sonnet-20241022")\n`,
      `digest = hashlib.sha256(b"${r('alnum', 10)} release notes").hexdigest()\n`,
      `const h = crypto.createHash('sha256').update('${r('hex', 40)}').digest('hex');\n`,
      `cnxn = pyodbc.connect("DRIVER={ODBC Driver 18 for SQL Server};SERVER=db;DATABASE=app;Trusted_Connection=yes")\n`,
      `var cs = "Server=db;Database=app;Integrated Security=True;Encrypt=True;";\n`,
      `String url = "jdbc:postgresql://db:5432/app?user=svc_app&ssl=true&sslmode=require";\n`,
      `conn = psycopg2.connect("host=db.internal port=5432 dbname=app user=svc_app sslmode=require")\n`,
      `const client = new MongoClient("mongodb://localhost:27017/app");\n`,
      `r = redis.Redis("cache.internal", 6379, 0)\n`,
      `ssh.connect("10.0.0.5", username="deploy", key_filename="/home/deploy/.ssh/id_ed25519")\n`,
      `client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n`,
      `const client = new Client({ region: "us-east-1", requestId: "${uuid()}" });\n`,
      `token = jwt.encode(payload, settings.SECRET_KEY, algorithm="HS256")\n`,
      `sig = hmac.new(key, msg, hashlib.sha256).hexdigest()\n`,
      `let res = client.get(url).bearer_auth(&token).send().await?;\n`,
      `"Storage": "DefaultEndpointsProtocol=https;AccountName=acmedata;AccountKey=<storage-key>;EndpointSuffix=core.windows.net"\n`,
      `server.login(user, password)\n`,
      `$db = new mysqli("db.internal", "app", getenv("DB_PASSWORD"), "app");\n`,
    );
  return out;
}

export interface Twin24 {
  rel: string;
  text: string;
}

/** The shapes given references and placeholders, and same-named calls that hold nothing, byte for byte. */
export function twins(seed: number): Twin24[] {
  const out: Twin24[] = [];
  let k = 0;
  for (const name of Object.keys(SHAPES)) {
    const [ext, make] = SHAPES[name]!;
    // The access key id beside an AWS secret is redacted on its own: a twin names it by a variable.
    const text = make(MARK, USERS[k % USERS.length]!).replace('"AKIA2E0A8F3B244C9986"', 'accessKeyId');
    const refs = REFS[ext];
    const quoted = new RegExp(`b?(["'])${MARK}\\1`);
    if (refs && quoted.test(text)) {
      const ref = refs[k % refs.length]!;
      const [rel, t] = placed(ext, text.replace(quoted, ref.replace(/\$/g, '$$$$')), k);
      out.push({ rel, text: t });
    }
    const p = PLACEHOLDERS[k % PLACEHOLDERS.length]!;
    const [rel, t] = placed(ext, text.split(MARK).join(p), k + 1);
    out.push({ rel, text: t });
    k++;
  }
  for (const text of sameNames(seed)) out.push({ rel: `workspace/snippets.${k++ % 2 ? 'java' : 'py'}`, text });
  return out;
}
