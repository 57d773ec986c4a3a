// Where the CLI writes: stdout for results, stderr for messages and progress. Tests pass strings.
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /** Whether stderr is a terminal: progress and colour are for people only. */
  isTTY: boolean;
}
