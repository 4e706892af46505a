/**
 * What the walk found, stored by column. A session can hold hundreds of thousands of files: an
 * object and a path string for each cost about 400 bytes, and with the garbage they made about
 * 1 KB of peak memory per file. Here a directory's path is kept once, and a file is its
 * directory's id, its name (the string readdir gave), its size and its modification time, in
 * plain arrays of numbers (which V8 stores unboxed). Paths are made when asked for.
 */
export class WalkTable {
  private readonly dirRel: string[] = [];
  private readonly dirCut: number[] = [];
  /** The index (in `attempts`) of each directory's attempt. */
  readonly dirAttempt: number[] = [];
  readonly fileDir: number[] = [];
  readonly fileName: string[] = [];
  readonly fileSize: number[] = [];
  readonly fileMtime: number[] = [];

  /** `attempts`: the turn and attempt numbers of the walked attempts. */
  constructor(readonly attempts: readonly { readonly turn: number; readonly attempt: number }[]) {}

  get fileCount(): number {
    return this.fileDir.length;
  }

  /**
   * Adds a directory: `rel` is its session-relative path ending in `/` ('' for a flat session's
   * root), `attempt` its attempt's index, `cut` the length of the attempt directory's own prefix
   * in `rel`. Returns its id.
   */
  addDir(rel: string, attempt: number, cut: number): number {
    this.dirRel.push(rel);
    this.dirCut.push(cut);
    this.dirAttempt.push(attempt);
    return this.dirRel.length - 1;
  }

  /** Adds a regular file; returns its index. */
  addFile(dir: number, name: string, size: number, mtimeMs: number): number {
    this.fileDir.push(dir);
    this.fileName.push(name);
    this.fileSize.push(size);
    this.fileMtime.push(mtimeMs);
    return this.fileDir.length - 1;
  }

  /** The session-relative path of an entry named `name` in directory `dir`. */
  path(dir: number, name: string): string {
    return this.dirRel[dir]! + name;
  }

  /** A directory's path relative to its attempt directory ('' or ending in `/`). */
  attemptDir(dir: number): string {
    return this.dirRel[dir]!.slice(this.dirCut[dir]);
  }

  filePath(file: number): string {
    return this.path(this.fileDir[file]!, this.fileName[file]!);
  }

  /** A file's path relative to its attempt directory (what its gist name is built from). */
  fileAttemptRel(file: number): string {
    return this.attemptDir(this.fileDir[file]!) + this.fileName[file]!;
  }

  /** The turn and attempt numbers of a file's attempt. */
  fileAttempt(file: number): { readonly turn: number; readonly attempt: number } {
    return this.attempts[this.dirAttempt[this.fileDir[file]!]!]!;
  }
}
