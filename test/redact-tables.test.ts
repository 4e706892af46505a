import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Tables of every shape (issue 11, category 3, and category 7's CSV row over 1 MiB): Markdown,
 * ASCII, psql, column output and CSV/TSV, the secret placed by row (a name cell, then the value)
 * or by column (a header naming a secret column, the value any number of rows below), the name an
 * identifier or prose. Each shape also comes as a look-alike table that must come out byte for
 * byte (counters, cursors, prose, references under the same headers). Values are random, built here.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 3311));
const r = (n: number, set: keyof typeof CHARSETS = 'alnum'): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  // Digits and both cases, as a key has.
  return set === 'alnum' ? `${s.slice(0, n - 3)}7qK` : s;
};

/** Streams text through a file filter in writes of `chunk` characters, as an export reads a file. */
export function streamed(rel: string, text: string, chunk = 64 * 1024): string {
  const f = new Redactor().filter({ rel });
  let out = '';
  for (let i = 0; i < text.length; i += chunk) out += f.write(text.slice(i, i + chunk));
  return out + f.end();
}

interface Case {
  name: string;
  file: string;
  text: string;
  secrets: string[];
  keep: string;
}

function cases(): Case[] {
  const s = Array.from({ length: 40 }, () => r(32));
  const b64 = r(40, 'b64');
  const rows = (n: number, f: (i: number) => string): string => Array.from({ length: n }, (_, i) => f(i)).join('\n');
  return [
    {
      name: 'Markdown, prose name by row',
      file: 'CREDENTIALS.md',
      secrets: [s[0]!, s[1]!, s[2]!],
      text: `| Name | Value |\n|---|---|\n| Mistral API key | \`${s[0]}\` |\n| **DB password** | ${s[1]} |\n| Secret Access Key (prod) | "${s[2]}" |\n`,
      keep: `| Name | Value |\n|---|---|\n| API key | stored in Vault under prod/openai |\n| Token | required |\n| Max tokens | 4096 |\n| Password | see 1Password |\n`,
    },
    {
      name: 'Markdown, name in the second column',
      file: 'notes.md',
      secrets: [s[3]!],
      text: `| # | Credential | Value | Rotated |\n|:-:|:--|:--|--:|\n| 1 | Cohere API key | ${s[3]} | 2026-01-31 |\n`,
      keep: `| # | Setting | Value |\n|:-:|:--|:--|\n| 1 | Model | command-r-plus-08-2024 |\n`,
    },
    {
      name: 'Markdown, secret column far below its header',
      file: 'providers.md',
      secrets: [s[4]!, s[5]!],
      text: `| Provider | API key | Status |\n| --- | --- | --- |\n${rows(300, (i) => `| p${i} | none | ok |`)}\n| mistral | ${s[4]} | ok |\n| cohere | \`${s[5]}\` | 401 |\n\nAfter the table, api key rotation is weekly.\n`,
      keep: `| Provider | API key | Status |\n| --- | --- | --- |\n| mistral | \${MISTRAL_API_KEY} | ok |\n| cohere | set in .env | 401 |\n| groq | your-api-key-here | ok |\n`,
    },
    {
      name: 'ASCII table (MySQL client)',
      file: 'query.txt',
      secrets: [s[6]!],
      text: `+----+---------+----------------------------------+\n| id | name    | api_key                          |\n+----+---------+----------------------------------+\n|  1 | none    | NULL                             |\n|  2 | mistral | ${s[6]} |\n+----+---------+----------------------------------+\n2 rows in set (0.00 sec)\n`,
      keep: `+----+---------+------------+\n| id | name    | token_count |\n+----+---------+------------+\n|  1 | mistral | 12873401   |\n+----+---------+------------+\n`,
    },
    {
      name: 'psql output',
      file: 'psql.log',
      secrets: [s[7]!],
      text: ` id |  name   |             secret_key\n----+---------+-----------------------------------\n  1 | stripe  | ${s[7]}\n(1 row)\n`,
      keep: ` id |  name   | next_page_token\n----+---------+-----------------------------------\n  1 | stripe  | ${r(40, 'b64')}\n(1 row)\n`,
    },
    {
      name: 'PowerShell Format-Table',
      file: 'ps.txt',
      secrets: [s[8]!],
      text: `Provider   Key                                Status\n--------   ---                                ------\nopenai     \${env:OPENAI_API_KEY}              ok\nmistral    ${s[8]}   ok\n`,
      keep: `Provider   Key                    Status\n--------   ---                    ------\nmistral    user-profile-cache     ok\n`,
    },
    {
      name: 'Get-ChildItem env:',
      file: 'env.txt',
      secrets: [s[9]!],
      text: `\nName                           Value\n----                           -----\nPATH                           C:\\Windows\\system32\nCOHERE_API_KEY                 ${s[9]}\n`,
      keep: `\nName                           Value\n----                           -----\nMAX_TOKENS                     4096\nTOKEN_BUDGET                   1200000\n`,
    },
    {
      name: 'CSV, secret column',
      file: 'keys.csv',
      secrets: [s[10]!, s[11]!, b64],
      text: `id,provider,credential,aws_secret_access_key\n${rows(2000, (i) => `${i},p${i},none,none`)}\n9001,mistral,${s[10]},none\n9002,"aws, prod",${s[11]},${b64}\n`,
      keep: `id,provider,token_count,next_page_token\n1,mistral,1200,${r(60, 'b64')}\n`,
    },
    {
      name: 'CSV, quoted cells with commas, quotes and line breaks',
      file: 'export.csv',
      secrets: [s[12]!, s[13]!],
      text: `name,notes,password\n"alice","said ""hi"", then left",${s[12]}\n"bob","two\nlines, here","${s[13]}"\n`,
      keep: `name,notes,password_hint\n"alice","said ""hi"", then left",first pet\n`,
    },
    {
      name: 'TSV and ;-separated',
      file: 'data.tsv',
      secrets: [s[14]!, s[15]!],
      text: `user\tapi_token\tplan\nu1\t${s[14]}\tpro\n\nuser;secret;plan\nu2;${s[15]};free\n`,
      keep: `user\ttoken_usage\tplan\nu1\t1234567890\tpro\n`,
    },
    {
      name: 'CSV name,value rows',
      file: 'settings.csv',
      secrets: [s[16]!],
      text: `setting,value\nOPENAI_API_KEY,${s[16]}\nmodel,gpt-4o\n`,
      keep: `setting,value\napi_key_source,environment-variable\nmax_tokens,409600000\n`,
    },
  ];
}

