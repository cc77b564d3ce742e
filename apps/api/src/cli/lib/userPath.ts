// A file named on the command line, relative to where the operator ran `pnpm cli` (pnpm runs the
// script in the package folder and passes the original folder as INIT_CWD).
import { resolve } from 'node:path';

export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
