// The `generator` field of exports and sidecars: tool name and version.
import { GENERATOR_NAME } from '../analysis';
import pkg from '../../../package.json';

export function generator(): string {
  return `${GENERATOR_NAME} ${(pkg as { version?: string }).version ?? '0.0.0'}`;
}
