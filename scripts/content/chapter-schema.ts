import { z } from 'zod';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Every key a chapter's front matter may hold. README documents each one. */
export const chapterFrontMatter = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  order: z.number().optional(),
  slug: z.string().regex(SLUG, 'must be lower-case letters, digits and dashes').optional(),
  summary: z.string().trim().min(1, 'must not be empty').optional(),
  timeline: z
    .array(
      z.strictObject({
        year: z.number().int('must be a whole year'),
        label: z.string().trim().min(1, 'must not be empty'),
      }),
    )
    .optional(),
  slides: z.boolean().optional(),
  'key-points': z.array(z.string().trim().min(1, 'must not be empty')).optional(),
});

export type ChapterFrontMatter = z.output<typeof chapterFrontMatter>;
