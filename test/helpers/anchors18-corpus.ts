/**
 * YAML anchors and aliases, generated from a seed: a secret defined under a neutral name with an anchor and used by a
 * secret's name through an alias, in every place an alias can be (a mapping's value, with a comment after it, in a flow
 * mapping, as an item of a sequence under a plural secret name) and every form the anchored scalar can take (plain,
 * quoted, after a tag, a block scalar, a passphrase with blanks). The benign twin: the same documents whose aliases are
 * used by names that hold no secret (`port`, `region`, `next_token`), or whose anchored value is a reference.
 */
import { randomStrings, rng } from './fake-secrets.js';

export interface AnchorCase {
  text: string;
  planted: string;
  kind: string;
}

const SECRET_NAMES = ['api_key', 'password', 'token', 'client_secret', 'OPENAI_API_KEY', 'db_password', 'secret'];
const PLURAL = ['api_keys', 'tokens', 'passwords', 'secrets'];
const NEUTRAL = ['shared', 'default', 'value', 'common', 'base', 'x'];
const BENIGN_NAMES = ['region', 'image', 'next_token', 'model', 'endpoint', 'primary_key', 'cache_key'];

type Form = (v: string, anchor: string) => string;

/** How the anchored scalar is written. */
const FORMS: [string, Form][] = [
  ['plain', (v, a) => `&${a} ${v}`],
  ['double', (v, a) => `&${a} "${v}"`],
  ['single', (v, a) => `&${a} '${v}'`],
  ['tagged', (v, a) => `&${a} !!str ${v}`],
  ['comment', (v, a) => `&${a} ${v}  # rotated monthly`],
  ['block', (v, a) => `&${a} |\n    ${v}`],
];

/** Where the alias is used, by `name`. */
const USES: [string, (name: string, plural: string, a: string) => string][] = [
  ['value', (n, _p, a) => `service:\n  ${n}: *${a}\n`],
  ['comment', (n, _p, a) => `service:\n  ${n}: *${a}  # prod\n`],
  ['flow', (n, _p, a) => `service: {${n}: *${a}, port: 8080}\n`],
  ['item', (_n, p, a) => `${p}:\n  - *${a}\n  - \${OTHER_KEY}\n`],
  ['item-flush', (_n, p, a) => `${p}:\n- *${a}\n`],
];

function document(defName: string, form: Form, value: string, anchor: string, use: string): string {
  return `version: 2\ndefaults:\n  region: eu-west-1\n  ${defName}: ${form(value, anchor)}\n${use}`;
}

export function anchorCorpus(seed: number): AnchorCase[] {
  const r = randomStrings(seed);
  const rand = rng(seed + 1);
  const out: AnchorCase[] = [];
  for (let n = 0; n < 180; n++) {
    const [formName, form] = FORMS[n % FORMS.length]!;
    const [useName, use] = USES[Math.floor(n / FORMS.length) % USES.length]!;
    const kinds = [r('alnum', 20 + Math.floor(rand() * 20)), `${r('alnum', 6)}-${r('alnum', 5)}_${r('digits', 4)}`];
    if (formName !== 'plain' && formName !== 'tagged')
      kinds.push(`correct ${r('letters', 6)} battery ${r('letters', 5)}`);
    const value = kinds[n % kinds.length]!;
    const anchor = `${NEUTRAL[n % NEUTRAL.length]!}${n % 3 === 0 ? '' : `_${r('lowerAlnum', 3)}`}`;
    const name = SECRET_NAMES[n % SECRET_NAMES.length]!;
    const text = document(
      NEUTRAL[(n + 1) % NEUTRAL.length]!,
      form,
      value,
      anchor,
      use(name, PLURAL[n % PLURAL.length]!, anchor),
    );
    out.push({ text, planted: value, kind: `${formName} ${useName}` });
  }
  return out;
}

export function anchorTwins(seed: number): AnchorCase[] {
  const r = randomStrings(seed);
  const out: AnchorCase[] = [];
  for (let n = 0; n < 120; n++) {
    const [formName, form] = FORMS[n % FORMS.length]!;
    const [useName, use] = USES[Math.floor(n / FORMS.length) % USES.length]!;
    const anchor = NEUTRAL[n % NEUTRAL.length]!;
    // A value any name may hold, used by a name that holds no secret; or a reference, used by a secret's name.
    const reference = n % 4 === 3;
    const values = [
      `gpt-4o-mini`,
      `eu-${r('lowerAlnum', 4)}-1`,
      `sha256:${r('hex', 64)}`,
      `registry/app:${r('digits', 3)}`,
    ];
    const value = reference ? '${OPENAI_API_KEY}' : values[n % values.length]!;
    const name = reference ? SECRET_NAMES[n % SECRET_NAMES.length]! : BENIGN_NAMES[n % BENIGN_NAMES.length]!;
    const plural = reference ? PLURAL[n % PLURAL.length]! : 'regions';
    const text = document('base', form, value, anchor, use(name, plural, anchor));
    out.push({ text, planted: '', kind: `${formName} ${useName}` });
  }
  return out;
}
