/**
 * A password typed into a form by a browser test (attack 47): Playwright's `page.fill('#password', 'Copper77&')` and
 * `getByLabel('Password').fill(…)`, Cypress's `cy.get('#password').type(…)`, Selenium's
 * `find_element(By.ID, "password").send_keys(…)`, WebdriverIO's `setValue`. The field's selector or label names a
 * password; the string typed into it is the password, judged as a config's would be (8 characters or more and no
 * placeholder, or a short password's shape: short-passwords.ts). Found from the call's name in the shared scan.
 */
import { isPlaceholderValue } from './placeholder-values.js';
import { literalScan } from './literal-scan.js';
import { runPass, startHits, type Hit, type Pass } from './pass.js';
import { shortPassword } from './short-passwords.js';

const CALLS = ['fill(', 'type(', 'send_keys(', 'sendkeys(', 'setvalue(', 'pressSequentially(', 'press_sequentially('];
const scan = literalScan(CALLS);
/** A selector or a label that names a password's field (`#password`, `input[name=pwd]`, `By.ID, "passwd"`). */
const FIELD = /pass(?:word|wd|phrase|code)?|pwd|passwort|contrase/i;
/** The call's name, then the selector as its first argument (`fill('#password', `), or its string argument alone. */
const ARGS =
  /[A-Za-z_]+\(\s*(?:(?<sq>["'`])(?<sel>(?:(?!\k<sq>)[^\r\n]){1,160})\k<sq>\s*,\s*)?(?<q>["'`])(?<v>[^"'`\r\n\\]{4,128})\k<q>\s*[,)]/y;
/** Before a chained call: the element's selector or label in a call of its own (`get('#password').`). */
const CHAINED = /(["'`])((?:(?!\1)[^\r\n]){1,160})\1\s*\)\s*\.\s*$/;

function fillHit(text: string, at: number): Hit | null {
  ARGS.lastIndex = at;
  const m = ARGS.exec(text);
  if (m === null) return null;
  const g = m.groups!;
  const field = g.sel ?? CHAINED.exec(text.slice(Math.max(0, at - 200), at))?.[2];
  if (field === undefined || !FIELD.test(field)) return null;
  const v = g.v!;
  if (!(v.length >= 8 ? !isPlaceholderValue(v) && !/^\$\{|^\{\{/.test(v) : shortPassword('password', v))) return null;
  const start = at + m[0].lastIndexOf(v + g.q!);
  return { rule: 'form-password', start, end: start + v.length };
}

/** The pass of passwords typed into a form's password field by a browser test (see the file's comment). */
export function formFillPass(): Pass {
  return runPass((text) => startHits(scan?.(text) ?? [], (at) => fillHit(text, at)));
}
