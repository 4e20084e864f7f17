// LibreOffice as a test client: decks converted to PDF the way a classroom PC without PowerPoint would show them.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Converts the decks into `outDir` in one soffice call, with a profile of its own under `profileDir`. */
export function convertToPdf(decks: string[], outDir: string, profileDir: string, timeout: number): void {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(path.join(profileDir, 'profile')).href}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...decks,
    ],
    { stdio: 'pipe', timeout },
  );
}
