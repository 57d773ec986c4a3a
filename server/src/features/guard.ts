// Never crash, never hang a client: each handler runs inside a guard that logs what went wrong
// and answers with an empty result; custom requests answer with an error that says why.
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';

export type Log = (message: string) => void;

/** For standard LSP requests: failures and cancellations answer `fallback`. */
export function guarded<P, R>(log: Log, name: string, fallback: R, fn: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      if (token?.isCancellationRequested) return fallback;
      return await fn(params, token);
    } catch (e) {
      log(`factmark: ${name} failed: ${describe(e)}`);
      return fallback;
    }
  };
}

/** For factmark's own requests: the client gets the reason as a ResponseError. */
export function guardedRequest<P, R>(log: Log, name: string, fn: (params: P, token: CancellationToken) => Promise<R> | R) {
  return async (params: P, token: CancellationToken): Promise<R> => {
    try {
      return await fn(params, token);
    } catch (e) {
      if (e instanceof ResponseError) {
        log(`factmark: ${name}: ${e.message}`);
        throw e;
      }
      log(`factmark: ${name} failed: ${describe(e)}`);
      throw new ResponseError(ErrorCodes.InternalError, `factmark: ${name} failed: ${(e as Error)?.message ?? String(e)}`);
    }
  };
}

export function describe(e: unknown): string {
  return e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e);
}
