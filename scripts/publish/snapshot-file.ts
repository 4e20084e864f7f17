// Where the render worker's startup snapshot lies in dist/, and how it is probed (scripts/snapshot.ts).

/** The snapshot blob, beside the bundle. */
export const SNAPSHOT_FILE = 'render.blob';

/** Set, a worker started from the snapshot says which renderers it holds, and ends. */
export const SNAPSHOT_PROBE = 'PAYOKE_SNAPSHOT_PROBE';
