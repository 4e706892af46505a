/**
 * Round 23's twins (doctables23-corpus.ts): the same document tables and definitions holding what must come out byte
 * for byte: ids, hashes, model names, prices, versions, URLs, dates, issue keys and shortcuts under a `Key` column,
 * placeholders under secret names; LaTeX papers with `\texttt{}` code, macros and key lists; numbered word lists that
 * are no BIP-39 phrase (shorter, prose, a copy of the list, words off the list); Org agendas, reST docstrings,
 * AsciiDoc attributes.
 */
import { BIP39_ENGLISH } from '../../src/core/redact/bip39-english.js';
import { DEFINITIONS, TABLES, tex } from './doctables23-formats.js';
import { gen, type Gen } from './glue15-tokens.js';

const uuid = (r: Gen): string => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
const MODELS = ['gpt-4o-mini', 'claude-3-5-sonnet-20241022', 'gemini-1.5-pro', 'mistral-large-latest', 'o3-mini'];

/** Benign tables: a head and rows, from a seeded generator. */
const BENIGN: ((r: Gen, i: number) => [string[], string[][]])[] = [
  (_, i) => [['Model', 'Price / 1M tokens', 'Context'], [[MODELS[i % 5]!, `$${(i % 7) + 0.15}`, '128000']]],
  (r) => [['Commit', 'SHA-256', 'Date'], [[r('hex', 7), r('hex', 64), '2025-03-14']]],
  (r) => [['Service', 'request_id', 'trace_id'], [['openai', uuid(r), r('hex', 32)]]],
  (r, i) => [
    ['Package', 'Version', 'Homepage'],
    [[`pkg-${r('low', 5)}`, `${i % 4}.${i % 10}.${i % 3}-rc.1`, 'https://example.org/docs/install']],
  ],
  (_, i) => [
    ['Action', 'Key'],
    [
      ['Command palette', 'Ctrl+Shift+P'],
      ['Save all', `Ctrl+Alt+${'SKQ'[i % 3]}`],
    ],
  ],
  (r) => [
    ['Key', 'Summary', 'Status'],
    [
      [`PROJ-${r('dig', 4)}`, 'Fix login redirect loop', 'Done'],
      [`OPS-${r('dig', 3)}`, 'Rotate certificates', 'Open'],
    ],
  ],
  (_, i) => [
    ['Service', 'API key', 'Notes'],
    [
      [
        'openai',
        [
          '<YOUR_API_KEY>',
          'your-api-key-here',
          'sk-...',
          'xxxxxxxxxxxx',
          '********',
          '${OPENAI_API_KEY}',
          'env:OPENAI_API_KEY',
          'not set',
        ][i % 8]!,
        'see vault',
      ],
    ],
  ],
  (_, i) => [
    ['Name', 'Value'],
    [
      ['api_key', ['<TOKEN>', 'your-api-key-here', 'sk-...', '(required)', '${API_KEY}'][i % 5]!],
      ['model', MODELS[i % 5]!],
    ],
  ],
  (r) => [
    ['Run', 'Tokens', 'Cost'],
    [
      [`run-${r('low', 6)}`, '12,408', '$0.37'],
      [`run-${r('low', 6)}`, '9,911', '$0.21'],
    ],
  ],
  (r) => [
    ['Order', 'Ordered', 'Total'],
    [
      [r('dig', 8), '2025-01-09', '129.90'],
      [r('dig', 8), '2025-01-10', '45.00'],
    ],
  ],
];

export function tableTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  TABLES.forEach(([, f], k) => BENIGN.forEach((b, i) => out.push(f(...b(r, i + k)))));
  return out;
}

/** LaTeX papers: results tables, code in `\texttt{}`, macros and key lists that hold no secret. */
export function texTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (let i = 0; i < 5; i++) {
    const m = MODELS[i]!;
    out.push(
      [
        `\\newcommand{\\model}{\\texttt{${tex(m)}}}`,
        `\\newcommand{\\apikey}{\\texttt{YOUR\\_API\\_KEY}}`,
        '\\newcommand{\\token}{\\ensuremath{\\tau}}',
        '\\newcommand{\\keyword}[1]{\\textbf{#1}}',
        `\\def\\passwordlength{${12 + i}}`,
        '\\def\\secretsauce{\\emph{attention}}',
        '\\pgfkeys{/plot/.cd, width=8cm, height=5cm, token/.style={draw, fill=blue!20}}',
        `\\pgfkeys{/api/.cd, key=\\meta{your key}, endpoint=\\url{https://api.example.com/v1}}`,
        '\\begin{table}[t]',
        '\\begin{tabular}{lrr}',
        '\\toprule',
        'Model & Params & Accuracy \\\\',
        '\\midrule',
        `\\texttt{${tex(m)}} & ${i + 7}B & ${80 + i}.${i}\\% \\\\`,
        `\\texttt{${tex(MODELS[(i + 1) % 5]!)}} & 70B & 79.${i}\\% \\\\`,
        '\\bottomrule',
        '\\end{tabular}',
        '\\end{table}',
      ].join('\n'),
    );
    out.push(
      [
        '\\begin{tabular}{ll}',
        '\\hline',
        'Key & Value \\\\',
        '\\hline',
        'learning\\_rate & 3e-4 \\\\',
        `token\\_budget & ${4096 * (i + 1)} \\\\`,
        `commit & \\texttt{${r('hex', 40)}} \\\\`,
        `run\\_id & \\verb|${uuid(r)}| \\\\`,
        `tokenizer & \\texttt{<|endoftext|>} \\\\`,
        '\\hline',
        '\\end{tabular}',
      ].join('\n'),
    );
    out.push(
      `\\begin{longtable}{ll}\nToken & Id \\\\\n\\hline\n\\texttt{<s>} & 1 \\\\\n\\texttt{</s>} & 2 \\\\\n\\texttt{[PAD]} & ${i} \\\\\n\\end{longtable}`,
    );
  }
  return out;
}

