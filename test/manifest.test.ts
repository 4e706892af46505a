/**
 * One manifest shape: what the exporter's writer returns is the type `shares pull` reads
 * (checked when this file compiles), and what it writes passes pull's validator.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, it } from 'node:test';
import type { buildManifest } from '../src/core/manifest.js';
import { MANIFEST_VERSION, parseManifest, SHARE_FORMAT, type ShareManifest } from '../src/core/manifest-schema.js';
import { MANIFEST_NAME } from '../src/core/names.js';
import { runCli, sessionOf, tempDir } from './helpers/env.js';

/** Compiles only while the writer returns the shape pull reads (it returned Record<string, unknown> before). */
const writesTheReadShape: ReturnType<typeof buildManifest> extends ShareManifest ? true : never = true;

describe('the manifest: one shape for the writer and pull', () => {
  it("the written manifest has version and format, and passes pull's validator with every file mapped", async () => {
    assert.equal(writesTheReadShape, true);
    const out = path.join(await tempDir(), 'out');
    const r = await runCli(['export', sessionOf('workspace-heavy'), '--output', out], {
      env: { ...process.env, TMPDIR: await tempDir('mgs-tmp-') },
    });
    assert.equal(r.code, 0, r.stderr);
    const text = await readFile(path.join(out, MANIFEST_NAME), 'utf8');
    const m = parseManifest(text);
    assert.equal(m.version, MANIFEST_VERSION);
    assert.equal(m.format, SHARE_FORMAT);
    const raw = JSON.parse(text) as { files: Record<string, unknown> };
    assert.deepEqual(Object.keys(m.files ?? {}).sort(), Object.keys(raw.files).sort());
    assert.ok(Object.keys(raw.files).length > 0);
  });
});
