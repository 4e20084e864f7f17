// What `npm run dev` prints: progress and results, problems always, colour only on a terminal without NO_COLOR.
import { formatDiagnostic, type Diagnostic } from '../diagnostics.ts';

export interface Terminal {
  /** Progress and results; silent with --quiet. */
  info(line: string): void;
  /** A line that reports success; silent with --quiet. */
  done(line: string): void;
  /** Problems are printed even with --quiet. */
  problem(diagnostic: Diagnostic): void;
  fail(line: string): void;
}

interface Stream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** https://no-color.org: a NO_COLOR that is set and not empty turns colour off. */
export function wantsColour(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

export function createTerminal(options: {
  quiet: boolean;
  out?: Stream;
  err?: Stream;
  env?: NodeJS.ProcessEnv;
}): Terminal {
  const out = options.out ?? process.stdout;
  const err = options.err ?? process.stderr;
  const env = options.env ?? process.env;
  const paint = (stream: Stream, code: number) => (text: string) =>
    wantsColour(stream, env) ? `\u001b[${code}m${text}\u001b[0m` : text;
  const green = paint(out, 32);
  const red = paint(err, 31);
  const yellow = paint(err, 33);
  return {
    info(line) {
      if (!options.quiet) out.write(`${line}\n`);
    },
    done(line) {
      if (!options.quiet) out.write(`${green(line)}\n`);
    },
    problem(diagnostic) {
      const colour = diagnostic.severity === 'error' ? red : yellow;
      err.write(`${colour(formatDiagnostic(diagnostic))}\n`);
    },
    fail(line) {
      err.write(`${red(line)}\n`);
    },
  };
}
