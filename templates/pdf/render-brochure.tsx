import { Document, Page, Text, renderToBuffer } from '@react-pdf/renderer';
import type { Publication } from '../../scripts/model.ts';
import type { Rendered } from '../index.ts';

export async function renderBrochure(publication: Publication): Promise<Rendered> {
  const doc = (
    <Document title={publication.edition.title}>
      {publication.edition.chapters.map((chapter) => (
        <Page key={chapter.slug} size="A4">
          <Text>{chapter.title}</Text>
        </Page>
      ))}
    </Document>
  );
  const data = await renderToBuffer(doc);
  return { data, count: { pages: publication.edition.chapters.length } };
}
