/**
 * Fake secrets for the redaction tests, generated at test time from fragments (no token-shaped
 * literal is committed), one per family of ../shared/secrets.md §B.4 and a few more, each with
 * a realistic context line; and look-alikes that must survive redaction byte for byte.
 */

/** A small seeded PRNG (mulberry32): every run plants different values when the seed changes. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = LOWER.toUpperCase();
const DIGITS = '0123456789';
export const CHARSETS = {
  alnum: LOWER + UPPER + DIGITS,
  word: LOWER + UPPER + DIGITS + '_',
  urlsafe: LOWER + UPPER + DIGITS + '_-',
  letters: LOWER + UPPER,
  hex: DIGITS + 'abcdef',
  lowerAlnum: LOWER + DIGITS,
  base32: UPPER + '234567',
  upperAlnum: UPPER + DIGITS,
  digits: DIGITS,
  b64: LOWER + UPPER + DIGITS + '+/',
} as const;

/** A seeded generator of random strings over one of the charsets. */
export function randomStrings(seed: number): (set: keyof typeof CHARSETS, n: number) => string {
  const rand = rng(seed);
  return (set, n) => {
    let s = '';
    for (let i = 0; i < n; i++) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
    return s;
  };
}

/** A seeded generator: an integer below k, a string over one of CHARSETS, one item of a list. */
export interface SeededGen {
  int: (k: number) => number;
  pick: (set: keyof typeof CHARSETS, n: number) => string;
  one: <T>(xs: readonly T[]) => T;
}

export function seededGen(seed: number): SeededGen {
  const rand = rng(seed);
  const int = (k: number): number => Math.floor(rand() * k);
  const pick = (set: keyof typeof CHARSETS, n: number): string =>
    Array.from({ length: n }, () => CHARSETS[set][int(CHARSETS[set].length)]).join('');
  return { int, pick, one: (xs) => xs[int(xs.length)]! };
}

