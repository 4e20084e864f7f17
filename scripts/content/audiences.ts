// The people an edition speaks to. Chapters name theirs in front matter; blocks narrow it with :::audience.
import type { AudienceFilter } from '../model.ts';

// passers-by: whoever picks up a leaflet; no brochure or deck is for them, so a leaflet's own chapter stays out of those.
export const AUDIENCES = ['schools', 'police', 'funders', 'public', 'passers-by'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Whether a block tagged with this filter belongs in an edition for this audience. */
export function admits(filter: AudienceFilter | undefined, audience: string | null): boolean {
  if (!filter || audience === null) return !filter?.only.length;
  if (filter.only.length > 0 && !filter.only.includes(audience)) return false;
  return !filter.except.includes(audience);
}

export function parseAudienceList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
