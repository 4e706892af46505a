/**
 * Attack 47: a browser test's password typed into a form went out (`await page.fill('#password', 'Copper77&')`). The
 * password fields of Playwright, Cypress, Selenium and WebdriverIO calls, with selectors and labels of many shapes, get
 * random passwords, long and short: each is redacted, and the file's other strings stay. Other fields, environment
 * reads, templates, key names and placeholders typed into a password field come out byte for byte. Seeded
 * (REDACT_SEED).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { seededGen } from './helpers/fake-secrets.js';

const SEED = Number(process.env.REDACT_SEED ?? 4701);
const g = seededGen(SEED);

const CALLS: [string, (v: string) => string][] = [
  ['login.spec.ts', (v) => `await page.fill('#password', '${v}');`],
  ['login.spec.ts', (v) => `await page.fill('input[name="password"]', "${v}");`],
  ['login.spec.ts', (v) => `await page.locator('input[type=password]').fill(\`${v}\`);`],
  ['login.spec.ts', (v) => `await page.getByLabel('Password').fill('${v}');`],
  ['login.spec.ts', (v) => `await page.getByPlaceholder("Your passphrase").pressSequentially('${v}');`],
  ['login.cy.js', (v) => `cy.get('[data-test=pwd]').type('${v}')`],
  ['test_login.py', (v) => `driver.find_element(By.ID, "passwd").send_keys("${v}")`],
  ['test_login.py', (v) => `page.fill("#login-password", "${v}")`],
  ['login.e2e.js', (v) => `await $('#password').setValue('${v}')`],
];

const password = (): string =>
  g.int(2)
    ? g.one([...'ABCDEFGHJKLMNPQRSTUVWXYZ']) + g.pick('alnum', 7 + g.int(8)) + g.one([...'!#@$%&*'])
    : g.one([...'abcdefghjkmnpqrstuvwxyz']) + g.pick('alnum', 3 + g.int(3)) + g.pick('digits', 1);

const redact = (rel: string, text: string): string => {
  const f = new Redactor().filter({ rel });
  return f.write(text) + f.end();
};

describe(`a password a browser test types into a form (attack 47, seed ${SEED})`, () => {
  it('is redacted in every framework, and the user name beside it stays', () => {
    const problems: string[] = [];
    for (let i = 0; i < 4; i++)
      for (const [rel, call] of CALLS) {
        const v = password();
        const user = `await page.fill('#username', 'qa.user${g.pick('digits', 2)}@example.com');\n`;
        const out = redact(rel, `${user}${call(v)}\n`);
        if (out.includes(v) || !out.startsWith(user)) problems.push(out.trim());
      }
    assert.deepEqual(problems, []);
  });

  it('what is no password typed into one comes out byte for byte', () => {
    const text = [
      "await page.fill('#username', 'alice1234');",
      "await page.fill('#email', 'alice@example.com');",
      "await page.fill('#password', process.env.TEST_PASSWORD);",
      "await page.fill('#password', '${TEST_PASSWORD}');",
      "await page.fill('#password', '{{ password }}');",
      "await page.fill('#password', 'password');",
      "await page.fill('#password', '<your password>');",
      "cy.get('#password').type('{enter}');",
      "cy.get('#password').type('abc');",
      'driver.find_element(By.ID, "password").send_keys(Keys.ENTER)',
      "await page.getByRole('button', { name: 'Forgot password?' }).click();",
      "await page.type('#search', 'password reset flow');",
      '',
    ].join('\n');
    assert.equal(redact('login.spec.ts', text), text);
  });
});
