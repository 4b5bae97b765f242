/** Command-line options of `fluxion`. */
export type OutputFormat = 'text' | 'latex' | 'markdown' | 'json';
export type CliOptions = {
  readonly inputs: readonly string[];
  /** Read one problem per line from standard input (`fluxion -`). */
  readonly stdin: boolean;
  readonly steps: boolean;
  /** With steps: 'lesson' (textbook lines, one per named rule) or 'full' (every raw rewrite, as replay checks it). */
  readonly detail: 'lesson' | 'full';
  readonly format: OutputFormat;
  readonly color: boolean;
  readonly help: boolean;
  readonly version: boolean;
};

export const USAGE = `usage: fluxion [options] ['expression' ...]
       fluxion -            read one problem per line from standard input
       fluxion              start the REPL

  'diff(x^2 sin(x), x)'  answer once          --steps      show every rule applied, as a lesson
                                              --steps=full every raw rewrite (bookkeeping included)
  --latex | --markdown | --json               output format (default: text)
  --no-color                                  plain text even on a terminal

The input language: expressions (2x^2 + sin x, e^-x, |x|, √x, x²) and calls:
  diff(f, x)  d/dx f  diff(f, x, 2)  ∂/∂y f  gradient(f, [x, y])  hessian(f, [x, y])  jacobian([f, g], [x, y])
  simplify(f)  expand(f)  factor(f)  cancel(f)  lim(x -> 0, f)  limit(f, x, 0, '+')  integrate(f, x[, a, b])
  evaluate(f)  f(x) := x^2  then  f'(x)`;

/** Parses argv (without node and the script). Example: parseArgs(['x^2', '--latex']).format is 'latex'. */
export function parseArgs(argv: readonly string[], isTTY = false): CliOptions {
  let format: OutputFormat = 'text';
  let steps = false;
  let detail: 'lesson' | 'full' = 'lesson';
  let color = isTTY;
  let help = false;
  let version = false;
  let stdin = false;
  const inputs: string[] = [];
  for (const a of argv) {
    if (a === '--latex') format = 'latex';
    else if (a === '--markdown' || a === '--md') format = 'markdown';
    else if (a === '--json') format = 'json';
    else if (a === '--text') format = 'text';
    else if (a === '--steps' || a === '--steps=lesson') steps = true;
    else if (a === '--steps=full') { steps = true; detail = 'full'; }
    else if (a === '--no-color') color = false;
    else if (a === '--color') color = true;
    else if (a === '--help' || a === '-h') help = true;
    else if (a === '--version' || a === '-v') version = true;
    else if (a === '-') stdin = true;
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else inputs.push(a);
  }
  return { inputs, stdin, steps, detail, format, color: color && format === 'text', help, version };
}
