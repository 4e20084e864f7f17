import { z } from 'zod';
import { AUDIENCES } from './audiences.ts';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Chapters drawn as a page of their own design instead of a chapter. */
export const PAGE_KINDS = ['at-a-glance'] as const;

const text = z.string().trim().min(1, 'must not be empty; write {{tbc: …}} where the fact is not known yet');

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
  /** A talk: written for slides, `##` a slide; in decks that name it, never in a brochure (scripts/content/talk.ts). */
  talk: z.boolean().optional(),
  'key-points': z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  /** `at-a-glance`: the chapter is drawn as one page right after the cover (a grant edition's case to a funder). */
  page: z.enum(PAGE_KINDS).optional(),
  /** On an at-a-glance page: key facts, each a large figure with a line under it. */
  facts: z
    .array(
      z.strictObject({
        value: z.string().trim().min(1, 'must not be empty').max(12, 'must be a short figure, such as "1987"'),
        label: z.string().trim().min(1, 'must not be empty'),
      }),
    )
    .min(2, 'must list at least two facts')
    .max(4, 'may list at most four facts: the panel has room for four')
    .optional(),
  /** On an at-a-glance page: what the organisation asks a funder for, and whom to contact. */
  request: z
    .strictObject({
      what: text,
      purpose: text,
      period: text,
      contact: text,
      email: text,
    })
    .optional(),
  /** Discouraged terms (content/safety.yml) this chapter may use, where it quotes history; read by scripts/checks. */
  'allow-terms': z.array(z.string().trim().min(1, 'must not be empty')).optional(),
  audiences: z.array(z.enum(AUDIENCES)).min(1, 'must name at least one audience').optional(),
  /** In a translation: the hash of the English source it translates (written by `npm run translations -- --mark`). */
  'source-hash': z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash that `npm run translations -- --mark` writes').optional(),
});

export type ChapterFrontMatter = z.output<typeof chapterFrontMatter>;
