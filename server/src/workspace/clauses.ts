// A firm's own clauses: the Markdown files of the folder that `.pplintrc.json` names in `clauses`,
// read and checked with the library's own reader. A file with a problem is left out and its
// problems are returned, to be shown on that file; the others join the library.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readClause, type LibraryClause as Clause } from '../engine/index.js';

export interface FirmClauses {
  clauses: Clause[];
  problems: Array<{ path: string; message: string }>;
}

const MAX_FILES = 500;
const MAX_BYTES = 256 * 1024;

export function readFirmClauses(folder: string): FirmClauses {
  const out: FirmClauses = { clauses: [], problems: [] };
  let names: string[];
  try {
    names = readdirSync(folder)
      .filter((n) => n.endsWith('.md'))
      .sort()
      .slice(0, MAX_FILES);
  } catch {
    out.problems.push({ path: folder, message: `The clause folder ${folder} (setting "clauses") cannot be read.` });
    return out;
  }
  for (const name of names) {
    const path = join(folder, name);
    try {
      if (statSync(path).size > MAX_BYTES) {
        out.problems.push({
          path,
          message: 'This clause file is too large to be a clause; it is left out of the library.',
        });
        continue;
      }
      const reading = readClause(readFileSync(path, 'utf8'), 'firm');
      if (reading.clause) out.clauses.push(reading.clause);
      else
        out.problems.push(
          ...reading.problems.map((p) => ({
            path,
            message: `${p.message} The clause is left out of the library until it is mended.`,
          })),
        );
    } catch {
      out.problems.push({ path, message: 'This clause file cannot be read.' });
    }
  }
  return out;
}
