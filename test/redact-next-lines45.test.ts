/**
 * A value on the line after its label (attack 45): a chat reply to a turn that asks for a key by name
 * (`[10:42] alice: what is the okta key for prod?` then `[10:43] bob: 00IC…`), and a bold name alone with its value
 * in a code span after a blank line (`**OKTA_API_TOKEN**`, then `` `00ZS…` ``). Twins: questions answered with words or
 * names, bold names over code that only names the variable, come out byte for byte.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { randomStrings, rng } from './helpers/fake-secrets.js';

const redact = (text: string): string => new Redactor().redactString(text);

function values(seed: number): string[] {
  const r = randomStrings(seed);
  return [`00${r('alnum', 40)}`, r('hex', 32), r('alnum', 40), `${r('alnum', 20)}_${r('alnum', 12)}`];
}

describe('a value after a chat turn or a bold name that asks for it (attack 45)', () => {
  it('redacts the reply and the code span, in every form', () => {
    const rand = rng(4545);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const missed: string[] = [];
    let n = 0;
    for (let seed = 1; seed <= 25; seed++)
      for (const v of values(seed)) {
        const [a, b] = [pick(['alice', 'dev_ops', 'Sam.K']), pick(['bob', 'agent_b', 'Jo'])];
        const clock = pick(['10:42', '9:05', '10:42:07']);
        const noun = pick(['okta key', 'API token', 'stripe secret', 'twilio_tok key', 'deploy token']);
        const ask = pick([`what is the ${noun} for prod?`, `what's the ${noun}?`, `where is the ${noun}?`]);
        const chat = `[${clock}] ${a}: ${ask}\n[${clock}] ${b}: ${v}\n[${clock}] ${a}: thanks\n`;
        const name = pick(['OKTA_API_TOKEN', 'STRIPE_SECRET_KEY', 'deploy_token', 'Sentry auth token']);
        const bold = pick([`**${name}**`, `__${name}__`, `**${name}:**`]);
        const md = `## Settings\n\n${bold}\n\n\`${v}\`\n\nRestart the agent after.\n`;
        for (const text of [chat, md]) {
          n++;
          if (redact(text).includes(v)) missed.push(text);
        }
      }
    assert.ok(n >= 200, `${n} plants`);
    assert.deepEqual(missed, []);
  });

  it('keeps questions answered with words or names, and bold names over code', () => {
    const kept = [
      '[10:42] alice: what is the key difference?\n[10:43] bob: Performance\n',
      '[10:42] alice: which token should I use?\n[10:43] bob: the_staging_one\n',
      "[10:42] alice: what's the api key variable?\n[10:43] bob: OPENAI_API_KEY\n",
      '[10:42] alice: where is the token read?\n[10:43] bob: config/settings.py\n',
      '**OKTA_API_TOKEN**\n\n`process.env.OKTA_API_TOKEN`\n',
      '**Your API key**\n\n`config.api.key`\n',
      '__STRIPE_SECRET_KEY__\n\n`${STRIPE_SECRET_KEY}`\n',
    ];
    for (const text of kept) assert.equal(redact(text), text);
  });
});
