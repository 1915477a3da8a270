/** Progress of an import on stderr: a redrawn bar on a terminal, one plain line per step otherwise (logs, CI, pipes). */
export interface Progress {
  /** A line of information. */
  line(text: string): void;
  /** `done` of `total` steps finished. */
  tick(done: number, total: number, label: string): void;
  /** Ends a bar being drawn. */
  end(): void;
}

export const SILENT_PROGRESS: Progress = { line: () => undefined, tick: () => undefined, end: () => undefined };

export function streamProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const tty = !!stream.isTTY;
  let drawing = false;
  return {
    line(text) {
      if (drawing) stream.write('\n');
      drawing = false;
      stream.write(`${text}\n`);
    },
    tick(done, total, label) {
      if (!tty) {
        stream.write(`${label} ${done}/${total}\n`);
        return;
      }
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : width;
      const percent = total ? Math.round((done / total) * 100) : 100;
      stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(percent).padStart(3)} % ${label} ${done}/${total}`);
      drawing = true;
    },
    end() {
      if (drawing) stream.write('\n');
      drawing = false;
    },
  };
}
