/**
 * Attack 13's categories, planted at test time from fragments (no token-shaped literal is committed): tokens glued to
 * each other or to a word (glued), tokens wrapped across lines (wrapped), prefix-less keys with no name beside them
 * (unnamed); and benign twins of each that must come out byte for byte.
 */
import { randomStrings, rng } from './fake-secrets.js';

export interface Plant {
  category: string;
  /** The secrets the text holds (each must be gone, every 10-character window of it). */
  secrets: string[];
  text: string;
}

type Gen = ReturnType<typeof randomStrings>;

/** Token families with a distinctive prefix, each a maker of a fresh value. */
export function families(r: Gen): Record<string, () => string> {
  const sk = ['s', 'k'].join('');
  return {
    ghp: () => `${'gh'}p_${r('alnum', 36)}`,
    gho: () => `${'gh'}o_${r('alnum', 36)}`,
    ghs: () => `${'gh'}s_${r('alnum', 36)}`,
    ghFine: () => `${'github'}_pat_${r('alnum', 22)}_${r('alnum', 59)}`,
    npm: () => `${'np'}m_${r('alnum', 36)}`,
    notion: () => `${'nt'}n_${r('digits', 11)}${r('alnum', 35)}`,
    anthropic: () => `${sk}-ant-api03-${r('urlsafe', 93)}AA`,
    openaiProj: () => `${sk}-proj-${r('urlsafe', 74)}${['T3Bl', 'bkFJ'].join('')}${r('urlsafe', 74)}`,
    slackBot: () => `${'xo'}xb-${r('digits', 11)}-${r('digits', 12)}-${r('alnum', 24)}`,
    gitlab: () => `${'gl'}pat-${r('urlsafe', 20)}`,
    groq: () => `${'gs'}k_${r('alnum', 52)}`,
    digitalocean: () => `${'do'}p_v1_${r('hex', 64)}`,
    stripe: () => `${sk}_live_${r('alnum', 32)}`,
    perplexity: () => `${'pp'}lx-${r('alnum', 48)}`,
    xai: () => `${'xa'}i-${r('alnum', 80)}`,
    openrouter: () => `${sk}-or-v1-${r('hex', 64)}`,
    render: () => `${'rn'}d_${r('alnum', 32)}`,
    tavily: () => `${'tv'}ly-${r('alnum', 32)}`,
  };
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

/** Tokens glued to each other, to words and names, in logs, JSON, headers and base64. */
export function gluedPlants(seed: number): Plant[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 1);
  const fam = families(r);
  const makers = Object.values(fam);
  const out: Plant[] = [];
  const words = [
    'token',
    'MY_KEY',
    'Bearer',
    'key',
    'apikey',
    'secret',
    'x',
    'GITHUB_TOKEN',
    'auth',
    '2024',
    'valueIs',
    'TOKEN',
  ];
  const frames: ((s: string) => string)[] = [
    (s) => s,
    (s) => `[agent_a] env: ${s}\n`,
    (s) => JSON.stringify({ log: s, step: 2 }),
    (s) => `{"a":"${s}","b":1}`,
    (s) => `curl -H 'Authorization:Bearer${s}' https://api.example.test`,
    (s) => `  - ${s}\n`,
    (s) => `print("${s}")`,
    (s) => `<td>${s}</td>`,
  ];
  for (let i = 0; i < 60; i++) {
    const a = pick(rand, makers)();
    const b = pick(rand, makers)();
    out.push({ category: 'glued: two tokens', secrets: [a, b], text: pick(rand, frames)(a + b) });
  }
  for (let i = 0; i < 60; i++) {
    const a = pick(rand, makers)();
    out.push({ category: 'glued: word before', secrets: [a], text: pick(rand, frames)(pick(rand, words) + a) });
  }
  for (let i = 0; i < 20; i++) {
    const [a, b, c] = [pick(rand, makers)(), pick(rand, makers)(), pick(rand, makers)()];
    out.push({ category: 'glued: three tokens', secrets: [a, b, c], text: pick(rand, frames)(`${a}${b}${c}`) });
  }
  for (let i = 0; i < 20; i++) {
    const a = pick(rand, makers)();
    const b = pick(rand, makers)();
    const inner = i % 2 === 0 ? a + b : pick(rand, words) + a;
    out.push({
      category: 'glued: base64 of glued tokens',
      secrets: [a, b],
      text: `payload: ${Buffer.from(inner).toString('base64')}\n`,
    });
  }
  for (let i = 0; i < 20; i++) {
    const a = pick(rand, makers)();
    const b = pick(rand, makers)();
    out.push({ category: 'glued: array without spaces', secrets: [a, b], text: `["${a}","${b}"]` });
  }
  // Only the secrets the text really holds are checked (a base64 of word+token holds one).
  return out.map((p) =>
    p.category === 'glued: base64 of glued tokens'
      ? { ...p, secrets: p.secrets.filter((s) => Buffer.from(p.text.slice(9, -1), 'base64').toString().includes(s)) }
      : p,
  );
}

