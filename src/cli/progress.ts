/**
 * A progress bar for long reads, on stderr. Drawn only on a terminal and only for large vaults
 * (a pipe, a log file or a cron mail gets nothing), and only once the work has taken a moment:
 * a run that finishes quickly never flashes a bar.
 */
export interface Progress {
  /** `done` of the total are finished. Cheap: call it as often as you like. */
  update(done: number): void;
  /** Clears the bar, leaving the terminal as it was. */
  finish(): void;
}

/** Vaults up to this size are read in well under a second: no bar. */
export const PROGRESS_MIN_NOTES = 2000;
const FIRST_DRAW_MS = 150;
const REDRAW_MS = 100;
const WIDTH = 30;

export const SILENT: Progress = { update: () => undefined, finish: () => undefined };

export function progressFor(
  total: number,
  stderrIsTerminal: boolean,
  write: (text: string) => void,
  now: () => number = Date.now,
): Progress {
  return stderrIsTerminal && total > PROGRESS_MIN_NOTES ? progressBar('Reading notes', total, write, now) : SILENT;
}

export function progressBar(label: string, total: number, write: (text: string) => void, now: () => number): Progress {
  const started = now();
  let lastDraw = -Infinity;
  let drawn = false;
  return {
    update(done) {
      // Asking the clock for every note would cost more than the bar is worth.
      if (done % 64 !== 0 && done !== total) return;
      const time = now();
      if (time - started < FIRST_DRAW_MS || time - lastDraw < REDRAW_MS) return;
      lastDraw = time;
      drawn = true;
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      const filled = Math.round(ratio * WIDTH);
      write(
        `\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)} % ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`,
      );
    },
    finish() {
      if (drawn) write('\r\u001b[2K');
      drawn = false;
    },
  };
}
