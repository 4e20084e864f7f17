// What every react-pdf document of an edition says about itself: its metadata in the edition's language, and
// fixed dates, so that the same content builds a byte-identical file.
import type { Publication } from '../../scripts/model.ts';
import { languageTag } from '../shared/locale.ts';
import { taggedDocumentProps } from './tagging/document.ts';

/** Dates are fixed so that the same content builds a byte-identical file. */
export const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** The <Document> properties of an edition: title, author, subject, keywords, language, dates, and its tags. */
export function documentInfo(publication: Publication, keywords: string) {
  const { edition, brand } = publication;
  return {
    title: edition.title,
    author: brand.name,
    subject: edition.subtitle ?? edition.title,
    keywords,
    creator: brand.name,
    producer: brand.name,
    language: languageTag(edition.lang),
    creationDate: FIXED_DATE,
    modificationDate: FIXED_DATE,
    ...taggedDocumentProps(),
  };
}
