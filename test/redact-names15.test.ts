/**
 * names15: secret-bearing files known by their name (PPP chap/pap-secrets, Postfix sasl_passwd, rsyncd.secrets,
 * .pgpass, .my.cnf, .netrc, .git-credentials, htpasswd, .npmrc, .yarnrc.yml, .pypirc, AWS credentials and config, key
 * stores, docker configs, wpa_supplicant, NetworkManager, secrets.yaml/toml, .vault-token, .boto, service accounts,
 * tfvars, gcloud's databases, kubeconfig, .s3cfg, rclone, RubyGems, Cargo, gh, hub, the Azure CLI's caches) in an
 * agent's workspace, at its root, in a copied project and in a copied home. Each is left out with its reason, and each
 * of its secret values, pasted elsewhere in the workspace (a note, a JSON list), is replaced there: learned from the
 * file. Twins: the same names holding only comments, placeholders or settings teach nothing, and other tools' files
 * of the same names (`config`, `hosts.yml`, `hub`, a man page) go out byte for byte. REPORT=1 prints the counts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { credentialFileValues } from '../src/core/credential-formats.js';
import { randomStrings } from './helpers/fake-secrets.js';
import { benignFiles, secretFiles, type NamedFile } from './helpers/names15-corpus.js';
import { type Content } from './helpers/session-builder.js';
import { exportWorkspace, type WorkspaceExport } from './helpers/workspace-export.js';

const DIRS = ['', 'project', 'home/alice'];

interface Exported extends WorkspaceExport {
  /** Every gist file written, and what the CLI printed. */
  texts: string[];
}

async function exportNamed(files: Record<string, Content>): Promise<Exported> {
  const e = await exportWorkspace(files, { tag: 'names15', question: 'credential files', timeoutMs: 180_000 });
  return { ...e, texts: [...e.written.values(), e.stdout, e.stderr] };
}

/** The workspace file a path went out as (gist files flatten `/` to `__`). */
const gistOf = (e: Exported, rel: string): string | undefined =>
  [...e.written].find(([g]) => g.endsWith(`workspace__${rel.replace(/\//g, '__')}`))?.[1];

/** Left out, or under a folder left out (`.aws/`, `.ssh/`). */
function reasonOf(e: Exported, rel: string): string | undefined {
  for (let p = rel; p !== ''; p = p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '') {
    const why = e.leftOut.get(p) ?? e.leftOut.get(`${p}/`);
    if (why !== undefined) return why;
  }
  return undefined;
}

/** Notes that paste every value of the cases elsewhere in the workspace: a Markdown list and a JSON list. */
function pastes(cases: readonly NamedFile[], pick: (c: NamedFile) => string[]): Record<string, string> {
  const values = cases.flatMap(pick);
  return {
    'notes/report.md': `# Run notes\n\n${values.map((v, i) => `- item ${i}: ${v}`).join('\n')}\n`,
    'notes/values.json': `${JSON.stringify({ items: values }, null, 2)}\n`,
  };
}

interface Tally {
  files: number;
  notLeftOut: string[];
  secrets: number;
  leaked: string[];
  kept: number;
  damaged: string[];
}

async function runSecrets(seed: number): Promise<Tally> {
  const r = randomStrings(seed);
  const cases = DIRS.flatMap((d) => secretFiles(r, d));
  const files: Record<string, Content> = Object.fromEntries(cases.map((c) => [c.path, c.content]));
  Object.assign(
    files,
    pastes(cases, (c) => c.pasted ?? c.secrets),
  );
  const kept = cases.flatMap((c) => c.kept);
  files['notes/kept.md'] = `# Hosts and names\n\n${kept.map((k) => `- ${k}`).join('\n')}\n`;
  const e = await exportNamed(files);
  const secrets = cases.flatMap((c) => c.secrets.map((s) => ({ path: c.path, s })));
  const keptOut = gistOf(e, 'notes/kept.md');
  return {
    files: cases.length,
    notLeftOut: cases
      .filter((c) => !(reasonOf(e, c.path) ?? '').includes(c.leftOutAs ?? 'secret-bearing file'))
      .map((c) => `${c.path} (${reasonOf(e, c.path)})`),
    secrets: secrets.length,
    leaked: secrets
      .filter(({ s }) => e.texts.some((t) => t.includes(s)))
      .map(({ path: p, s }) => `${p}: ${s.slice(0, 24)}`),
    kept: kept.length,
    damaged: keptOut === files['notes/kept.md'] ? [] : kept.filter((k) => !keptOut?.includes(`- ${k}\n`)),
  };
}

