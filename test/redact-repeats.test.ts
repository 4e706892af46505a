/**
 * Long runs of one repeated unit redact at a bounded speed (issue: throughput and hostile input). A run of a command's
 * literal (`7z `, `rar `, `pscp `, `net use `, `nmcli `: command-secrets.ts) read a window of 2,048 characters of
 * arguments for each literal in it, its end searched and its arguments split each time: 1 MB of `7z ` took 36 s of
 * CPU. Each unit is timed in a child (killed after a minute): 1 MB through a file's filter (64 KB writes) and through
 * scanBinary, each under 1.5 s of CPU (about 0.2 s here). Its twin: the command's secret after such a run is still
 * found, and the run itself is kept unchanged.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Redactor } from '../src/core/redact/redactor.js';
import { timeInChild } from './helpers/child-timer.js';
import { rng } from './helpers/fake-secrets.js';

/** The commands whose reader needs a flag, each with the flag and a way to give it a password. */
const COMMANDS: [literal: string, withSecret: (p: string) => string][] = [
  ['7z ', (p) => `7z x -p${p} backup.7z`],
  ['7za ', (p) => `7za x -p${p} backup.7z`],
  ['7zz ', (p) => `7zz x -p${p} a.7z`],
  ['unrar ', (p) => `unrar x -p${p} a.rar`],
  ['rar ', (p) => `rar a -hp${p} a.rar dir`],
  ['net use ', (p) => `net use Z: \\\\files\\share ${p} /user:corp\\bob`],
  ['plink ', (p) => `plink -ssh bob@host -pw ${p}`],
  ['pscp ', (p) => `pscp -pw ${p} file bob@host:/tmp`],
  ['psftp ', (p) => `psftp bob@host -pw ${p}`],
  ['xfreerdp ', (p) => `xfreerdp /v:host /u:bob /p:${p}`],
  ['rdesktop ', (p) => `rdesktop -u bob -p ${p} host`],
  ['ipmitool ', (p) => `ipmitool -I lanplus -H bmc -U admin -P ${p} power status`],
  ['nmcli ', (p) => `nmcli dev wifi connect home password ${p}`],
  ['snmpwalk ', (p) => `snmpwalk -v3 -u bob -l authPriv -a SHA -A ${p} host`],
];
/** The units: each literal as written and in capitals. */
const UNITS = [...new Set(COMMANDS.flatMap(([l]) => [l, l.toUpperCase()]))];

const TIMER = `
const { Redactor } = await import(process.argv[1]);
const units = JSON.parse(process.argv[2]);
const MB = 1 << 20;
const cpu = (f) => { const t = process.cpuUsage(); f(); const d = process.cpuUsage(t); return (d.user + d.system) / 1000; };
const r = new Redactor({ learn: true });
const filter = (text) => { const f = r.filter({ rel: 'agent_a/workspace/run.log' });
  for (let i = 0; i < text.length; i += 65536) f.write(text.slice(i, i + 65536)); f.end(); };
filter('warm up '.repeat(8192));
const out = {};
for (const u of units) {
  const text = Buffer.from(u.repeat(Math.ceil(MB / u.length)).slice(0, MB)).toString();
  out[u] = [cpu(() => filter(text)), cpu(() => r.scanBinary(Buffer.from(text, 'latin1')))];
}
process.stdout.write(JSON.stringify(out));
`;

describe('a long run of one repeated unit redacts at a bounded speed', () => {
  it(`1 MB of each of ${UNITS.length} command literals repeated: under 1.5 s of CPU, filter and scanBinary`, () => {
    // Children of four units each: one slow unit fails its own group within the minute, not the others'.
    const groups = Array.from({ length: Math.ceil(UNITS.length / 4) }, (_, g) => UNITS.slice(4 * g, 4 * g + 4));
    for (const units of groups) {
      const t = timeInChild<Record<string, [number, number]>>(TIMER, units);
      for (const [u, [f, b]] of Object.entries(t))
        assert.ok(
          f < 1500 && b < 1500,
          `${JSON.stringify(u)}: filter ${f.toFixed(0)} ms, scanBinary ${b.toFixed(0)} ms`,
        );
    }
  });

  it("a command's password after a long run of its literal is still redacted, and the run kept", () => {
    const rand = rng(20261202);
    const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    const password = (): string => {
      let s = '';
      for (let i = 0; i < 14; i++) s += ALNUM[Math.floor(rand() * ALNUM.length)];
      return `${s}!7`;
    };
    const r = new Redactor();
    let checked = 0;
    for (const [literal, withSecret] of COMMANDS)
      for (const n of [10, 700, 5000]) {
        const run = literal.repeat(n);
        const p = password();
        for (const text of [`${run}\n${withSecret(p)}\n`, `${run}${withSecret(p)}\n`]) {
          const out = r.redactString(text);
          assert.ok(!out.includes(p), `${literal} x${n}: password kept: ${out.slice(-120)}`);
          checked++;
        }
        // The twin: the run alone, and with a flag that holds no value, comes out unchanged.
        for (const text of [`${run}\n`, `${run}-p\n`, `${run} --help\n`])
          assert.equal(r.redactString(text), text, `${literal} x${n}`);
      }
    assert.ok(checked >= 80);
  });
});
