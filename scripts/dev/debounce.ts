// Collects a burst of events (an editor's save is often several) and hands them over once things are quiet.

export interface Debouncer<T> {
  push(item: T): void;
  /** Drops what was collected and stops the timer. */
  cancel(): void;
}

export function debounce<T>(quietMs: number, flush: (items: T[]) => void): Debouncer<T> {
  let items: T[] = [];
  let timer: NodeJS.Timeout | undefined;
  return {
    push(item) {
      items.push(item);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const batch = items;
        items = [];
        timer = undefined;
        flush(batch);
      }, quietMs);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
      items = [];
    },
  };
}
