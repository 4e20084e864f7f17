import { Text, View } from '@react-pdf/renderer';
import type { Publication } from '../../../scripts/model.ts';
import type { PdfTheme } from '../theme.ts';

/** Ruled lines a hand writes on: one and a half lines of body text apart. */
const RULE_SPACING_LINES = 1.5;

/**
 * A ruled "Notes" page, in the edition's language: a print brochure gains as many as it needs before the
 * back cover so that its pages fill whole sheets (a multiple of four for a stapled booklet).
 */
export function NotesPage({ publication, theme }: { publication: Publication; theme: PdfTheme }) {
  const { margin, color } = theme;
  const spacing = theme.line * RULE_SPACING_LINES;
  const height = theme.page.height - margin.top - margin.bottom - theme.line * 2;
  const rules = Math.max(0, Math.floor(height / spacing));
  return (
    <View>
      <Text role="H2" style={{ ...theme.label, color: color.muted, marginBottom: theme.line }}>
        {publication.labels.notesPage}
      </Text>
      {/* The rules are for a pen, not a reader: outside the structure tree. */}
      <View role="Artifact">
        {Array.from({ length: rules }, (_, index) => (
          <View
            key={index}
            style={{ height: spacing, borderBottomWidth: theme.rule * 0.5, borderBottomColor: color.muted }}
          />
        ))}
      </View>
    </View>
  );
}
