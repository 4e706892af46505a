#!/usr/bin/env node
// Plain `env node`: flags on this line (`env -S`) would break the bin where env is BusyBox's (Alpine).
import { startEarly, stopEarly } from './commands/early.js';

const args = process.argv.slice(2);
// What a command can start before the parser loads (the gist read of `shares pull`): see commands/early.ts.
await startEarly(args, process.env);
const { run } = await import('./main.js');
await run();
stopEarly();
