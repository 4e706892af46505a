import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';

/** The platform's file-manager opener: `open` on macOS, `explorer` on Windows, `xdg-open` elsewhere. */
function openerFor(platform: NodeJS.Platform = process.platform): string {
  if (platform === 'darwin') return 'open';
  if (platform === 'win32') return 'explorer';
  return 'xdg-open';
}

/** How long to wait for the opener to fail before leaving it to run on its own. */
const SETTLE_MS = 3000;

/**
 * Opens `dir` in the system file manager: runs the platform's opener (found on PATH, never
 * through a shell) with the directory as its one argument. Resolves once the opener exited
 * cleanly or is still running after a few seconds (then it is left detached); a missing opener
 * or one that fails is a one-line UserError naming it and what to do.
 */
export function openDirectory(
  dir: string,
  env: NodeJS.ProcessEnv,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  const command = openerFor(platform);
  return new Promise((resolve, reject) => {
    const child = spawn(command, [dir], { env, stdio: 'ignore', detached: true });
    const timer = setTimeout(() => {
      child.unref();
      resolve(command);
    }, SETTLE_MS);
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        new UserError(
          err.code === 'ENOENT'
            ? `Cannot open ${dir}: no ${command} on PATH (it opens the file manager). Open the directory yourself, or install ${command} (xdg-utils on Linux).`
            : `Cannot open ${dir}: ${command} failed to start (${err.code ?? err.message}). Open the directory yourself.`,
        ),
      );
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      // explorer exits 1 even when it opened the window.
      if (code === 0 || (platform === 'win32' && code === 1)) resolve(command);
      else
        reject(
          new UserError(
            `Cannot open ${dir}: ${command} exited with ${signal ?? `code ${code}`}. Open the directory yourself.`,
          ),
        );
    });
  });
}
