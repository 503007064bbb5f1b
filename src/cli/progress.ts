/** Where a progress line may go: a terminal, and how wide it is. */
export interface ProgressOutput {
  write(text: string): void
  columns: number
}

/** Carriage return + erase to the end of the line: the next text starts on a clean line. */
export const CLEAR_LINE = '\r\x1b[K'

/** `1,234 / 100,000 files · 456 files/s · <current file>`, cut to `columns` from the left of the path. */
export function progressLine(done: number, total: number, perSecond: number, current: string, columns: number): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US')
  const head = `${n(done)} / ${n(total)} files · ${n(perSecond)} files/s · `
  const room = Math.max(0, columns - 1 - head.length) // one column spare: a full line would wrap on some terminals
  const tail = current.length <= room ? current : room > 1 ? '…' + current.slice(current.length - room + 1) : ''
  return head + tail
}

/**
 * One progress line on a terminal, rewritten in place with \r, at most every `everyMs`.
 * With no output (stderr is not a terminal: tests, CI logs, a pipe) it does nothing at all.
 * Other stderr lines must go through `print` so they never land in the middle of the bar.
 */
export class Progress {
  private shown = false
  private last = 0
  private readonly started: number

  constructor(
    private readonly out: ProgressOutput | undefined,
    private readonly total: number,
    private readonly now: () => number = Date.now,
    private readonly everyMs = 100,
  ) {
    this.started = now()
  }

  update(done: number, current: string): void {
    if (!this.out) return
    const t = this.now()
    if (this.shown && t - this.last < this.everyMs && done < this.total) return
    this.last = t
    const rate = done / Math.max(0.001, (t - this.started) / 1000)
    this.out.write(CLEAR_LINE + progressLine(done, this.total, rate, current, this.out.columns))
    this.shown = true
  }

  /** Write a line elsewhere on stderr: clear the bar first; the next update redraws it. */
  print(write: (text: string) => void, text: string): void {
    this.clear()
    write(text)
  }

  clear(): void {
    if (!this.out || !this.shown) return
    this.out.write(CLEAR_LINE)
    this.shown = false
  }
}
