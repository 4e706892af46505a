/**
 * A secret spread over folder names (a webhook URL saved by wget or httrack, a cache keyed by a URL's parts): each
 * name alone holds none, the joined path does. No window of it goes out in a gist file name, the manifest, or what
 * the export prints; deep paths, hashes, uuids and dates as folder names go out as they are.
 */
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import { oneAgentAttempt, under, writeTree, type Tree } from './helpers/session-builder.js';
import { runCli, tempDir } from './helpers/env.js';
import { randomStrings, windows } from './helpers/fake-secrets.js';
import { Redactor } from '../src/core/redact/redactor.js';
import { joinedScanner } from '../src/core/joined-names.js';

const ID = 'log_20260401_120000_000021';

function secrets() {
  const r = randomStrings(2121);
  const slack = (): string[] => [`T${r('upperAlnum', 9)}`, `B${r('upperAlnum', 9)}`, r('alnum', 24)];
  const discord = (): string[] => [r('digits', 18), `${r('alnum', 30)}_${r('urlsafe', 37)}`];
  return {
    wget: ['hooks.slack.com', 'services', ...slack()],
    httrack: ['hooks.slack.com', 'services', ...slack()],
    cache: ['hooks.slack.com', 'services', ...slack()],
    discord: ['discord.com', 'api', 'webhooks', ...discord()],
    discordV: ['discordapp.com', 'api', 'v10', 'webhooks', ...discord()],
  };
}

function lookAlikes() {
  const r = randomStrings(3131);
  const uuid = () => `${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}`;
  return [
    'src/components/ui/button/variants/index.tsx',
    `huggingface/hub/models--Qwen--Qwen2.5-7B/snapshots/${r('hex', 40)}/config.json`,
    `repo_git/objects/${r('hex', 2)}/${r('hex', 38)}`,
    `runs/${uuid()}/${uuid()}/out.txt`,
    'logs/2026/01/31/10/run.txt',
    'mirror/api.slack.com/messaging/webhooks/index.html',
    'mirror/hooks.slack.com/services/index.html',
    `cache/${r('hex', 2)}/${r('hex', 2)}/${r('hex', 60)}.json`,
    `mirror/discord.com/api/webhooks/${r('digits', 18)}/messages/index.html`,
  ];
}

async function session() {
  const s = secrets();
  const ws: Tree = {
    [`mirror/${s.wget.join('/')}/index.html`]: '<p>ok</p>\n',
    [`mirror/${s.httrack.join('/')}.html`]: '<p>ok</p>\n',
    [`cache/${s.cache.join('/')}/response.json`]: '{"ok": true}\n',
    [`mirror/${s.discord.join('/')}`]: '{"id": 1}\n',
    [`mirror/${s.discordV.join('/')}/index.json`]: '{"id": 1}\n',
  };
  for (const p of lookAlikes()) ws[p] = 'plain text\n';
  const base = await tempDir('mgs-jp-');
  const root = path.join(base, '.massgen', 'massgen_logs', ID);
  await writeTree(
    root,
    under('turn_1/attempt_1', oneAgentAttempt({ question: 'q', sessionName: ID, workspace: () => ws })),
  );
  // The URL is the secret (a redactor reads it as one); its windows are those of the parts the rule redacts (a
  // Discord webhook's id is no secret).
  const url = (parts: string[]) => `https://${parts.join('/')}`;
  const secret = (parts: string[]) => parts.slice(parts[0]!.startsWith('hooks') ? 2 : -1).join('/');
  return { base, root, urls: Object.entries(s).map(([k, v]) => ({ family: k, url: url(v), value: secret(v) })) };
}

describe('export: a secret spread over folder names', () => {
  it('goes out in no gist file name, no manifest path and no printed line; look-alike paths go out', async () => {
    const { base, root, urls } = await session();
    for (const u of urls) assert.notEqual(new Redactor().redactString(u.url), u.url, `${u.family} is a secret`);
    const out = path.join(base, 'share');
    const r = await runCli(['export', root, '--output', out, '--json'], { cwd: base });
    assert.equal(r.code, 0, r.stderr);
    const names = await readdir(out);
    const manifest = await readFile(path.join(out, '_session_manifest.json'), 'utf8');
    const texts = { names: names.join('\n'), manifest, stdout: r.stdout, stderr: r.stderr };
    const found: string[] = [];
    for (const [where, text] of Object.entries(texts))
      for (const u of urls)
        for (const w of windows(u.value)) if (text.includes(w)) found.push(`${where}: ${u.family} …${w}…`);
    assert.deepEqual(found, []);
    // Each planted path is left out, shown redacted from the folder its secret starts in (answer step and final).
    assert.equal(manifest.match(/path holds a secret across its folders/g)?.length, 10, manifest);
    // Each look-alike goes out, its path whole in its gist file name.
    for (const p of lookAlikes()) {
      const flat = `workspace__${p.split('/').join('__')}`;
      assert.ok(
        names.some((n) => n.endsWith(flat)),
        `${p} did not go out:\n${names.join('\n')}`,
      );
    }
  });
});

describe('joinedScanner', () => {
  const red = new Redactor();
  const scan = joinedScanner((t) => red.redactContextFree(t));
  const ws = 'turn_1/attempt_1/agent_a/20260131_101530_654321/workspace/';
  it('finds a webhook spread over folders where its name completes it, and shows it from the folder it starts in', () => {
    const r = randomStrings(77);
    const [t, b, tok] = [`T${r('upperAlnum', 9)}`, `B${r('upperAlnum', 9)}`, r('alnum', 24)];
    const dir = `${ws}site/hooks.slack.com/services/${t}/`;
    const [hit, plain] = scan(dir, [b, 'a.txt']);
    assert.deepEqual(hit, { rules: ['slack-webhook'], dir: `${ws}site/`, shown: '[REDACTED:slack-webhook]' });
    assert.equal(plain, null, 'services/T…/a.txt holds no secret');
    assert.ok(scan(`${dir}${b}/`, [tok])[0], 'the token under it too');
  });
  it('leaves deep paths, hashes, uuids and dates alone', () => {
    const r = randomStrings(78);
    const dirs: [string, string][] = [
      [`${ws}repo_git/objects/${r('hex', 2)}/`, r('hex', 38)],
      [`${ws}hub/models--org--m/snapshots/${r('hex', 40)}/`, 'config.json'],
      [`${ws}runs/${r('hex', 8)}-${r('hex', 4)}-4${r('hex', 3)}-a${r('hex', 3)}-${r('hex', 12)}/`, 'out.txt'],
      [`${ws}2026/01/31/`, '10'],
      [`${ws}site/hooks.slack.com/services/`, 'index.html'],
      [`${ws}site/discord.com/api/webhooks/`, r('digits', 18)],
      [`${ws}src/components/ui/button/variants/`, 'index.tsx'],
    ];
    for (const [dir, name] of dirs) assert.deepEqual(scan(dir, [name]), [null], `${dir}${name}`);
  });
});
