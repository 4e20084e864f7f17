// Content checks run as the build runs them, on temporary content folders.
import path from 'node:path';
import { afterEach } from 'vitest';
import { runChecks } from '../../scripts/checks/index.ts';
import { loadContent } from '../../scripts/content/load-content.ts';
import { formatDiagnostic, type Diagnostic } from '../../scripts/diagnostics.ts';
import { removeFolder, shown, tempFolder, type Files } from '../content/temp-content.ts';

const folders: string[] = [];
afterEach(() => {
  folders.splice(0).forEach(removeFolder);
});

export function contentFolder(files: Files): string {
  const root = tempFolder(files);
  folders.push(root);
  return root;
}

export function check(files: Files) {
  const root = contentFolder(files);
  const checked = runChecks(root, loadContent(root));
  const lines = checked.diagnostics.map(formatDiagnostic);
  return { ...checked, root, lines, file: (name: string) => shown(path.join(root, name)) };
}

export const byRule = (diagnostics: readonly Diagnostic[], rule: string) =>
  diagnostics.filter((d) => d.rule === rule);

export const SAFETY = `protected:
  - Example Shelter Street 1
  - Jöhanna Doe
discouraged:
  - term: prostitute
    prefer: [person in prostitution, victim of sexual exploitation]
    why: the word reduces a person to what is done to them
  - term: child prostitute
    prefer: child victim of sexual exploitation
  - term: illegal immigrant
    prefer: undocumented migrant
`;
