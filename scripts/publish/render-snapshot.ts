// The render worker's startup snapshot (scripts/snapshot.ts bundles this file alone and runs it with
// `node --build-snapshot`): every renderer is loaded as the snapshot is made, so a worker started from it draws
// at once, instead of first loading react-pdf, fontkit, pdfkit and pptxgenjs. What a snapshot cannot hold is
// made on first use: yoga's WebAssembly, sharp's native code, the hyphenation patterns.
import v8 from 'node:v8';
import { loadRenderer } from '../../templates/index.ts';
import type { EditionFormat } from '../model.ts';
import { serveRenders } from './render-serve.ts';
import { SNAPSHOT_PROBE } from './snapshot-file.ts';

const FORMATS: readonly EditionFormat[] = ['pdf', 'pptx', 'leaflet'];
const loaded = Promise.all(FORMATS.map(loadRenderer));

v8.startupSnapshot.setDeserializeMainFunction(() => {
  if (process.env[SNAPSHOT_PROBE]) {
    void loaded.then(() => process.stdout.write(`${JSON.stringify({ formats: FORMATS })}\n`));
    return;
  }
  serveRenders(loaded);
});
