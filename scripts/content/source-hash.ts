// Recording in a translation which version of its English source it translates.
import matter from 'gray-matter';
import { isMap, parseDocument } from 'yaml';

/** The file with `source-hash:` set in its front matter; the body is untouched. */
export function withSourceHash(text: string, hash: string): string {
  const parsed = matter(text, { language: 'yaml', engines: { yaml: () => ({}) } });
  const doc = parseDocument(parsed.matter);
  if (!isMap(doc.contents)) throw new Error('the front matter is not a mapping');
  doc.set('source-hash', hash);
  const bodyStart = text.length - parsed.content.length;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  return `---${newline}${doc.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd()}${newline}---${newline}${text.slice(bodyStart)}`;
}

