import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounce } from '../../scripts/dev/debounce.ts';

describe('debounce', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands a burst over once, after it has been quiet for the wait', () => {
    const batches: string[][] = [];
    const events = debounce<string>(100, (items) => batches.push(items));
    events.push('a');
    vi.advanceTimersByTime(60);
    events.push('b');
    vi.advanceTimersByTime(60);
    events.push('c');
    vi.advanceTimersByTime(99);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('starts a new batch after a flush', () => {
    const batches: number[][] = [];
    const events = debounce<number>(50, (items) => batches.push(items));
    events.push(1);
    vi.advanceTimersByTime(50);
    events.push(2);
    vi.advanceTimersByTime(50);
    expect(batches).toEqual([[1], [2]]);
  });

  it('drops what it holds when cancelled', () => {
    const flush = vi.fn();
    const events = debounce<number>(50, flush);
    events.push(1);
    events.cancel();
    vi.advanceTimersByTime(200);
    expect(flush).not.toHaveBeenCalled();
  });
});
