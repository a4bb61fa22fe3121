/**
 * Exit statuses of the `subgame` command (DESIGN.md): 0 solved; 1 the solver refuses this game; 2 bad
 * input; 3 stopped by a budget or a signal (what was found is printed, with a warning on stderr).
 * @remarks Since 0.1.0
 */
export const EXIT = { ok: 0, refused: 1, badInput: 2, stopped: 3 } as const;

/** One of the exit statuses. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Where the command writes; injectable so tests can capture output. */
export type CliIO = {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
  /** writes a file, creating its folder if needed */
  readonly writeFile: (path: string, text: string) => void;
};