/** Placeholders and references under secret names in the definitions' forms. */
export function definitionTwins(): string[] {
  const shown = ['<YOUR_API_KEY>', 'your-api-key-here', 'sk-...', 'xxxxxxxx', '${OPENAI_API_KEY}', 'changeme', 'TODO'];
  const out: string[] = [];
  for (const [, f] of DEFINITIONS) for (const v of shown) out.push(f('API key', v));
  return out;
}

const numbered = (ws: string[], cols: number): string =>
  ws
    .map((w, i) => `${i + 1}. ${w}`.padEnd(14) + ((i + 1) % cols === 0 ? '\n' : ''))
    .join('')
    .replace(/ +\n/g, '\n')
    .trimEnd();

/** Numbered word lists that are no seed phrase, in lines and in the tables. */
export function gridTwins(seed: number): string[] {
  const r = gen(seed);
  const pick = (): string => BIP39_ENGLISH[parseInt(r('0123456789abcdef', 3), 16) % 2048]!;
  const off = ['lettuce', 'cucumber', 'spinach', 'carrot', 'turnip', 'radish', 'parsley', 'basil'];
  const lists: string[][] = [];
  for (let i = 0; i < 6; i++) {
    lists.push(Array.from({ length: 8 }, pick)); // too short
    lists.push(Array.from({ length: 12 }, (_, j) => (j % 4 === 1 ? off[(i + j) % 8]! : pick()))); // words off the list
    lists.push(BIP39_ENGLISH.slice(100 * i, 100 * i + 12)); // a copy of the list, in order
    lists.push(Array.from({ length: 12 }, (_, j) => ['read', 'write', 'admin', 'audit'][j % 4]!)); // repeats
  }
  const out = lists.map((ws, i) => `Vocabulary, week ${i + 1}:\n\n${numbered(ws, 3 + (i % 2))}`);
  out.push('Steps:\n1. install the package\n2. configure the model\n3. run the agents\n4. review the answer');
  out.push(Array.from({ length: 12 }, (_, j) => `${j + 1}. ${['open', 'the', 'door'][j % 3]} and wait`).join('\n'));
  lists.slice(0, 8).forEach((ws, i) => {
    const [, f] = TABLES[(i * 5) % TABLES.length]!;
    const rows: string[][] = [];
    for (let j = 0; j < ws.length; j += 4) rows.push(ws.slice(j, j + 4).map((w, k) => `${j + k + 1}. ${w}`));
    out.push(f(['Words', 'Words', 'Words', 'Words'].slice(0, rows[0]!.length), rows));
  });
  return out;
}

/** Org agendas, reST docstrings, AsciiDoc attributes: names near secrets, no value. */
export function docTwins(seed: number): string[] {
  const r = gen(seed);
  const out: string[] = [];
  for (let i = 0; i < 6; i++)
    out.push(
      [
        '#+TITLE: Agenda',
        '#+PROPERTY: header-args :results output',
        '#+PROPERTY: Effort_ALL 0:10 0:30 1:00',
        `* TODO Rotate the API key :security:`,
        `  SCHEDULED: <2025-0${(i % 9) + 1}-1${i} Tue>`,
        '  :PROPERTIES:',
        `  :ID: ${uuid(r)}`,
        '  :CUSTOM_ID: sec-api-keys',
        '  :token_budget: 4096',
        '  :END:',
        '| Task | Owner | Hours |',
        '|------+-------+-------|',
        `| Review | alice | ${i + 1}.5 |`,
      ].join('\n'),
      `def connect(api_key, token=None):\n    """Connect.\n\n    :param api_key: The key to use.\n    :type api_key: str\n    :param token: An OAuth token, or None.\n    :returns: A client.\n    """`,
      `= Setup\n:api-version: 2024-06-0${(i % 9) + 1}\n:source-highlighter: rouge\n:api-key: <your-api-key>\n:token-url: https://auth.example.com/oauth/token\n:password-length: 16`,
    );
  return out;
}

export function allTwins(seed: number): string[] {
  return [
    ...tableTwins(seed),
    ...texTwins(seed + 1),
    ...definitionTwins(),
    ...gridTwins(seed + 2),
    ...docTwins(seed + 3),
  ];
}
