/**
 * fluxion's public API (DESIGN §5). This file re-exports and defines nothing else.
 */
export type { Expr } from './ast/expr.js';
export type { Rational } from './number/rational.js';
export type { Problem, Result } from './errors.js';
export { FluxionError, ParseError, UnsupportedError } from './errors.js';
export { parse, tryParse } from './parse/parse.js';
export { format } from './ast/print.js';
export { equals, key } from './ast/equal.js';
export * as build from './ast/build.js';
export { expand } from './algebra/expand.js';
export { factor } from './algebra/factor.js';
export { cancel } from './algebra/cancel.js';
export { apart } from './algebra/apart.js';
export { toPolynomial } from './algebra/toPolynomial.js';
export { fromPolynomial } from './algebra/fromPolynomial.js';
export type { Polynomial } from './algebra/polynomial.js';
export { diff, explainDiff } from './calculus/differentiate.js';
export { gradient, jacobian, hessian, explainGradient, explainHessian } from './calculus/gradient.js';
export { compile } from './numeric/compile.js';
export type { CompileOptions, CompiledFunction } from './numeric/compile.js';
export { compileGradient } from './numeric/compileGradient.js';
export type { CompiledGradient, GradientResult } from './numeric/compileGradient.js';
export { evaluate } from './numeric/evaluate.js';
export type { EvaluateOptions } from './numeric/evaluate.js';
export type { Scope, ScopeValue } from './numeric/scope.js';
export { checkDerivative } from './numeric/checkDerivative.js';
export type { Agreement, CheckOptions, Comparison } from './numeric/checkDerivative.js';
export { hessianVectorProduct } from './numeric/hessianVectorProduct.js';
export type { HessianVectorProduct } from './numeric/hessianVectorProduct.js';
export { PRIMITIVES, primitiveFor, withRows } from './numeric/primitives.js';
export type { Primitive, PrimitiveTable } from './numeric/primitives.js';
export { simplify, explainSimplify } from './algebra/simplify.js';
export type { SimplifyOptions } from './algebra/simplify.js';
export type { Derivation, Step, StopReason, Condition } from './trace/derivation.js';
