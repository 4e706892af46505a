import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';

/**
 * Every Discord credential shape (issue 11, category 5): bot and user tokens whose first part is
 * any base64 id of 23 to 28 characters starting M, N or O (not only an id written in digits),
 * with a 27- or 38-character HMAC; webhooks on discord.com, discordapp.com, canary and ptb, with or
 * without an API version; interaction tokens; MFA tokens. In the contexts agents write them, next
 * to look-alikes that must survive. Values are random, built here from fragments.
 */
const rand = rng(Number(process.env.REDACT_SEED ?? 4242));
const r = (n: number, set: keyof typeof CHARSETS): string => {
  let s = '';
  while (s.length < n) s += CHARSETS[set][Math.floor(rand() * CHARSETS[set].length)];
  return s;
};
const pick = (xs: string): string => xs[Math.floor(rand() * xs.length)]!;
const digitsId = (n: number): string =>
  Buffer.from(`${1 + Math.floor(rand() * 9)}${r(n - 1, 'digits')}`)
    .toString('base64')
    .replace(/=+$/, '');

function tokens(): [string, string][] {
  const out: [string, string][] = [];
  for (const idLen of [23, 24, 26, 27])
    for (const hmac of [27, 38])
      out.push([
        `bot, random id ${idLen}/${hmac}`,
        `${pick('MNO')}${r(idLen, 'alnum')}.${r(6, 'urlsafe')}.${r(hmac, 'urlsafe')}`,
      ]);
  for (const digits of [17, 18, 19, 20])
    out.push([`bot, id of ${digits} digits`, `${digitsId(digits)}.${r(6, 'urlsafe')}.${r(38, 'urlsafe')}`]);
  const hook = (host: string, version: string): string =>
    `https://${host}/api/${version}webhooks/${r(18, 'digits')}/${r(68, 'urlsafe')}`;
  for (const host of ['discord.com', 'discordapp.com', 'canary.discord.com', 'ptb.discord.com'])
    for (const v of ['', 'v10/']) out.push([`webhook ${host} ${v}`, hook(host, v)]);
  out.push(['interaction token', `${Buffer.from('interaction:').toString('base64')}${r(120, 'urlsafe')}`]);
  out.push(['mfa token', `${['mf', 'a.'].join('')}${r(84, 'urlsafe')}`]);
  return out;
}

const CONTEXTS: [string, (v: string) => string][] = [
  ['answer.txt', (v) => `Here is the credential you asked for: ${v}\n`],
  ['bot.py', (v) => `client.run("${v}")\n`],
  ['config.json', (v) => `${JSON.stringify({ discord: v }, null, 2)}\n`],
  ['notes.md', (v) => `- use \`${v}\` for the demo\n`],
  ['keys.csv', (v) => `prod,${v},2026-01-31\n`],
];

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe('Discord credentials of every kind', () => {
  for (const [kind, value] of tokens()) {
    it(kind, () => {
      const secret = value
        .slice(value.lastIndexOf('/') + 1)
        .split('.')
        .pop()!;
      for (const [file, make] of CONTEXTS) {
        const out = redact(file, make(value));
        assert.ok(!out.includes(secret.slice(-20)), `${kind} in ${file}: ${out}`);
      }
    });
  }

  it('look-alikes survive', () => {
    const alikes = [
      `${pick('MNO')}${r(24, 'alnum')}.${r(6, 'urlsafe')}`,
      `${pick('PQRXYZ')}${r(24, 'alnum')}.${r(6, 'urlsafe')}.${r(38, 'urlsafe')}`,
      `${pick('MNO')}${r(24, 'alnum')}.${r(9, 'urlsafe')}.${r(38, 'urlsafe')}`,
      `x${pick('MNO')}${r(24, 'alnum')}.${r(6, 'urlsafe')}.${r(38, 'urlsafe')}`,
      'Microsoft.AspNetCore.Components.WebAssembly.Authentication.RemoteAuthenticationService',
      'MODULE_NOT_FOUND_ERROR_CODE.reason.extendedDescriptionOfTheFailure',
      `https://discord.com/api/v10/channels/${r(18, 'digits')}/messages`,
      'https://discord.com/developers/docs/resources/webhook',
    ];
    for (const a of alikes)
      for (const [file, make] of CONTEXTS) {
        const out = redact(file, make(a));
        // After `the credential you asked for:` a random token is a credential to the prose detector (context.ts),
        // whatever its shape: there, only the Discord rule must not fire.
        if (file === 'answer.txt') assert.ok(!out.includes('REDACTED:discord'), `${a} in ${file}: ${out}`);
        else assert.equal(out, make(a), `${a} in ${file}`);
      }
  });
});