/** Random bytes drawn from a seed (a test's `randomBytes`, replayable: REDACT_SEED). */
export function seededBytes(seed: number): (n: number) => Buffer {
  const rand = rng(seed);
  return (n) => {
    const out = Buffer.alloc(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(rand() * 256);
    return out;
  };
}

/**
 * A UUID spelled from 32 hex digits (the tests' one UUID helper); `v4`: version 4, variant `a` (the 13th and 17th
 * digits replaced), as uuid4() writes them.
 */
export function uuidOf(hex: string, v4 = false): string {
  const h = hex;
  return v4
    ? `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`
    : `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface FakeSecret {
  family: string;
  /** The secret itself. */
  value: string;
  /** A line the way it turns up in a log, config or transcript. */
  context: string;
  /** True when only the key name (not the value's shape) identifies it. */
  byKeyName?: boolean;
}

/** Builds the corpus of fakes. The same seed gives the same values. */
export function fakeSecrets(seed = 20261125): FakeSecret[] {
  const r = randomStrings(seed);
  const sk = ['s', 'k'].join('');
  const oaiMarker = ['T3Bl', 'bkFJ'].join('');
  const pemBody = (lines: number) =>
    Array.from({ length: lines }, (_, i) => (i === 0 ? 'MI' + r('b64', 62) : r('b64', 64))).join('\n');
  const begin = (kind: string) => ['-----BEG', `IN ${kind}PRIVATE KEY-----`].join('');
  const end = (kind: string) => ['-----EN', `D ${kind}PRIVATE KEY-----`].join('');
  const jwt =
    ['ey', 'J'].join('') + r('urlsafe', 30) + '.' + ['ey', 'J'].join('') + r('urlsafe', 60) + '.' + r('urlsafe', 43);
  const pem = `${begin('RSA ')}\n${pemBody(6)}\n${end('RSA ')}`;
  const gcpKey = `${begin('')}\\n${pemBody(5).replace(/\n/g, '\\n')}\\n${end('')}\\n`;
  const v = {
    openaiProj: `${sk}-proj-${r('urlsafe', 74)}${oaiMarker}${r('urlsafe', 74)}`,
    openaiSvc: `${sk}-svcacct-${r('urlsafe', 58)}${oaiMarker}${r('urlsafe', 58)}`,
    openaiLegacy: `${sk}-${r('alnum', 20)}${oaiMarker}${r('alnum', 20)}`,
    anthropic: `${sk}-ant-api03-${r('urlsafe', 93)}AA`,
    anthropicAdmin: `${sk}-ant-admin01-${r('urlsafe', 93)}AA`,
    google: `${'AI'}${'za'}Sy${r('urlsafe', 33)}`,
    awsId: `${'AK'}${'IA'}${r('base32', 16)}`,
    awsSecret: r('b64', 40),
    awsSts: `${'AS'}${'IA'}${r('base32', 16)}`,
    ghp: `${'gh'}p_${r('alnum', 36)}`,
    ghs: `${'gh'}s_${r('alnum', 36)}`,
    ghr: `${'gh'}r_${r('alnum', 36)}`,
    ghFine: `${'github'}_pat_${r('alnum', 22)}_${r('alnum', 59)}`,
    gitlab: `${'gl'}pat-${r('urlsafe', 20)}`,
    slackBot: `${'xo'}xb-${r('digits', 11)}-${r('digits', 12)}-${r('alnum', 24)}`,
    slackUser: `${'xo'}xp-${r('digits', 11)}-${r('digits', 11)}-${r('digits', 12)}-${r('hex', 32)}`,
    slackHook: `https://hooks.${'slack'}.com/services/T${r('upperAlnum', 9)}/B${r('upperAlnum', 9)}/${r('alnum', 24)}`,
    stripe: `${sk}_live_${r('alnum', 32)}`,
    stripeHook: `${'wh'}sec_${r('alnum', 32)}`,
    hf: `${'h'}f_${r('letters', 34)}`,
    groq: `${'gs'}k_${r('alnum', 52)}`,
    xai: `${'xa'}i-${r('word', 80)}`,
    openrouter: `${sk}-or-v1-${r('hex', 64)}`,
    deepseek: `${sk}-${r('hex', 32)}`,
    together: `${'tgp'}_v1_${r('urlsafe', 43)}`,
    perplexity: `${'pp'}lx-${r('alnum', 48)}`,
    cerebras: `${'cs'}k-${r('lowerAlnum', 48)}`,
    azure: r('hex', 32),
    zai: `${r('hex', 32)}.${r('alnum', 16)}`,
    npm: `${'np'}m_${r('alnum', 36)}`,
    bearer: r('alnum', 20) + '.' + r('urlsafe', 20),
    telegram: `${r('digits', 10)}:AA${r('urlsafe', 33)}`,
    dbPassword: r('alnum', 22),
    mcpToken: r('alnum', 40),
  };
  return [
    { family: 'openai-project', value: v.openaiProj, context: `OPENAI_API_KEY=${v.openaiProj}` },
    { family: 'openai-service-account', value: v.openaiSvc, context: `{"api_key": "${v.openaiSvc}"}` },
    { family: 'openai-legacy', value: v.openaiLegacy, context: `openai.api_key = '${v.openaiLegacy}'` },
    { family: 'anthropic', value: v.anthropic, context: `export ANTHROPIC_API_KEY=${v.anthropic}` },
    { family: 'anthropic-admin', value: v.anthropicAdmin, context: `x-api-key: ${v.anthropicAdmin}` },
    { family: 'google', value: v.google, context: `GEMINI_API_KEY: ${v.google}` },
    { family: 'aws-access-key-id', value: v.awsId, context: `aws_access_key_id = ${v.awsId}` },
    {
      family: 'aws-secret-access-key',
      value: v.awsSecret,
      context: `aws_secret_access_key = ${v.awsSecret}`,
      byKeyName: true,
    },
    { family: 'aws-sts', value: v.awsSts, context: `AWS_ACCESS_KEY_ID=${v.awsSts}` },
    {
      family: 'github-classic',
      value: v.ghp,
      context: `git clone https://x-access-token:${v.ghp}@github.com/org/repo.git`,
    },
    { family: 'github-app', value: v.ghs, context: `GH_TOKEN=${v.ghs}` },
    { family: 'github-refresh', value: v.ghr, context: `refresh_token: ${v.ghr}` },
    { family: 'github-fine-grained', value: v.ghFine, context: `GITHUB_TOKEN: ${v.ghFine}` },
    { family: 'gitlab', value: v.gitlab, context: `token=${v.gitlab}` },
    { family: 'slack-bot', value: v.slackBot, context: `SLACK_BOT_TOKEN=${v.slackBot}` },
    { family: 'slack-user', value: v.slackUser, context: `slack token ${v.slackUser} for the workspace` },
    { family: 'slack-webhook', value: v.slackHook, context: `webhook_url: ${v.slackHook}` },
    { family: 'stripe', value: v.stripe, context: `STRIPE_SECRET_KEY=${v.stripe}` },
    { family: 'stripe-webhook', value: v.stripeHook, context: `STRIPE_WEBHOOK_SECRET=${v.stripeHook}` },
    { family: 'huggingface', value: v.hf, context: `HF_TOKEN=${v.hf}` },
    { family: 'groq', value: v.groq, context: `GROQ_API_KEY=${v.groq}` },
    { family: 'xai', value: v.xai, context: `XAI_API_KEY=${v.xai}` },
    { family: 'openrouter', value: v.openrouter, context: `OPENROUTER_API_KEY=${v.openrouter}` },
    { family: 'deepseek', value: v.deepseek, context: `DEEPSEEK_API_KEY=${v.deepseek}` },
    { family: 'together', value: v.together, context: `TOGETHER_API_KEY=${v.together}` },
    { family: 'perplexity', value: v.perplexity, context: `PERPLEXITY_API_KEY=${v.perplexity}` },
    { family: 'cerebras', value: v.cerebras, context: `CEREBRAS_API_KEY=${v.cerebras}` },
    { family: 'azure-openai', value: v.azure, context: `AZURE_OPENAI_API_KEY=${v.azure}`, byKeyName: true },
    { family: 'zai', value: v.zai, context: `ZAI_API_KEY=${v.zai}`, byKeyName: true },
    { family: 'npm', value: v.npm, context: `//registry.npmjs.org/:_authToken=${v.npm}` },
    { family: 'jwt', value: jwt, context: `Authorization: Bearer ${jwt}` },
    { family: 'pem-private-key', value: pem, context: pem },
    {
      family: 'gcp-service-account',
      value: gcpKey,
      context: `{"type": "service_account", "project_id": "demo-project", "private_key": "${gcpKey}", "client_email": "bot@demo-project.iam.gserviceaccount.com"}`,
    },
    {
      family: 'url-password',
      value: v.dbPassword,
      context: `DATABASE_URL=postgres://massgen:${v.dbPassword}@db.internal:5432/runs`,
    },
    {
      family: 'bearer-header',
      value: v.bearer,
      context: `curl -H 'Authorization: Bearer ${v.bearer}' https://api.example.test/v1`,
    },
    { family: 'telegram', value: v.telegram, context: `TELEGRAM_BOT_TOKEN=${v.telegram}` },
    { family: 'mcp-env-token', value: v.mcpToken, context: `BRAVE_API_KEY: ${v.mcpToken}`, byKeyName: true },
  ];
}

