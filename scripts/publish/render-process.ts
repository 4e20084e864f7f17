// A render worker process (render-pool.ts), started without a snapshot: it loads each renderer on first use, so a
// worker that draws only decks never loads react-pdf.
import { serveRenders } from './render-serve.ts';

serveRenders();
