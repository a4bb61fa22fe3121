import { runCli } from '../../src/cli/main.js';
import type { CliIO } from '../../src/cli/exit.js';

/** Runs the command in memory and captures what it prints. */
export async function run(args: readonly string[], files: Readonly<Record<string, string>> = {}, stdin = '') {
  let out = '';
  let err = '';
  const written: Record<string, string> = {};
  const io: CliIO = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readFile: (p) => {
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
      return text;
    },
    readStdin: () => stdin,
    writeFile: (p, t) => {
      written[p] = t;
    },
  };
  const code = await runCli(['node', 'subgame', ...args], io);
  return { code, out, err, written };
}
