// `workspace/executeCommand`: the server command behind the code actions. A failure is also shown
// to the user, since the client only ran a command and may not report its error.
import type { Connection, ExecuteCommandParams } from 'vscode-languageserver';
import { ServerCommands } from '../../../common/src/protocol';
import type { ClaimInfo, SetClaimStatusParams } from '../../../common/src/protocol';
import type { Tagging } from './tagging';

export const serverCommands = [ServerCommands.setClaimStatus];

export async function executeCommand(connection: Connection, tagging: Tagging, params: ExecuteCommandParams): Promise<ClaimInfo | null> {
  if (params.command !== ServerCommands.setClaimStatus) return null;
  try {
    return await tagging.setStatus(params.arguments?.[0] as SetClaimStatusParams);
  } catch (e) {
    void connection.window.showErrorMessage((e as Error).message);
    throw e;
  }
}
