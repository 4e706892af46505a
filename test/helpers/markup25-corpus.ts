/**
 * Round 25 (issue 11, group "markup"): secrets in documents and markup an agent writes or a user pastes. HTML, XML,
 * JSX, template and CSS comments; Markdown image alt text, link titles and reference definitions, HTML `alt`,
 * `title`, `data-*` and `<meta content>`; Office documents (pptx speaker notes, docx comments, footnotes and headers,
 * xlsx shared strings and cell comments) whose XML splits the key across runs; box-drawn tables CLIs print for secret
 * stores (Doppler, Vault, 1Password, Heroku, psql-style `+---+`), wrapped onto continuation rows or coloured with ANSI;
 * secrets as a directory or file name; a key as a URL path segment after a provider host that says what it is. Each
 * has twins: the same placements holding ids, hashes, UUIDs, references, placeholders and words. Seeded (REDACT_SEED).
 */
import { zipOf } from './eval-carriers.js';
import { gen, tokenMakers, type Gen } from './glue15-tokens.js';

export const SEED = Number(process.env.REDACT_SEED ?? 2501);

export interface TextCase {
  /** `category/layout/value-kind`. */
  name: string;
  rel: string;
  text: string;
  /** The planted value (plants only). */
  value: string;
}

export interface CarrierCase {
  name: string;
  buf: Buffer;
  value: string;
}

type Layout = (label: string, value: string, r: Gen) => string;

/** Provider keys with their prefixes, and prefix-less values that only their label makes secret. */
function values(seed: number): [string, string][] {
  const t = tokenMakers(seed);
  const r = gen(seed + 1);
  return [
    ['openai', t['openai-api-key/proj']!()],
    ['anthropic', t['anthropic-api-key']!()],
    ['github', t['github-token']!()],
    ['slack', t['slack-token']!()],
    ['aws', t['aws-access-key-id']!()],
    ['google', t['google-api-key']!()],
    ['alnum', `${r('alnum', 37)}${r('dig', 3)}`],
    ['hex', r('hex', 64)],
    ['b64', `${r('b64', 42)}==`],
    ['password', `${r('alnum', 6)}${r('#$%*@^~!', 1)}${r('alnum', 7)}${r('dig', 2)}${r('#%*@', 1)}`],
  ];
}

/** Benign look-alikes: ids, hashes, UUIDs, references, placeholders, words, counters, timestamps. */
function benign(): [string, string][] {
  return [
    ['env-ref', 'process.env.OPENAI_API_KEY'],
    ['py-ref', "os.environ['ANTHROPIC_API_KEY']"],
    ['placeholder', '<your-key>'],
    ['elided', 'sk-...'],
    ['xs', 'xxxxxxxxxxxxxxxx'],
    ['words', 'stored in the vault'],
    ['path', '~/.config/acme/credentials.json'],
    ['var', '${OPENAI_API_KEY}'],
    ['mask', '****************'],
  ];
}

/** Values a twin may hold under a neutral label (a commit, a build, an id): hashes and ids look random. */
function ids(seed: number): [string, string][] {
  const r = gen(seed + 3);
  return [
    ['sha', r('hex', 40)],
    ['uuid', `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-b${r('hex', 3)}-${r('hex', 12)}`],
    ['version', 'v2.14.3'],
    ['model', 'gpt-4o-mini'],
    ['counter', String(1767225600 + Number(r('dig', 4)))],
  ];
}