/** Several 10-character windows of a value: a partial leak of any of them fails a test. */
export function windows(value: string): string[] {
  const flat = value.replace(/\\n|\n/g, '');
  if (flat.length <= 10) return [flat];
  const starts = [
    0,
    Math.floor(flat.length / 4),
    Math.floor(flat.length / 2),
    Math.floor((3 * flat.length) / 4),
    flat.length - 10,
  ];
  return [...new Set(starts.map((s) => flat.slice(s, s + 10)).filter((w) => w.length === 10))];
}

/** Finds the windows of any planted value present in `text`: each hit is a leak. */
export function leaks(text: string, secrets: readonly FakeSecret[]): string[] {
  const hay = text.replace(/\\n|\n/g, '');
  const found: string[] = [];
  for (const s of secrets) for (const w of windows(s.value)) if (hay.includes(w)) found.push(`${s.family}: …${w}…`);
  return found;
}

/** Text that looks like secrets to a careless scanner and must come out byte-identical. */
export function lookAlikes(seed = 7): string[] {
  const r = randomStrings(seed);
  const uuid = `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  return [
    `tool_use id: toolu_01${r('alnum', 22)}`,
    `"id": "chatcmpl-${r('alnum', 29)}"`,
    `"tool_call_id": "call_${r('alnum', 24)}"`,
    `request-id: req_${r('alnum', 24)}`,
    `"message_id": "msg_01${r('alnum', 22)}"`,
    `commit ${r('hex', 40)}`,
    `sha256: ${r('hex', 64)}`,
    `"integrity": "sha512-${r('b64', 86)}=="`,
    `run ${uuid} finished`,
    `<img src="data:image/png;base64,iVBORw0KGgo${r('b64', 400)}=">`,
    'api_key: ${OPENAI_API_KEY}',
    '    api_key: ${ANTHROPIC_API_KEY}',
    'max_tokens: 4096',
    '"input_tokens": 603562, "output_tokens": 21279',
    'token_source: "api"',
    '"token_usage": {"input_tokens": 1, "output_tokens": 1}',
    'secret_name: db-creds-production',
    'password_file: /run/secrets/db_password',
    '"session_id": "attempt_1", "winner": "agent_b"',
    `task-${r('alnum', 36)} risk-${r('alnum', 36)} ghost_${r('alnum', 36)}`,
    'model: gpt-5.1-mini and claude-sonnet-4-5 and gemini-2.5-pro',
    `"api_key_env": "OPENAI_API_KEY", "base_url": "https://api.openai.com/v1"`,
    `https://docs.example.test/guide?page=2&sort=asc`,
    `export PATH=/usr/local/bin:/usr/bin:/bin`,
  ];
}

