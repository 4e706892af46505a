#!/usr/bin/env node
// Plain `env node`: flags on this line (`env -S`) would break the bin where env is BusyBox's (Alpine).
import { tuneHeap } from './adapters/heap.js';
import { run } from './main.js';

tuneHeap();
await run();