const esc = (v: string): string => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const attr = (v: string): string => esc(v).replace(/"/g, '&quot;');

// ---------------------------------------------------------------------------------------------------------------
// html-comment

const COMMENT: [string, string, Layout][] = [
  ['md-inline', 'notes/setup.md', (l, v) => `Run the server first.\n\n<!-- ${l}: ${v} -->\n\nThen open the UI.\n`],
  ['md-multiline', 'README.md', (l, v) => `# Deploy\n\n<!--\n  TODO: move to the vault\n  ${l}: ${v}\n-->\n`],
  ['html-head', 'site/index.html', (l, v) => `<head>\n  <title>Demo</title>\n  <!-- ${l} = ${v} -->\n</head>\n`],
  [
    'html-conditional',
    'site/legacy.html',
    (l, v) => `<!--[if lt IE 9]>\n<script>var ${l.replace(/\W/g, '_')} = "${v}";</script>\n<![endif]-->\n`,
  ],
  ['xml-config', 'conf/app.config.xml', (l, v) => `<configuration>\n  <!-- ${l} "${v}" -->\n</configuration>\n`],
  ['jsx-block', 'src/App.tsx', (l, v) => `  return (\n    <div>\n      {/* ${l}: ${v} */}\n    </div>\n  );\n`],
  ['jsx-multiline', 'src/Page.jsx', (l, v) => `<main>\n  {/*\n    ${l}\n    ${v}\n  */}\n</main>\n`],
  ['css-comment', 'web/style.css', (l, v) => `/* ${l}: ${v} */\nbody { margin: 0; }\n`],
  ['jinja', 'templates/base.html.j2', (l, v) => `{# ${l}: ${v} #}\n<body>{{ content }}</body>\n`],
  ['go-template', 'layouts/partials/head.html', (l, v) => `{{/* ${l}: ${v} */}}\n<meta charset="utf-8">\n`],
  ['jsp', 'web/login.jsp', (l, v) => `<%-- ${l}: ${v} --%>\n<form method="post"></form>\n`],
  ['svg', 'assets/logo.svg', (l, v) => `<svg xmlns="http://www.w3.org/2000/svg">\n<!-- ${l} ${v} -->\n</svg>\n`],
  ['md-answer', 'answer.txt', (l, v) => `Here is the page.\n\n\`\`\`html\n<!-- ${l}: ${v} -->\n<p>Hi</p>\n\`\`\`\n`],
  [
    'json-escaped',
    'agent_outputs/agent_a.txt',
    (l, v) => JSON.stringify({ content: `<!-- ${l}: ${v} -->\n<h1>Title</h1>` }) + '\n',
  ],
  ['vue', 'src/Widget.vue', (l, v) => `<template>\n  <!-- ${l}: ${v} -->\n  <div/>\n</template>\n`],
  ['md-link-comment', 'notes/todo.md', (l, v) => `# Notes\n\n[//]: # (${l}: ${v})\n\nShip it.\n`],
  ['md-empty-link-comment', 'notes/todo2.md', (l, v) => `[comment]: <> (${l} ${v})\n`],
  ['triple-dash', 'docs/page.md', (l, v) => `<!--- ${l} ${v} --->\n`],
  ['label-line-then-value', 'site/contact.html', (l, v) => `<!--\n  ${l} (staging), do not commit:\n  ${v}\n-->\n`],
  [
    'commented-element',
    'pom.xml',
    (l, v) => `<properties>\n  <!-- <${kebab(l)}>${esc(v)}</${kebab(l)}> -->\n</properties>\n`,
  ],
  ['jsx-const', 'src/Config.tsx', (l, v) => `{/* const ${camel(l)} = '${v}'; */}\n`],
  ['unclosed-across-lines', 'notes/draft.md', (l, v) => `<!-- ${l}: ${v}\n     rotate after the demo\n-->\n`],
  ['hbs', 'views/layout.hbs', (l, v) => `{{!-- ${l}: ${v} --}}\n<div>{{body}}</div>\n`],
  ['erb', 'app/views/show.html.erb', (l, v) => `<%# ${l}: ${v} %>\n<p><%= @user.name %></p>\n`],
  [
    'bearer-in-comment',
    'site/api.html',
    (_, v) => `<!-- curl -H "Authorization: Bearer ${v}" https://api.example.com/me -->\n`,
  ],
];
const COMMENT_LABELS = ['api key', 'OPENAI_API_KEY', 'token', 'password', 'secret key', 'auth token'];

// ---------------------------------------------------------------------------------------------------------------
// md-image-alt

const ALT: [string, string, Layout][] = [
  ['md-alt-label', 'notes/setup.md', (l, v) => `Paste it here:\n\n![${l}: ${v}](screenshots/settings.png)\n`],
  ['md-alt-title', 'docs/keys.md', (l, v) => `![settings](img/keys.png "${l} ${v}")\n`],
  ['md-link-title', 'README.md', (l, v) => `See [the console](https://console.example.com "${l}: ${v}").\n`],
  [
    'md-refdef-title',
    'README.md',
    (l, v) => `Open the [dashboard][dash].\n\n[dash]: https://dash.example.com "${l}: ${v}"\n`,
  ],
  ['md-refdef-paren', 'docs/ref.md', (l, v) => `![shot][s1]\n\n[s1]: ./shot.png (${l} ${v})\n`],
  ['md-refdef-sq', 'docs/ref2.md', (l, v) => `[site]: <https://site.example.com> '${l}=${v}'\n`],
  ['html-img-alt', 'site/index.html', (l, v) => `<img src="shot.png" alt="${l}: ${attr(v)}" width="400">\n`],
  ['html-img-title', 'site/about.html', (l, v) => `<img title="${l} ${attr(v)}" src="a.png" />\n`],
  ['html-a-title', 'site/help.html', (l, v) => `<a href="/keys" title="${l}: ${attr(v)}">keys</a>\n`],
  ['html-data-attr', 'site/app.html', (l, v) => `<div id="app" data-${kebab(l)}="${attr(v)}"></div>\n`],
  [
    'html-data-sq',
    'site/w.html',
    (l, v) => `<button class="btn" data-${kebab(l)}='${v.replace(/'/g, '&#39;')}'>Go</button>\n`,
  ],
  ['jsx-data', 'src/Button.tsx', (l, v) => `<Widget data-${kebab(l)}="${attr(v)}" onClick={go} />\n`],
  ['html-meta', 'site/head.html', (l, v) => `<meta name="${kebab(l)}" content="${attr(v)}">\n`],
  ['md-alt-prose', 'answer.txt', (l, v) => `![Screenshot showing the ${l} ${v} in the console](shot.png)\n`],
  ['html-aria', 'site/form.html', (l, v) => `<input type="text" aria-label="${l} ${attr(v)}" />\n`],
  [
    'md-badge',
    'README.md',
    (l, v) => `[![${l}: ${v}](https://img.shields.io/badge/x-y-green)](https://ci.example.com)\n`,
  ],
  ['md-alt-eq', 'notes/s.md', (l, v) => `![${kebab(l)}=${v}](./s.png)\n`],
  [
    'md-refdef-title-next',
    'docs/links.md',
    (l, v) => `[console]: https://console.example.com/settings\n    "${l}: ${v}"\n`,
  ],
  ['html-img-alt-sq', 'site/x.html', (l, v) => `<img alt='${l} ${v.replace(/'/g, '&#39;')}' src='k.png'>\n`],
  [
    'figcaption',
    'site/fig.html',
    (l, v) => `<figure><img src="k.png"><figcaption>${l}: ${esc(v)}</figcaption></figure>\n`,
  ],
  ['data-camel', 'site/pay.html', (_, v) => `<form data-stripe-secret="${attr(v)}" data-amount="500"></form>\n`],
  ['md-alt-only-value', 'notes/k.md', (l, v) => `The ${l} (screenshot):\n\n![${v}](img/${kebab(l)}.png)\n`],
];
const ALT_LABELS = ['api key', 'token', 'password', 'secret', 'access token', 'OpenAI key'];
const camel = (l: string): string =>
  l
    .toLowerCase()
    .replace(/[^a-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())
    .replace(/[^a-zA-Z0-9]/g, '');
const kebab = (l: string): string => l.toLowerCase().replace(/[^a-z0-9]+/g, '-');

// ---------------------------------------------------------------------------------------------------------------
// doppler-box-table

const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - s.length));
const CT = '[content_types]';
function box(rows: [string, string][], b: string, width = 0): string {
  // b: 9 corners/junctions then h, v: "┌┬┐├┼┤└┴┘─│"
  const [tl, tm, tr, ml, mm, mr, bl, bm, br, h, v] = [...b];
  const w1 = Math.max(...rows.map((r) => r[0].length)) + 2;
  const w2 = width || Math.max(...rows.map((r) => r[1].length)) + 2;
  const line = (l: string, m: string, r: string): string => `${l}${h!.repeat(w1)}${m}${h!.repeat(w2)}${r}`;
  const out = [line(tl!, tm!, tr!)];
  rows.forEach(([a, c], i) => {
    // A value wider than its column is wrapped onto continuation rows, as Doppler's table writer does.
    const room = w2 - 2;
    for (let k = 0; k === 0 || k * room < c.length; k++)
      out.push(`${v} ${pad(k ? '' : a, w1 - 1)}${v} ${pad(c.slice(k * room, (k + 1) * room), w2 - 1)}${v}`);
    if (i === 0) out.push(line(ml!, mm!, mr!));
  });
  out.push(line(bl!, bm!, br!));
  return out.join('\n') + '\n';
}
const LIGHT = '┌┬┐├┼┤└┴┘─│';
const HEAVY = '┏┳┓┣╋┫┗┻┛━┃';
const DOUBLE = '╔╦╗╠╬╣╚╩╝═║';
const ROUND = '╭┬╮├┼┤╰┴╯─│';
const ASCII = '+++++++++-|';
const ansi = (s: string, c: number): string => `\x1b[${c}m${s}\x1b[0m`;

