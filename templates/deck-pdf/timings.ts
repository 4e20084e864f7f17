// What `npm run bench` reads back after a build (scripts/bench-deck.ts): the time this process spent drawing
// deck PDFs and handouts, in seconds of the clock and of CPU (user + system), since it started.
export interface DeckPdfTime {
  seconds: number;
  cpuSeconds: number;
}

export const deckPdfTimes: { pdf: DeckPdfTime; handout: DeckPdfTime } = {
  pdf: { seconds: 0, cpuSeconds: 0 },
  handout: { seconds: 0, cpuSeconds: 0 },
};

/** Runs `draw`, adding its time to `what`'s. */
export async function timed<T>(what: keyof typeof deckPdfTimes, draw: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await draw();
  } finally {
    const used = process.cpuUsage(cpu);
    deckPdfTimes[what].seconds += (performance.now() - started) / 1000;
    deckPdfTimes[what].cpuSeconds += (used.user + used.system) / 1e6;
  }
}
