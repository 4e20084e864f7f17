import { Text } from '@react-pdf/renderer';
import type { Style } from '@react-pdf/types';

/**
 * react-pdf writes no structure tree, so an image cannot carry /Alt. Its alt text is set as invisible text
 * over the picture instead: a screen reader that reads an untagged PDF in content order, a search and a copy
 * all find it, just before the caption. Decorative pictures (empty alt) get none.
 */
export function AltText({ text, style }: { text: string; style: Style }) {
  if (text.trim() === '') return null;
  return <Text style={{ ...style, position: 'absolute', opacity: 0 }}>{text}</Text>;
}