/** Look-alikes of glued tokens that must stay: prefixes inside words, non-random bodies, hashes, CSS, paths. */
export function gluedTwins(seed: number): string[] {
  const r = randomStrings(seed);
  const out: string[] = [];
  const gh = `${'gh'}p_`;
  for (let i = 0; i < 8; i++) {
    out.push(
      `pip install scikit-learn && python -c "import sklearn" # sk-learn ${r('lowerAlnum', 6)}`,
      `task-${r('alnum', 48)} risk-${r('alnum', 40)} disk-${r('alnum', 36)} ask-${r('alnum', 32)}`,
      `mask_sk-${r('alnum', 48)}`,
      `ls /tmp/${gh}cache/${r('lowerAlnum', 8)}`,
      `def my${gh}token_helper_${r('letters', 6)}(): pass`,
      `<div class="btn-primary note${gh}button card-${r('lowerAlnum', 6)}">`,
      `${r('hex', 40)}${r('hex', 40)}`,
      `monkey-${r('hex', 32)} hotkey-${r('hex', 32)}`,
      `"integrity": "sha512-${r('b64', 86)}=="`,
      `token${gh}${r('letters', 36).toLowerCase()}`,
      `${r('alnum', 30)}_${gh}${r('alnum', 36)}-${r('alnum', 10)}`,
      `SLACK_BOT_TOKEN=${'xo'}xb-your-token-here`,
      `npm_config_cache=/home/u/.npm npm_lifecycle_event=${r('letters', 6).toLowerCase()}`,
      `const rnd_seed_${r('letters', 4)} = Math.random();`,
      `https://github.com/org/repo/blob/${r('hex', 40)}/src/${gh}client.ts`,
      `call_${r('alnum', 24)}toolu_01${r('alnum', 22)}`,
      `uses: actions/checkout@${r('hex', 40)}`,
      `"message_id": "msg_01${r('alnum', 22)}", "sha": "${r('hex', 64)}"`,
      `secretsmanager-${r('lowerAlnum', 8)} key-value-store`,
      `ghp_ and gho_ and ghs_ are GitHub's prefixes; sk-ant- is Anthropic's, xoxb- is Slack's.`,
    );
  }
  return out;
}

/** Wraps `line` at `width` columns, each continuation after `prefix` (and `end` before each break). */
function wrap(line: string, width: number, prefix: string, end = ''): string {
  const parts: string[] = [];
  for (let i = 0; i < line.length; i += width) parts.push(line.slice(i, i + width));
  return parts.map((p, i) => (i === 0 ? p : prefix + p)).join(`${end}\n`);
}

/** Tokens and webhook URLs hard-wrapped at a column, in prose, quoted mail, terminal boxes, shell and JSON. */
export function wrappedPlants(seed: number): Plant[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 2);
  const fam = families(r);
  const upper = (n: number): string => r('upperAlnum', n);
  const makers: Record<string, () => string> = {
    slackHook: () => `https://hooks.${'slack'}.com/services/T${upper(10)}/B${upper(10)}/${r('alnum', 24)}`,
    telegram: () => `${1 + Math.floor(rand() * 8)}${r('digits', 9)}:AA${r('urlsafe', 33)}`,
    discordHook: () =>
      `https://discord.com/api/webhooks/${1 + Math.floor(rand() * 8)}${r('digits', 17)}/${r('urlsafe', 68)}`,
    ghp: fam.ghp!,
    anthropic: fam.anthropic!,
    slackBot: fam.slackBot!,
  };
  const leads = [
    'The webhook for the alerts channel is ',
    'Use this bot token: ',
    'I configured the notifier with ',
    'SLACK_WEBHOOK_URL=',
    'export TELEGRAM_BOT_TOKEN=',
    '- webhook: ',
    'Token (keep it private): ',
    '',
  ];
  const styles: [string, (t: string, w: number) => string][] = [
    ['plain', (t, w) => wrap(t, w, '')],
    ['indented', (t, w) => wrap(t, w, '    ')],
    ['mail quote', (t, w) => `> ${wrap(t, w, '> ')}`],
    ['shell continuation', (t, w) => wrap(t, w, '', '\\')],
    ['box border', (t, w) => `│ ${wrap(t, w, '│ ', ' │')} │`],
    ['json string', (t, w) => JSON.stringify({ content: wrap(t, w, '') })],
    ['comment', (t, w) => `# ${wrap(t, w, '# ')}`],
  ];
  const out: Plant[] = [];
  for (const [name, make] of Object.entries(makers)) {
    for (let i = 0; i < 24; i++) {
      const secret = make();
      const lead = pick(rand, leads);
      const [style, render] = styles[i % styles.length]!;
      // Wrapped at 40 to 100 columns: the breaks fall anywhere in the token, as the lead before it moves them.
      const width = 40 + Math.floor(rand() * 61);
      out.push({
        category: `wrapped: ${name}, ${style}`,
        // A Discord webhook's secret is its token (the rule keeps the URL and the webhook's id readable).
        secrets: [name === 'discordHook' ? secret.slice(secret.lastIndexOf('/') + 1) : secret],
        text: `${render(lead + secret, width)}\nThanks.\n`,
      });
    }
  }
  return out;
}

