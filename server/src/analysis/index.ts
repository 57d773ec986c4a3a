// The analyser's public face: text (and options) in, plain data out. No LSP, no VS Code, no I/O.
export type * from './types';
export { analyze, createAnalyzer } from './analyze';
export type { Analyzer } from './analyze';
export { toAnnotations, GENERATOR_NAME } from './contract';
export type { Annotations, ErrorLine, DocumentMeta, ContractSpan } from './contract';
export { createOffsetMapper } from './offsets';
export type { OffsetMapper } from './offsets';
export { decodeArticle } from './decode';
export type { Decoded } from './decode';
