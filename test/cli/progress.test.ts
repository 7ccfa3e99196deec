import { describe, expect, it } from 'vitest';
import { PROGRESS_MIN_NOTES, progressBar, progressFor, SILENT } from '../../src/cli/progress';

function fakeTerminal() {
  const written: string[] = [];
  let time = 0;
  return { written, write: (text: string) => written.push(text), now: () => time, advance: (ms: number) => (time += ms) };
}

describe('the progress bar', () => {
  it('is drawn only on a terminal, and only for large vaults', () => {
    const terminal = fakeTerminal();
    expect(progressFor(PROGRESS_MIN_NOTES + 1, false, terminal.write, terminal.now)).toBe(SILENT);
    expect(progressFor(PROGRESS_MIN_NOTES, true, terminal.write, terminal.now)).toBe(SILENT);
    expect(progressFor(PROGRESS_MIN_NOTES + 1, true, terminal.write, terminal.now)).not.toBe(SILENT);
  });

  it('waits a moment before the first draw, redraws at most ten times a second, and clears its line', () => {
    const terminal = fakeTerminal();
    const bar = progressBar('Reading notes', 10_000, terminal.write, terminal.now);
    bar.update(64);
    expect(terminal.written).toEqual([]);
    terminal.advance(200);
    bar.update(5_056);
    bar.update(5_120);
    expect(terminal.written).toEqual(['\rReading notes [###############---------------]  50 % 5,056/10,000']);
    terminal.advance(100);
    bar.update(10_000);
    expect(terminal.written[1]).toBe('\rReading notes [##############################] 100 % 10,000/10,000');
    bar.finish();
    expect(terminal.written[2]).toBe('\r\u001b[2K');
  });

  it('leaves no trace when the work was over before the first draw', () => {
    const terminal = fakeTerminal();
    const bar = progressBar('Reading notes', 10_000, terminal.write, terminal.now);
    bar.update(10_000);
    bar.finish();
    expect(terminal.written).toEqual([]);
  });
});
