import { z } from 'zod';
import { SLUG } from './chapter-schema.ts';

const perLanguage = z.record(z.string().regex(/^[a-z]{2}$/, 'must be a language code such as "en"'), z.string().min(1));

export const EDITION_FORMATS = ['pdf', 'pptx'] as const;

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
        /** Chapter slugs, in the order wanted; every chapter by default. */
        chapters: z.array(z.string().regex(SLUG)).optional(),
      }),
    )
    .min(1, 'must list at least one edition'),
});

export type PublicationsFile = z.output<typeof publicationsFile>;
export type EditionSpec = PublicationsFile['editions'][number];