describe('tables: a secret by row or by column, in every table shape', () => {
  for (const c of cases()) {
    it(c.name, () => {
      const out = streamed(c.file, c.text);
      for (const sec of c.secrets)
        assert.ok(!out.includes(sec.slice(0, 12)), `${c.name}: ${sec.slice(0, 4)}… leaked:\n${out.slice(0, 3000)}`);
      assert.equal(out.split('\n').length, c.text.split('\n').length, 'lines kept');
      assert.equal(streamed(c.file, c.keep), c.keep, `${c.name}: the look-alike table changed`);
    });
  }

  it('a CSV row over 1 MiB whose key name is only in the header, streamed in small writes', () => {
    const key = r(40, 'b64');
    const key2 = r(32);
    const blob = r(4096, 'b64').repeat(300);
    const text = `id,blob,notes,aws_secret_access_key\n1,${blob},"a, b",${key}\n2,small,x,${key2}\n3,small,y,none\n`;
    for (const chunk of [4096, 65536, 1 << 20]) {
      const out = streamed('workspace/data.csv', text, chunk);
      assert.ok(!out.includes(key.slice(0, 12)) && !out.includes(key2.slice(0, 12)), `chunk ${chunk}: leaked`);
      assert.ok(out.includes(blob.slice(0, 5000)) && out.includes('3,small,y,none'), `chunk ${chunk}: the rest kept`);
    }
    const keep = `id,blob,token_count\n1,${blob},1234\n2,small,99\n`;
    assert.equal(streamed('workspace/data.csv', keep), keep);
  });
});
