import { createInterface } from 'node:readline';
import { FluxionError } from '../errors.js';
import { parseArgs, USAGE, type CliOptions } from './args.js';
import { show } from './output.js';
import { Session } from './session.js';

/** Answers one line; errors are printed, never thrown, so the REPL and `fluxion -` survive bad input. */
function answer(session: Session, line: string, options: CliOptions): { text: string; ok: boolean } {
  try {
    return { text: show(session.run(line, { steps: options.steps }), options.format, options.color, options.detail), ok: true };
  } catch (e) {
    if (e instanceof FluxionError) return { text: `error: ${e.message}`, ok: false };
    if (e instanceof RangeError && /call stack/i.test(e.message)) return { text: 'error: expression too deeply nested', ok: false };
    // A bug, not bad input: say so plainly and keep the session alive (the REPL must survive anything typed).
    return { text: `error: internal error (a bug in fluxion, please report it with this input): ${e instanceof Error ? e.message : String(e)}`, ok: false };
  }
}

async function repl(options: CliOptions): Promise<void> {
  const session = new Session();
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'fluxion> ', terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) console.log('fluxion: type an expression or diff(x^2 sin(x), x) --- :help for help, :quit to leave');
  rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    if (line === ':quit' || line === ':q' || line === 'exit') break;
    if (line === ':help') console.log(USAGE);
    else if (line === ':steps') console.log(`steps ${(options = { ...options, steps: !options.steps }).steps ? 'on' : 'off'}`);
    else if (line) console.log(answer(session, line, options).text);
    rl.prompt();
  }
  rl.close();
}

async function readLines(): Promise<string[]> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** The `fluxion` command. Exit code 1 when any input failed. */
export async function main(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv, Boolean(process.stdout.isTTY));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (options.help) return console.log(USAGE), 0;
  if (options.version) return console.log('fluxion 0.1.0'), 0;
  const lines = options.stdin ? await readLines() : options.inputs;
  if (!options.stdin && lines.length === 0) {
    await repl(options);
    return 0;
  }
  const session = new Session();
  let failed = false;
  for (const line of lines) {
    const { text, ok } = answer(session, line, options);
    (ok ? console.log : console.error)(text);
    failed ||= !ok;
  }
  return failed ? 1 : 0;
}