/** Benign lines wrapped the same ways: prose, URLs, code, ids and timestamps that must stay. */
export function wrappedTwins(seed: number): string[] {
  const r = randomStrings(seed);
  const out: string[] = [];
  for (let i = 0; i < 10; i++) {
    const prose =
      'The deployment finished after the agents compared their answers, and the webhook integration ' +
      `documented at https://api.slack.com/messaging/webhooks explains how to post ${r('letters', 5)} messages.`;
    out.push(
      wrap(prose, 60 + i, ''),
      `> ${wrap(prose, 50 + i, '> ')}`,
      wrap(`See https://github.com/org/repo/commit/${r('hex', 40)} for the ${r('letters', 4)} fix`, 40 + i, '  '),
      `${1700000000 + i}:AA is the epoch and a label\n${r('lowerAlnum', 20)} more`,
      wrap(`const value = computeSomething(${r('letters', 30)}, ${r('letters', 20)});`, 30 + i, '    '),
      `│ ${wrap(`step ${i}: ${r('hex', 64)}`, 40, '│ ', ' │')} │`,
      `https://hooks.${'slack'}.com/services/\nis where incoming webhooks live (see the docs).`,
      `Timestamp 20260101${r('digits', 4)}:\nAAAA-${r('lowerAlnum', 6)} is a build label`,
      wrap(`uuid ${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)} done`, 20, ''),
      `TOKEN=gh\nhello world, this line is prose`,
    );
  }
  return out;
}

/**
 * Prefix-less keys (32–64 random characters) with no name beside them, in a JSON object's key, a comment and a
 * spreadsheet cell; `named` is where the same value is given under a name elsewhere in the export (learned.ts).
 */
export function unnamedPlants(seed: number): (Plant & { named: string })[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 3);
  const out: (Plant & { named: string })[] = [];
  const names = ['MISTRAL_API_KEY', 'COHERE_API_KEY', 'api_key', 'DEEPGRAM_API_KEY', 'token'];
  const places: [string, (v: string) => string][] = [
    ['json object key', (v) => `{"${v}": {"model": "mistral-large", "rpm": 60}}`],
    ['comment', (v) => `/* temp: ${v} */\nconst client = new Client();`],
    ['hash comment', (v) => `# old one: ${v}\nclient = Client()`],
    ['spreadsheet cell', (v) => `team,owner,notes\nresearch,ana,${v}\n`],
    ['yaml map key', (v) => `keys:\n  ${v}:\n    model: mistral-large\n`],
  ];
  for (let i = 0; i < 50; i++) {
    const v = r('alnum', 32 + Math.floor(rand() * 33));
    const [place, make] = places[i % places.length]!;
    const name = pick(rand, names);
    out.push({
      category: `unnamed: ${place}`,
      secrets: [v],
      text: make(v),
      named: i % 2 === 0 ? `${name}=${v}\n` : `backend:\n  ${name.toLowerCase()}: ${v}\n`,
    });
  }
  return out;
}

/** Random-looking values with no name that must stay: ids, hashes, base64 images, lockfile integrity, bundles. */
export function unnamedTwins(seed: number): string[] {
  const r = randomStrings(seed);
  const out: string[] = [];
  for (let i = 0; i < 6; i++) {
    out.push(
      `{"${r('hex', 40)}": {"model": "gpt-5.1", "tokens": 12}}`,
      `{"${r('hex', 8)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 4)}-${r('hex', 12)}": {"status": "done"}}`,
      `/* build: ${r('hex', 32)} */`,
      `"integrity": "sha512-${r('b64', 86)}=="`,
      `<img src="data:image/png;base64,iVBORw0KGgo${r('b64', 200)}=">`,
      `commit ${r('hex', 40)}\nAuthor: A <a@b.c>`,
      `var ${r('letters', 2)}=function(${r('letters', 1)}){return ${r('letters', 3)}.${r('letters', 8)}(${r('letters', 1)})};`,
      `id,sha\n1,${r('hex', 64)}\n`,
    );
  }
  return out;
}
