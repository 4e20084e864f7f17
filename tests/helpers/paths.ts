import path from 'node:path';

/** Where the global setup builds the shipped content for the suite. */
export const TEST_OUTPUT = path.resolve('.cache/test-output');

export function testOutput(file: string): string {
  return path.join(TEST_OUTPUT, file);
}
