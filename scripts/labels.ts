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
    handout: {
      title: 'Speaker’s notes',
      slide: 'Slide',
      slides: 'slides',
      length: 'Estimated length',
      minutes: 'minutes',
      estimate: '{words} words of notes at about 130 words a minute, plus a minute a slide',
      noNotes: 'No notes for this slide.',
    },
    glance: {
      label: 'At a glance',
      request: 'Our request',
      what: 'We ask for',
      purpose: 'To fund',
      period: 'Over',
      contact: 'Contact',
      email: 'E-mail',
    },
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
    handout: {
      title: 'Sprekersnotities',
      slide: 'Dia',
      slides: 'dia’s',
      length: 'Geschatte duur',
      minutes: 'minuten',
      estimate: '{words} woorden notities aan ongeveer 130 woorden per minuut, plus een minuut per dia',
      noNotes: 'Geen notities bij deze dia.',
    },
    glance: {
      label: 'In één oogopslag',
      request: 'Onze vraag',
      what: 'We vragen',
      purpose: 'Om te financieren',
      period: 'Looptijd',
      contact: 'Contact',
      email: 'E-mail',
    },
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
    handout: {
      title: 'Notes de l’intervenant',
      slide: 'Diapositive',
      slides: 'diapositives',
      length: 'Durée estimée',
      minutes: 'minutes',
      estimate: '{words} mots de notes à environ 130 mots par minute, plus une minute par diapositive',
      noNotes: 'Pas de notes pour cette diapositive.',
    },
    glance: {
      label: 'En bref',
      request: 'Notre demande',
      what: 'Nous demandons',
      purpose: 'Pour financer',
      period: 'Durée',
      contact: 'Contact',
      email: 'Courriel',
    },
  },
};

export const LABEL_LANGUAGES = Object.keys(LABELS);

export function labelsFor(lang: string): Labels {
  return LABELS[lang] ?? LABELS.en!;
}
