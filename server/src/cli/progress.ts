// Progress of a long run on stderr, only for a person at a terminal (a pipe or a CI log gets
// nothing, so stderr there holds only real messages). Redrawn at most ten times a second.
export interface Progress {
  /** `done` articles of the total are finished. */
  update(done: number): void;
  /** Clears the line so a message can be printed in full. */
  interrupt(): void;
  finish(): void;
}

const REDRAW_MS = 100;

export function createProgress(total: number, show: boolean, err: (s: string) => void, now: () => number = () => performance.now()): Progress {
  if (!show) return { update() {}, interrupt() {}, finish() {} };
  const started = now();
  let last = -Infinity;
  let drawn = false;
  let done = 0;
  const draw = (): void => {
    const seconds = (now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    err(`\rfactmark: ${done}/${total} articles, ${rate}/s\x1b[K`);
    drawn = true;
  };
  return {
    update(n) {
      done = n;
      const t = now();
      if (t - last < REDRAW_MS) return;
      last = t;
      draw();
    },
    interrupt() {
      if (drawn) err('\r\x1b[K');
      drawn = false;
      last = -Infinity; // redraw on the next update
    },
    finish() {
      draw();
      err('\n');
    },
  };
}
