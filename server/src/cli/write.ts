// Writes a fixed draft without ever leaving it empty or half-written: the new text goes to a
// temporary file beside the draft, which then replaces it in one rename, with the draft's
// permissions. A read-only draft is refused before anything is written.
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteResult = { ok: true } | { ok: false; problem: string };

export function writeFileAtomically(path: string, text: string): WriteResult {
  let mode: number;
  try {
    mode = statSync(path).mode & 0o7777;
    accessSync(path, constants.W_OK);
  } catch (error) {
    return { ok: false, problem: `cannot be written (${reason(error)}); left unchanged` };
  }
  // Marked read-only on purpose (even where the user could still write it, e.g. as root).
  if ((mode & 0o222) === 0) return { ok: false, problem: 'is read-only; left unchanged' };
  const temporary = join(dirname(path), `.${basename(path)}.pplint-${process.pid}-${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temporary, 'wx', mode);
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    chmodSync(temporary, mode);
    renameSync(temporary, path);
    return { ok: true };
  } catch (error) {
    if (fd !== null) closeQuietly(fd);
    removeQuietly(temporary);
    return { ok: false, problem: `could not be saved (${reason(error)}); left unchanged` };
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'the disk is full';
  return error instanceof Error ? error.message : String(error);
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // never created
  }
}