const TABLE: [string, string, Layout][] = [
  [
    'doppler-light',
    'logs/doppler.txt',
    (n, v) =>
      box(
        [
          ['NAME', 'VALUE'],
          ['DOPPLER_PROJECT', 'api'],
          [n, v],
        ],
        LIGHT,
      ),
  ],
  [
    'doppler-wrapped',
    'logs/doppler-wrap.txt',
    (n, v) =>
      box(
        [
          ['NAME', 'VALUE'],
          ['DOPPLER_CONFIG', 'dev'],
          [n, v],
        ],
        LIGHT,
        26,
      ),
  ],
  [
    'doppler-heavy',
    'logs/d2.txt',
    (n, v) =>
      box(
        [
          ['NAME', 'VALUE'],
          [n, v],
          ['PORT', '8080'],
        ],
        HEAVY,
      ),
  ],
  [
    'doppler-double',
    'logs/d3.txt',
    (n, v) =>
      box(
        [
          ['KEY', 'VALUE'],
          ['LOG_LEVEL', 'debug'],
          [n, v],
        ],
        DOUBLE,
      ),
  ],
  [
    'doppler-round',
    'logs/d4.txt',
    (n, v) =>
      box(
        [
          ['NAME', 'VALUE'],
          [n, v],
        ],
        ROUND,
      ),
  ],
  [
    'ascii-plus',
    'logs/vault.txt',
    (n, v) =>
      box(
        [
          ['Key', 'Value'],
          ['created_time', '2026-01-05T10:00:00Z'],
          [n, v],
        ],
        ASCII,
      ),
  ],
  [
    'ascii-wrapped',
    'logs/vault-wrap.txt',
    (n, v) =>
      box(
        [
          ['Key', 'Value'],
          [n, v],
        ],
        ASCII,
        30,
      ),
  ],
  [
    'ansi-cells',
    'logs/doppler-color.txt',
    (n, v) =>
      `┌${'─'.repeat(n.length + 2)}┬${'─'.repeat(v.length + 2)}┐\n` +
      `│ ${ansi(n, 36)} │ ${ansi(v, 33)} │\n└${'─'.repeat(n.length + 2)}┴${'─'.repeat(v.length + 2)}┘\n`,
  ],
  [
    'vault-kv-get',
    'logs/vault-get.txt',
    (n, v) =>
      `======= Secret Path =======\nsecret/data/app\n\n======= Metadata =======\nKey                Value\n---                -----\nversion            3\n\n====== Data ======\nKey            Value\n---            -----\n${pad(n.toLowerCase(), 15)}${v}\n`,
  ],
  [
    'op-item-get',
    'logs/op.txt',
    (n, v) =>
      `ID:          ${'q3w4e5r6t7y8u9i0o1p2a3s4d5'}\nTitle:       Prod ${n}\nVault:       Private\nFields:\n  username:    deploy\n  ${pad(`${n.toLowerCase()}:`, 13)}${v}\n`,
  ],
  [
    'heroku-config',
    'logs/heroku.txt',
    (n, v) => `=== acme-prod Config Vars\nLOG_LEVEL:   info\n${pad(`${n}:`, 12)}${v}\n`,
  ],
  [
    'psql-style',
    'logs/psql.txt',
    (n, v) =>
      ` name${' '.repeat(n.length - 3)}| value\n${'-'.repeat(n.length + 2)}+${'-'.repeat(v.length + 2)}\n ${n} | ${v}\n(1 row)\n`,
  ],
  [
    'doppler-ansi-border',
    'logs/doppler-tty.txt',
    (n, v) =>
      box(
        [
          ['NAME', 'VALUE'],
          [n, v],
        ],
        LIGHT,
      )
        .split('\n')
        .map((l) => l.replace(/[│┌┐└┘├┤┬┴┼─]+/g, (m) => ansi(m, 90)))
        .join('\n'),
  ],
  [
    'box-in-json',
    'agent_outputs/agent_b.txt',
    (n, v) =>
      JSON.stringify({
        type: 'tool_result',
        output: box(
          [
            ['NAME', 'VALUE'],
            [n, v],
          ],
          LIGHT,
        ),
      }) + '\n',
  ],
];
TABLE.push(
  [
    'doppler-raw-3col',
    'logs/doppler-raw.txt',
    (n, v) => {
      const w = [n.length + 2, v.length + 2, v.length + 2];
      const line = (l: string, m: string, r: string): string => l + w.map((k) => '─'.repeat(k)).join(m) + r;
      const row = (c: string[]): string => `│${c.map((x, i) => ` ${pad(x, w[i]! - 1)}`).join('│')}│`;
      return [
        line('┌', '┬', '┐'),
        row(['NAME', 'VALUE (COMPUTED)', 'VALUE (RAW)']),
        line('├', '┼', '┤'),
        row([n, v, v]),
        line('└', '┴', '┘'),
      ].join('\n');
    },
  ],
  [
    'infisical',
    'logs/infisical.txt',
    (n, v) =>
      box(
        [
          ['SECRET NAME', 'SECRET VALUE'],
          [n, v],
          ['NODE_ENV', 'production'],
        ],
        LIGHT,
      ).replace(/^/gm, '  '),
  ],
  [
    'ansi-wrapped',
    'logs/tty-wrap.txt',
    (n, v) => {
      const h = Math.ceil(v.length / 2);
      const w = h + 2;
      return (
        `┌${'─'.repeat(n.length + 2)}┬${'─'.repeat(w)}┐\n│ ${ansi(n, 1)} │ ${ansi(v.slice(0, h), 33)} │\n` +
        `│ ${' '.repeat(n.length)} │ ${ansi(pad(v.slice(h), h), 33)} │\n└${'─'.repeat(n.length + 2)}┴${'─'.repeat(w)}┘\n`
      );
    },
  ],
  [
    'long-name-wrapped',
    'logs/d5.txt',
    (n, v) =>
      box(
        [
          ['NAME', 'VALUE'],
          [`PROD_${n}_PRIMARY`, v],
        ],
        LIGHT,
        20,
      ),
  ],
  [
    'markdown-box',
    'answer.txt',
    (n, v) => `The current values:\n\n| Name | Value |\n|------|-------|\n| ${n} | ${v} |\n| PORT | 8080 |\n`,
  ],
);
const TABLE_NAMES = ['OPENAI_API_KEY', 'STRIPE_SECRET', 'DB_PASSWORD', 'API_TOKEN', 'SIGNING_KEY', 'AUTH_SECRET'];
const TABLE_NEUTRAL = ['GIT_SHA', 'BUILD_ID', 'PROJECT_ID', 'MODEL', 'RELEASE'];

