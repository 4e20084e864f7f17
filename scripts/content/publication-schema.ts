import { z } from 'zod';
import { SLUG } from './chapter-schema.ts';
import { AUDIENCES } from './audiences.ts';

const perLanguage = z.record(z.string().regex(/^[a-z]{2}$/, 'must be a language code such as "en"'), z.string().min(1));

/** `leaflet`: a tri-fold leaflet, PDF for screens and a print-ready PDF with bleed. */
export const EDITION_FORMATS = ['pdf', 'pptx', 'leaflet'] as const;

export const publicationsFile = z.strictObject({
  editions: z
    .array(
      z.strictObject({
        id: z.string().regex(SLUG, 'must be lower-case letters, digits and dashes'),
        format: z.enum(EDITION_FORMATS),
        title: perLanguage,
        subtitle: perLanguage.optional(),
        /** Languages to build; every language of the content folder by default. */
        languages: z.array(z.string().regex(/^[a-z]{2}$/)).optional(),
        /** Who the edition is for: chapters and :::audience blocks for other audiences are left out. */
        audience: z.enum(AUDIENCES).optional(),
        /** Chapter slugs, in the order wanted; by default every chapter for the edition's audience. */
        chapters: z.array(z.string().regex(SLUG)).optional(),
        /** The most pages and megabytes the edition may take: a build that exceeds one fails. */
        budget: z
          .strictObject({
            pages: z.number().int().positive().optional(),
            megabytes: z.number().positive().optional(),
          })
          .optional(),
        /** A picture for the cover, from the content folder, with its alt text per language. */
        cover: z
          .strictObject({
            image: z.string().min(1),
            alt: perLanguage,
          })
          .optional(),
        /** Options for the template, e.g. { contents: false }. */
        options: z
          .strictObject({
            contents: z.boolean().default(true),
            /** A brochure also written as `<id>-print.pdf` for the press: bleed, marks, 300 ppi, a count of 4n. */
            print: z.boolean().optional(),
          })
          .default({ contents: true }),
      }),
    )
    .min(1, 'must list at least one edition'),
});

export type PublicationsFile = z.output<typeof publicationsFile>;
export type EditionSpec = PublicationsFile['editions'][number];
