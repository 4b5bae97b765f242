import type { Expr } from '../ast/expr.js';
import type { Derivation } from '../trace/derivation.js';

export type CommandOutput = { readonly result: Expr; readonly derivations: readonly Derivation[]; readonly labels?: readonly string[] };
type Handler = (e: Expr & { kind: 'call' }, options: { steps: boolean }) => CommandOutput;

/**
 * The command table: a head of the input language and the library function that answers it. Lines whose head is
 * not a command are echoed back as read.
 */
const COMMANDS = new Map<string, Handler>();

/** Answers one parsed line. Example: runCommand(parse('x + 1'), { steps: false }).result is x + 1. */
export function runCommand(e: Expr, options: { steps: boolean }): CommandOutput {
  const handler = e.kind === 'call' ? COMMANDS.get(e.fn) : undefined;
  if (handler) return handler(e as Expr & { kind: 'call' }, options);
  return { result: e, derivations: [] };
}
