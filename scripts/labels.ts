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
    notesPage: 'Notes',
    scanToVisit: 'Scan to visit our website',
    callout: { note: 'Note', tip: 'Tip', warning: 'Warning' },
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
    notesPage: 'Notities',
    scanToVisit: 'Scan om onze website te bezoeken',
    callout: { note: 'Let op', tip: 'Tip', warning: 'Waarschuwing' },
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
    notesPage: 'Notes',
    scanToVisit: 'Scannez pour visiter notre site',
    callout: { note: 'À noter', tip: 'Conseil', warning: 'Attention' },
  },
};

export const LABEL_LANGUAGES = Object.keys(LABELS);

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? LABELS.en!;
}
