/**
 * A progress line for long commands: one line on stderr, rewritten in place ("\r" + clear), only
 * when stderr is a terminal. On a pipe or a file nothing is written, so scripts and logs read
 * only the command's messages.
 */

/** The part of a stream the progress line uses (process.stderr, or a test's stand-in). */
export interface ProgressStream {
  isTTY?: boolean;
  write(s: string): unknown;
}

export interface Progress {
  /** Shows `text` as the current step (replacing the previous one). */
  step(text: string): void;
  /** Clears the line, before the command prints its result. */
  done(): void;
}

let active: Progress | null = null;

/** Clears the progress line shown, if any: io.err calls it so a message starts on a clean line. */
export function clearProgress(): void {
  active?.done();
}

/**
 * A progress line on `stream` (process.stderr by default): silent unless `stream.isTTY`. The
 * latest line made is the one `clearProgress` clears.
 */
export function progressLine(stream: ProgressStream = process.stderr): Progress {
  if (!stream.isTTY) return { step: () => undefined, done: () => undefined };
  let shown = false;
  return (active = {
    step(text) {
      stream.write(`\r\x1b[2K${text}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  });
}
