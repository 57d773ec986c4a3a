// Errors always reach the user with a way forward: the log, or a fresh server.
import * as vscode from 'vscode';
import { ClientCommands } from '../../common/src/protocol';
import { errorMessage, log } from './log';

const showLog = 'Show log';
const restart = 'Restart server';

/** Logs the error and shows it with "Show log" / "Restart server" buttons (never throws). */
export async function reportError(what: string, err?: unknown): Promise<void> {
  const detail = err === undefined ? '' : `: ${errorMessage(err)}`;
  log().error(`${what}${detail}`);
  if (err instanceof Error && err.stack) log().debug(err.stack);
  const choice = await vscode.window.showErrorMessage(`factmark: ${what}${detail}`, showLog, restart);
  if (choice === showLog) await vscode.commands.executeCommand(ClientCommands.showLog);
  if (choice === restart) await vscode.commands.executeCommand(ClientCommands.restartServer);
}

/** Wraps a command so a failure is reported instead of vanishing into the extension host log. */
export function guarded<A extends unknown[]>(what: string, fn: (...args: A) => Promise<unknown>): (...args: A) => Promise<unknown> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } catch (err) {
      void reportError(what, err);
      return undefined;
    }
  };
}
