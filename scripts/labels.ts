// What the templates print themselves, per language.
import type { Labels } from './model.ts';

const LABELS: Record<string, Labels> = {
  en: {
    contents: 'Contents',
    chapter: 'Chapter',
    page: 'Page',
    of: 'of',
    continued: 'continued',
    contact: 'Contact',
    agenda: 'Agenda',
    footnotes: 'Notes',
    scanToVisit: 'Scan to visit our website',
  },
  nl: {
    contents: 'Inhoud',
    chapter: 'Hoofdstuk',
    page: 'Pagina',
    of: 'van',
    continued: 'vervolg',
    contact: 'Contact',
    agenda: 'Agenda',
    footnotes: 'Noten',
    scanToVisit: 'Scan om onze website te bezoeken',
  },
  fr: {
    contents: 'Sommaire',
    chapter: 'Chapitre',
    page: 'Page',
    of: 'sur',
    continued: 'suite',
    contact: 'Contact',
    agenda: 'Programme',
    footnotes: 'Notes',
    scanToVisit: 'Scannez pour visiter notre site',
  },
};

export const LABEL_LANGUAGES = Object.keys(LABELS);

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? LABELS.en!;
}
