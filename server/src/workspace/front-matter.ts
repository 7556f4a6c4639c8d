// The front matter of a file that is not open, read from its first kilobytes only (the workspace
// index reads every Markdown file once): 4 KB, and up to 64 KB when the front matter is longer.
import { closeSync, openSync, readSync } from 'node:fs';
import { frontMatterOfHead, type FrontMatter } from '../engine/index.js';

const FIRST_READ = 4 * 1024;
const LONGEST = 64 * 1024;

/** The file's front matter; null when it has none, is longer than 64 KB, or the file cannot be read. */
export function readFileFrontMatter(path: string): FrontMatter | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    for (let size = FIRST_READ; size <= LONGEST; size *= 4) {
      const buffer = Buffer.alloc(size);
      const read = readSync(fd, buffer, 0, size, 0);
      const found = frontMatterOfHead(buffer.subarray(0, read).toString('utf8'));
      if (found !== 'incomplete') return found;
      if (read < size) return null;
    }
    return null;
  } catch {
    return null;
  } finally {
    closeSync(fd);
  }
}
