// react-pdf draws a `bookmark` on any node (layout and render read it), but its types declare it on Page alone.
import { Text, View } from '@react-pdf/renderer';
import type { ComponentProps, ComponentType } from 'react';

interface Bookmark {
  title: string;
  fit?: boolean;
  expanded?: boolean;
}

export const BookmarkView = View as unknown as ComponentType<
  ComponentProps<typeof View> & { bookmark?: Bookmark }
>;
export const BookmarkText = Text as unknown as ComponentType<
  ComponentProps<typeof Text> & { bookmark?: Bookmark }
>;
