// Every request handler runs guarded: an exception in one handler is logged and answered with
// an empty result, never allowed to take the server down.
import type { Connection } from 'vscode-languageserver';

export function makeSafe(connection: Connection) {
  return function safe<A extends unknown[], R>(
    name: string,
    fallback: R,
    handler: (...args: A) => R | Promise<R>,
  ): (...args: A) => Promise<R> {
    return async (...args: A) => {
      try {
        return await handler(...args);
      } catch (error) {
        connection.console.error(
          `${name} failed: ${error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error)}`,
        );
        return fallback;
      }
    };
  };
}
