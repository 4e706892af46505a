import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { UserError } from '../errors.js';

/**
 * Joins a relative path from a downloaded share under `root`, refusing anything that would
 * escape it. A backslash is an ordinary character in a POSIX file name (and kept); on Windows,
 * where it separates folders, it is refused.
 */
export function safeJoin(root: string, rel: string, platform: NodeJS.Platform = process.platform): string {
  const parts = rel.split('/');
  if (rel === '' || path.isAbsolute(rel) || (platform === 'win32' && rel.includes('\\'))
    || parts.some((p) => p === '' || p === '.' || p === '..' || p.includes('\0'))) {
    throw new UserError(`The share holds an unsafe path (${JSON.stringify(rel)}); nothing was written.`);
  }
  return path.join(root, ...parts);
}

/** Extracts every file of a zip (the overflow archive) under `root`; returns the paths written. */
export async function extractZip(zipFile: string, root: string): Promise<string[]> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    // Names are decoded here, not by yauzl, which would turn a backslash in a name into a folder.
    yauzl.open(zipFile, { lazyEntries: true, decodeStrings: false, validateEntrySizes: true }, (err, z) => (err ? reject(err) : resolve(z!))));
  const written: string[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', resolve);
      zip.on('entry', (entry: yauzl.Entry) => {
        // Our archives flag their names as UTF-8; safeJoin below is the one check on them.
        const name = (entry.fileName as unknown as Buffer).toString('utf8');
        if (name.endsWith('/')) {
          zip.readEntry();
          return;
        }
        let target: string;
        try {
          target = safeJoin(root, name);
        } catch (err) {
          reject(err);
          return;
        }
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) {
            reject(err ?? new Error('unreadable zip entry'));
            return;
          }
          mkdir(path.dirname(target), { recursive: true })
            .then(() => pipeline(stream, createWriteStream(target, { flags: 'wx' })))
            .then(() => {
              written.push(name);
              zip.readEntry();
            }, reject);
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  return written;
}