// ---------------------------------------------------------------------------------------------------------------
// pptx-speaker-notes (Office carriers; the key split across runs)

/** `v` cut into runs at `cuts` fractions, each run with its own run properties, as Office writes them. */
function runs(v: string, cuts: number[], run: (t: string, k: number) => string): string {
  const at = [0, ...cuts.map((c) => Math.max(1, Math.floor(v.length * c))), v.length];
  return at
    .slice(1)
    .map((e, k) => run(v.slice(at[k], e), k))
    .join('');
}
type Office = (label: string, value: string, cuts: number[]) => Record<string, string>;
const CT_XML = '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const aRun = (t: string, k: number): string =>
  `<a:r><a:rPr lang="en-US" dirty="0"${k ? ' b="1"' : ''}/><a:t>${esc(t)}</a:t></a:r>`;
const wRun = (t: string, k: number): string =>
  `<w:r>${k ? '<w:rPr><w:i/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>${k === 0 ? '<w:proofErr w:type="spellStart"/>' : ''}`;
const xRun = (t: string, k: number): string => `<r>${k ? '<rPr><b/><sz val="11"/></rPr>' : ''}<t>${esc(t)}</t></r>`;

const OFFICE: [string, Office][] = [
  [
    'pptx-notes',
    (l, v, c) => ({
      [CT]: CT_XML,
      'ppt/slides/slide1.xml':
        '<p:sld><p:cSld><p:spTree><a:p><a:r><a:t>Quarterly demo</a:t></a:r></a:p></p:spTree></p:cSld></p:sld>',
      'ppt/notesSlides/notesSlide1.xml': `<?xml version="1.0"?><p:notes><p:cSld><p:spTree><p:sp><p:txBody><a:p>${aRun(`${l}: `, 0)}${runs(v, c, aRun)}</a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>`,
    }),
  ],
  [
    'pptx-notes-paragraphs',
    (l, v, c) => ({
      [CT]: CT_XML,
      'ppt/notesSlides/notesSlide2.xml': `<p:notes><p:txBody><a:p>${aRun(`Speaker note. ${l}`, 0)}</a:p><a:p>${runs(v, c, aRun)}</a:p></p:txBody></p:notes>`,
    }),
  ],
  [
    'docx-comment',
    (l, v, c) => ({
      [CT]: CT_XML,
      'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>Draft</w:t></w:r></w:p></w:body></w:document>',
      'word/comments.xml': `<w:comments><w:comment w:id="0" w:author="Dev"><w:p>${wRun(`${l} `, 1)}${runs(v, c, wRun)}</w:p></w:comment></w:comments>`,
    }),
  ],
  [
    'docx-footnote',
    (l, v, c) => ({
      [CT]: CT_XML,
      'word/footnotes.xml': `<w:footnotes><w:footnote w:id="1"><w:p>${wRun(`The ${l} is `, 1)}${runs(v, c, wRun)}</w:p></w:footnote></w:footnotes>`,
    }),
  ],
  [
    'docx-header',
    (l, v, c) => ({
      [CT]: CT_XML,
      'word/header1.xml': `<w:hdr><w:p>${wRun(`${l}: `, 0)}<w:r><w:tab/></w:r>${runs(v, c, wRun)}</w:p></w:hdr>`,
    }),
  ],
  [
    'xlsx-shared-rich',
    (l, v, c) => ({
      [CT]: CT_XML,
      'xl/sharedStrings.xml': `<sst count="2"><si><t>${esc(l)}</t></si><si>${runs(v, c, xRun)}</si></sst>`,
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData></worksheet>',
    }),
  ],
  [
    'xlsx-comment',
    (l, v, c) => ({
      [CT]: CT_XML,
      'xl/comments1.xml': `<comments><authors><author>dev</author></authors><commentList><comment ref="B2" authorId="0"><text>${xRun(`dev:\n${l} `, 1)}${runs(v, c, xRun)}</text></comment></commentList></comments>`,
    }),
  ],
  [
    'xlsx-threaded',
    (l, v, c) => ({
      [CT]: CT_XML,
      'xl/threadedComments/threadedComment1.xml': `<ThreadedComments><threadedComment ref="C3" id="{1}"><text>${esc(`${l}: ${v}`)}</text></threadedComment></ThreadedComments>`,
      'xl/sharedStrings.xml': `<sst><si>${runs(`${l} ${v}`, c, xRun)}</si></sst>`,
    }),
  ],
  [
    'pptx-charrefs',
    (l, v, c) => ({
      [CT]: CT_XML,
      'ppt/notesSlides/notesSlide3.xml': `<p:notes><a:p>${aRun(`${l}: `, 0)}${runs(v, c, (t, k) =>
        aRun(t, k).replace(/<a:t>(.)/, (_, ch: string) => `<a:t>&#${ch.charCodeAt(0)};`),
      )}</a:p></p:notes>`,
    }),
  ],
  [
    'docx-per-char',
    (l, v) => ({
      [CT]: CT_XML,
      'word/comments.xml': `<w:comments><w:comment w:id="3"><w:p>${wRun(`${l}: `, 0)}${[...v].map((ch, k) => wRun(ch, k + 1)).join('')}</w:p></w:comment></w:comments>`,
    }),
  ],
  [
    'xlsx-label-cell',
    (l, v, c) => ({
      [CT]: CT_XML,
      'xl/sharedStrings.xml': `<sst count="3"><si><t>Name</t></si><si><t>${esc(l)}</t></si><si>${runs(v, c, xRun)}</si></sst>`,
      'xl/worksheets/sheet1.xml':
        '<worksheet><sheetData><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row></sheetData></worksheet>',
    }),
  ],
  [
    'pptx-table-cell',
    (l, v, c) => ({
      [CT]: CT_XML,
      'ppt/slides/slide4.xml': `<p:sld><a:tbl><a:tr><a:tc><a:txBody><a:p>${aRun(l, 0)}</a:p></a:txBody></a:tc><a:tc><a:txBody><a:p>${runs(v, c, aRun)}</a:p></a:txBody></a:tc></a:tr></a:tbl></p:sld>`,
    }),
  ],
  [
    'docx-inline-str',
    (l, v, c) => ({
      [CT]: CT_XML,
      'word/endnotes.xml': `<w:endnotes><w:endnote w:id="2"><w:p>${wRun(`${l}=`, 0)}<w:bookmarkStart w:id="0" w:name="k"/>${runs(v, c, wRun)}<w:bookmarkEnd w:id="0"/></w:p></w:endnote></w:endnotes>`,
    }),
  ],
];
const OFFICE_LABELS = ['API key', 'password', 'token', 'OPENAI_API_KEY', 'client secret'];

// ---------------------------------------------------------------------------------------------------------------
// dir-name-holds-secret: names of one directory

type Name = (label: string, value: string) => string;
const NAMES: [string, Name][] = [
  ['folder', (_, v) => v],
  ['file-ext', (_, v) => `${v}.txt`],
  ['label-eq', (l, v) => `${l}=${v}`],
  ['label-underscore', (l, v) => `${l}_${v}.json`],
  ['label-dash', (l, v) => `${l}-${v}`],
  ['key-file', (l, v) => `${l}.${v}.key`],
  ['env-file', (l, v) => `${l.toUpperCase()}=${v}.env`],
  ['colon', (l, v) => `${l}: ${v}`],
  ['dated', (l, v) => `2026-01-05_${l}_${v}_backup.tar.gz`],
];
const NAME_LABELS = ['api_key', 'token', 'password', 'secret', 'OPENAI_API_KEY'];

// ---------------------------------------------------------------------------------------------------------------
// url-path-segment: only where the host and path say what the segment is

function urlPlants(seed: number): [string, string, string][] {
  const r = gen(seed + 9);
  const t = tokenMakers(seed + 9);
  const tg = `${r('dig', 10)}:AA${r('url', 33)}`;
  return [
    ['telegram-bot', `curl https://api.telegram.org/bot${tg}/getUpdates`, tg],
    ['telegram-file', `GET https://api.telegram.org/file/bot${tg}/photos/file_1.jpg`, tg],
    ['infura', `const rpc = "https://mainnet.infura.io/v3/${r('hex', 32)}";`, ''],
    ['alchemy', `RPC_URL=https://eth-mainnet.g.alchemy.com/v2/${r('url', 32)}`, ''],
    ['ifttt', `curl -X POST https://maker.ifttt.com/trigger/deploy/with/key/${r('url', 43)}`, ''],
    ['zapier', `POST https://hooks.zapier.com/hooks/catch/${r('dig', 7)}/${r('low', 6)}/`, ''],
    ['slack-hook', `https://hooks.slack.com/services/T${r('up', 8)}/B${r('up', 10)}/${r('alnum', 24)}`, ''],
    ['discord-hook', `https://discord.com/api/webhooks/${r('dig', 18)}/${r('url', 68)}`, ''],
    ['github-raw', `https://${t['github-token']!()}@raw.githubusercontent.com/acme/app/main/x.sh`, ''],
    ['keys-path', `GET https://api.example-llm.com/v1/keys/${t['openai-api-key/proj']!()}`, ''],
  ].map(([n, text, v]) => [n!, text!, v || lastToken(text!)]);
}
/** The secret segment of a URL plant: the last path segment of at least 20 characters. */
function lastToken(text: string): string {
  const segs = text.split(/[/@"\s]+/).filter((s) => s.length >= 20 && !s.includes('.'));
  return segs.at(-1) ?? segs[0]!;
}
const URL_TWINS = [
  'https://api.telegram.org/bot<token>/getUpdates',
  'https://api.telegram.org/bot${TELEGRAM_TOKEN}/sendMessage',
  'https://mainnet.infura.io/v3/YOUR-PROJECT-ID',
  'https://eth-mainnet.g.alchemy.com/v2/your-api-key',
  'https://maker.ifttt.com/trigger/{event}/with/key/{key}',
  'https://github.com/acme/app/commit/3f5e2a9c1b7d4e8f0a6c2b9d1e3f5a7c9b0d2e4f',
  'https://docs.example.com/v1/keys/rotate',
  'https://api.example-llm.com/v1/keys/{key_id}',
];

// ---------------------------------------------------------------------------------------------------------------

/**
 * Plants no reading finds yet (`category/layout/` or `category/layout/kind`), checked by a todo test: a value alone as
 * alt text whose label is in the paragraph before; a password with symbols under `<meta name="secret" content>`
 * (a name/content pair takes a random token only); a password on the line after a label line that goes on in words;
 * `api key=<64 hex>` (the key-name pass reads the name `key` alone, whose hex it takes for a hash: in plain text too).
 */
export const OPEN_PLANTS = [
  'md-image-alt/md-alt-only-value/',
  'md-image-alt/html-meta/password',
  'html-comment/label-line-then-value/password',
  'md-image-alt/md-refdef-sq/hex',
];
export const isOpen = (name: string): boolean =>
  OPEN_PLANTS.some((o) => (o.endsWith('/') ? name.startsWith(o) : name === o));

/** Layouts whose text names the secret whatever the label. */
const LABEL_FREE = new Set(['bearer-in-comment', 'data-camel']);
/** Values a layout cannot hold: a Bearer token is token68 (RFC 7235), no password with `@`, `*`, `#`. */
const UNFIT: Record<string, string> = { 'bearer-in-comment': 'password' };

export function plants(seed = SEED): TextCase[] {
  const out: TextCase[] = [];
  const vs = values(seed);
  const r = gen(seed + 5);
  const pick = <T>(xs: readonly T[], k: number): T => xs[k % xs.length]!;
  const text = (cat: string, layouts: [string, string, Layout][], labels: readonly string[]): void =>
    layouts.forEach(([n, rel, lay], i) =>
      vs.forEach(([kind, v], j) => {
        if (UNFIT[n] === kind) return;
        out.push({ name: `${cat}/${n}/${kind}`, rel, text: lay(pick(labels, i + j), v, r), value: v });
      }),
    );
  text('html-comment', COMMENT, COMMENT_LABELS);
  text('md-image-alt', ALT, ALT_LABELS);
  text('doppler-box-table', TABLE, TABLE_NAMES);
  for (const [n, text, v] of urlPlants(seed))
    out.push({ name: `url-path-segment/${n}`, rel: 'notes/urls.md', text: `${text}\n`, value: v });
  return out;
}

export function twins(seed = SEED): Omit<TextCase, 'value'>[] {
  const out: Omit<TextCase, 'value'>[] = [];
  const bs = benign();
  const is = ids(seed);
  const r = gen(seed + 6);
  const pick = <T>(xs: readonly T[], k: number): T => xs[k % xs.length]!;
  const text = (
    cat: string,
    layouts: [string, string, Layout][],
    labels: readonly string[],
    neutral: readonly string[],
  ): void =>
    layouts.forEach(([n, rel, lay], i) => {
      // A layout that writes its own secret name (a Bearer header, `data-stripe-secret`) has no neutral twin.
      if (LABEL_FREE.has(n)) return;
      // A secret label over a reference, placeholder or word; a neutral label over a hash, an id, a version.
      bs.forEach(([kind, v], j) => {
        if (j % 2 === i % 2) out.push({ name: `${cat}/${n}/${kind}`, rel, text: lay(pick(labels, i + j), v, r) });
      });
      is.forEach(([kind, v], j) =>
        out.push({ name: `${cat}/${n}/${kind}`, rel, text: lay(pick(neutral, i + j), v, r) }),
      );
    });
  text('html-comment', COMMENT, COMMENT_LABELS, ['commit', 'build id', 'request id', 'model']);
  text('md-image-alt', ALT, ALT_LABELS, ['commit', 'build', 'screenshot id', 'release']);
  text('doppler-box-table', TABLE, TABLE_NAMES, TABLE_NEUTRAL);
  for (const u of URL_TWINS) out.push({ name: `url-path-segment/${u}`, rel: 'notes/urls.md', text: `See ${u}\n` });
  return out;
}

/** Office documents with the key split across runs (`cuts`: where); the carrier must be withheld. */
export function carrierPlants(seed = SEED): CarrierCase[] {
  const vs = values(seed + 11);
  const cuts = [[0.1], [0.5], [0.25, 0.7], [0.05, 0.4, 0.8]];
  return OFFICE.flatMap(([n, make], i) =>
    vs.map(([kind, v], j) => ({
      name: `pptx-speaker-notes/${n}/${kind}`,
      buf: zipOf(make(OFFICE_LABELS[(i + j) % OFFICE_LABELS.length]!, v, cuts[(i + j) % cuts.length]!), j % 3 === 2),
      value: v,
    })),
  );
}

/** The same documents holding look-alikes: they go out unchanged (scanCarrier finds nothing). */
export function carrierTwins(seed = SEED): Omit<CarrierCase, 'value'>[] {
  const bs = [...benign(), ...ids(seed + 11)];
  // Office writes no character reference for a letter; the raw XML read alone takes `&#115;k-…` after `password:`
  // for a password (the scan of the raw member comes before that of its text), so that layout has no twins.
  return OFFICE.filter(([n]) => n !== 'pptx-charrefs').flatMap(([n, make], i) =>
    bs.map(([kind, v], j) => {
      const label = j >= 9 ? pick(['commit', 'build id', 'model'], j) : OFFICE_LABELS[(i + j) % OFFICE_LABELS.length]!;
      return { name: `pptx-speaker-notes/${n}/${kind}`, buf: zipOf(make(label, v, [0.5])) };
    }),
  );
}
const pick = <T>(xs: readonly T[], k: number): T => xs[k % xs.length]!;

/** Directory listings (one directory's names) with one name holding a secret. */
export function namePlants(seed = SEED): { name: string; names: string[]; at: number; value: string }[] {
  const vs = values(seed + 13).filter(([k]) => k !== 'b64');
  const bare = new Set(['folder', 'file-ext']);
  const prefixed = new Set(['openai', 'anthropic', 'github', 'slack', 'aws', 'google']);
  const r = gen(seed + 14);
  const others = ['README.md', 'notes', 'output.json', r('hex', 40), 'node_modules'];
  return NAMES.flatMap(([n, make], i) =>
    vs.flatMap(([kind, v], j) => {
      // A bare random name says nothing of what it is: only a provider's prefix makes it a key there.
      if (bare.has(n) && !prefixed.has(kind)) return [];
      // A hex run in a name is read as a hash (name-views.ts's notKey), even after a secret word: open (see the test).
      if (kind === 'hex') return [];
      const names = [...others];
      const at = (i + j) % (names.length + 1);
      names.splice(at, 0, make(pick(NAME_LABELS, i + j), v));
      return [{ name: `dir-name-holds-secret/${n}/${kind}`, names, at, value: v }];
    }),
  );
}

/** Names whose secret is a hex run after a secret word (`token-<64 hex>`): read as a hash's today (open). */
export function hexNamePlants(seed = SEED): { name: string; names: string[]; value: string }[] {
  const v = gen(seed + 16)('hex', 64);
  return NAMES.filter(([n]) => !['folder', 'file-ext'].includes(n)).map(([n, make], i) => ({
    name: `dir-name-holds-secret/${n}/hex`,
    names: ['README.md', make(pick(NAME_LABELS, i), v)],
    value: v,
  }));
}

/** Benign names: hashes, ids, words after a secret word, content-addressed caches. */
export function nameTwins(seed = SEED): string[][] {
  const r = gen(seed + 15);
  const uuid = (): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  return [
    [r('hex', 40), r('hex', 64), `${r('hex', 2)}`, uuid(), `${uuid()}.json`],
    ['token_refresh.py', 'password-reset.html', 'api_key_rotation.md', 'secret_sauce.txt'],
    ['api_key=<your-key>.txt', 'token-placeholder', 'OPENAI_API_KEY.example', 'password_policy.pdf'],
    [`sha256-${r('hex', 64)}`, `blob_${r('hex', 40)}`, `build-${r('dig', 8)}`, `run_${r('dig', 10)}`],
    [`snapshot_${uuid()}`, 'workspace', 'agent_a', 'log_20260105_101112', `session-${r('low', 12)}`],
    ['secrets', 'keys', 'tokens', 'credentials.example.json', '.env.example'],
  ];
}
