#!/usr/bin/env node
// Plain `env node`: flags on this line (`env -S`) would break the bin where env is BusyBox's (Alpine).
import { deferOptimizer } from './adapters/heap.js';
import { directPull, startEarly, stopEarly } from './commands/early.js';

// A library's process warning quotes what it read (the input's secrets, its escape codes) and Node prints it as it is:
// only the warning's name and code are printed (hostile 59).
process.removeAllListeners('warning');
process.on('warning', (w: Error & { code?: unknown }) => {
  const code = typeof w.code === 'string' ? ` (${w.code.replace(/[^\w.-]/g, '')})` : '';
  process.stderr.write(`Warning from a library: ${w.name.replace(/[^\w.-]/g, '')}${code}\n`);
});

const args = process.argv.slice(2);
const pull = directPull(args);
// Every command but a plain pull (mostly waiting on gh and the disk), from before the parser and the command's
// modules load: a short command is done before an optimised function would pay for its compilation.
if (!pull) deferOptimizer();
// What a command can start before the parser loads (the gist read of `shares pull`): see commands/early.ts.
await startEarly(args, process.env);
if (pull) {
  // A plain pull runs without the parser (yargs) and the other commands' code: only the pull's modules load.
  const [{ runFrame }, { runSharesPull }] = await Promise.all([
    import('./frame.js'),
    import('./commands/shares-pull.js'),
  ]);
  await runFrame(args, (ctx) => runSharesPull(pull, ctx));
} else {
  const { run } = await import('./main.js');
  await run();
}
stopEarly();
