import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { setUpRedaction } from '../src/commands/redaction-setup.js';
import { CHARSETS, rng } from './helpers/fake-secrets.js';
import { leaksValue } from './helpers/placements.js';

/**
 * The dotenv files beside `.env` are read too (Next.js, Vite, dotenv-flow and direnv conventions: `.env.production`,
 * `.env.development.local`, `.envrc`, `secrets.env`), but templates (`.env.example`, …). A variable named by a service
 * alone (`TAVILY`) is a known value when its value reads as a credential.
 */
describe('dotenv files and service-named variables', () => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'dotenvs-'));
  after(() => rmSync(base, { recursive: true, force: true }));
  const rand = rng(Number(process.env.REDACT_SEED ?? 6262));
  const key = (): string => {
    for (;;) {
      const v = Array.from({ length: 32 }, () => CHARSETS.alnum[Math.floor(rand() * CHARSETS.alnum.length)]).join('');
      if (/\d/.test(v) && /[a-z]/.test(v) && /[A-Z]/.test(v)) return v;
    }
  };
  const proj = path.join(base, 'proj');
  const cwd = path.join(base, 'cwd');
  const logsDir = path.join(proj, '.massgen', 'massgen_logs');
  const root = path.join(logsDir, 'log_20260101_000000_000001');
  mkdirSync(root, { recursive: true });
  mkdirSync(cwd);
  mkdirSync(path.join(proj, 'conf.env'));
  const files: Record<string, string> = {
    [path.join(proj, '.env.production')]: 'MISTRAL_API_KEY=',
    [path.join(proj, '.env.development.local')]: 'AZURE_OPENAI_KEY=',
    [path.join(proj, '.envrc')]: 'use nix\nexport ZAI_API_KEY=',
    [path.join(proj, 'secrets.env')]: 'COHERE_KEY=',
    [path.join(cwd, '.env.staging')]: 'DEEPSEEK_API_KEY=',
    [path.join(cwd, 'prod.env')]: 'GROQ_SECRET=',
  };
  const values = Object.fromEntries(Object.keys(files).map((f) => [f, key()]));
  for (const [f, line] of Object.entries(files)) writeFileSync(f, `${line}${values[f]}\n`);
  const template = key();
  writeFileSync(path.join(proj, '.env.example'), `MISTRAL_API_KEY=${template}\n`);
  writeFileSync(path.join(proj, '.env.sample'), `OPENAI_API_KEY=${template}\n`);

  it('learns the values of every dotenv file but templates', async () => {
    const setup = await setUpRedaction({
      cwd,
      env: {},
      session: { root, id: 'log_20260101_000000_000001', logsDir },
      redactExtra: [],
      home: path.join(base, 'home'),
    });
    const text = Object.values(values)
      .map((v) => `Switched the client to ${v} for the demo.`)
      .join('\n');
    const out = setup.redactor.redactString(`${text}\nTemplate value: ${template}\n`);
    assert.deepEqual(
      Object.entries(values)
        .filter(([, v]) => leaksValue(out, v))
        .map(([f]) => path.basename(f)),
      [],
    );
    assert.ok(out.includes(template), 'a template file is not read');
    assert.deepEqual(setup.warnings, []);
  });

  it('takes a service-named variable holding a credential, not a setting', async () => {
    const tavily = key();
    const groq = key();
    const setup = await setUpRedaction({
      cwd,
      env: { TAVILY: tavily, GROQ_PROD: groq, OPENAI: 'gpt-4o-mini-2024-07-18', AWS: 'us-east-1-production-a' },
      session: { root: path.join(base, 'none'), id: 'log_1' },
      redactExtra: [],
      home: path.join(base, 'home'),
    });
    const out = setup.redactor.redactString(
      `Search used ${tavily}; fast model via ${groq}. Model gpt-4o-mini-2024-07-18 in us-east-1-production-a.\n`,
    );
    assert.ok(!leaksValue(out, tavily) && !leaksValue(out, groq), out);
    assert.ok(out.includes('gpt-4o-mini-2024-07-18') && out.includes('us-east-1-production-a'), out);
  });
});
