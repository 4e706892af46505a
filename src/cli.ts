#!/usr/bin/env node
// Plain `env node`: flags on this line (`env -S`) would break the bin where env is BusyBox's (Alpine).
import { startEarly, stopEarly } from './commands/early.js';

const args = process.argv.slice(2);
// What a command can start before the parser loads (the gist read of `shares pull`): see commands/early.ts.
await startEarly(args, process.env);
// The heap tuning is for the export's plan and the logs readers; `shares` runs with V8's defaults, without node:v8.
if (args[0] !== 'shares') (await import('./adapters/heap.js')).tuneHeap();
const { run } = await import('./main.js');
await run();
stopEarly();