async function runBenign(seed: number): Promise<{ files: number; wrongFate: string[]; damaged: string[] }> {
  const r = randomStrings(seed);
  const cases = DIRS.flatMap((d) => benignFiles(r, d));
  const files: Record<string, Content> = Object.fromEntries(cases.map((c) => [c.path, c.content]));
  // Every line of every twin pasted elsewhere: none may be learned from the twin.
  Object.assign(
    files,
    pastes(cases, (c) => [
      ...c.kept,
      ...String(c.content)
        .split('\n')
        .filter((l) => l.trim() !== ''),
    ]),
  );
  const e = await exportNamed(files);
  const wrongFate = cases
    .filter((c) => (c.goesOut ? gistOf(e, c.path) !== c.content : e.shared.includes(c.path)))
    .map((c) => `${c.path} (${c.goesOut ? 'should go out unchanged' : 'should stay out'}: ${reasonOf(e, c.path)})`);
  const damaged = ['notes/report.md', 'notes/values.json'].filter((n) => gistOf(e, n) !== files[n]);
  return { files: cases.length, wrongFate, damaged };
}

const report = (o: unknown): void => {
  if (process.env.REPORT) console.log(JSON.stringify(o, null, 1));
};

describe('secret-bearing files known by name (names15)', () => {
  for (const seed of [1501, 1502]) {
    it(`each is left out as secret-bearing and its values are replaced wherever else they appear (seed ${seed})`, async () => {
      const t = await runSecrets(seed);
      report({ seed, ...t });
      assert.deepEqual(t.notLeftOut, []);
      assert.deepEqual(t.leaked, []);
      assert.deepEqual(t.damaged, []);
    });
  }
  for (const seed of [1511, 1512]) {
    it(`twins teach nothing and other tools' files of the same names go out unchanged (seed ${seed})`, async () => {
      const t = await runBenign(seed);
      report({ seed, ...t });
      assert.deepEqual(t.wrongFate, []);
      assert.deepEqual(t.damaged, []);
    });
  }
  it('reads each store in linear time: 1 MiB of any repeated piece of its format, after any prefix', () => {
    const stores = ['etc/ppp/chap-secrets', 'sasl_passwd', 'rsyncd.secrets', '.pgpass', '.htpasswd', '.htdigest'];
    stores.push('.git-credentials', '.docker/config.json', '.npmrc', '.yarnrc.yml', 'wpa_supplicant.conf');
    stores.push('home.nmconnection', 'secrets.yaml');
    const pieces = [
      ' ',
      '\t',
      ':',
      '=',
      'a',
      '"',
      '-',
      '\\',
      '\\:',
      'a:',
      '- ',
      '"\n',
      'psk=\n',
      'x=',
      'auth',
      '_auth',
    ];
    pieces.push('https://u:p@\n', 'npmAuthIdent: ', '[vpn-secrets]\n');
    let worst = 0;
    for (const store of stores) {
      for (const piece of pieces) {
        for (const prefix of ['', 'password=', 'https://u:']) {
          const text = prefix + piece.repeat(Math.ceil((1 << 20) / piece.length));
          const t0 = process.cpuUsage();
          credentialFileValues(store, text);
          const used = process.cpuUsage(t0);
          worst = Math.max(worst, (used.user + used.system) / 1000);
        }
      }
    }
    report({ worstMs: worst });
    assert.ok(worst < 1500, `${worst} ms`);
  });
});