/** Every way a value is planted: raw, in a JSON string with \n escapes, ANSI-coloured, YAML, Python repr. */
export function encodings(s: FakeSecret): Record<string, string> {
  const multiLine = s.value.includes('\n');
  const yamlValue = multiLine
    ? `|\n${s.value
        .split('\n')
        .map((l) => `      ${l}`)
        .join('\n')}`
    : s.value;
  const pyValue = s.value.replace(/\n/g, '\\n');
  return {
    raw: s.context,
    json: JSON.stringify({ log: `env dump:\n${s.context}\ndone`, step: 3 }),
    ansi: `\u001b[31m${s.context}\u001b[0m and more`,
    yaml: `agents:\n  - id: agent_a\n    backend:\n      type: openai\n      api_key: ${yamlValue}\n      model: gpt-5.1\n`,
    yamlQuoted: multiLine ? `x: 1\n` : `backend:\n  api_key: "${s.value}"\n  other: 'x'\n`,
    mcpEnv: multiLine
      ? `x: 1\n`
      : `mcp_servers:\n  - name: search\n    env:\n      SERVICE_TOKEN: ${s.value}\n    headers:\n      Authorization: Bearer ${s.value}\n`,
    pythonRepr: `{'backend': {'type': 'openai', 'api_key': '${pyValue}', 'model': 'gpt-5.1'}}`,
  };
}
