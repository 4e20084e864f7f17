import { View } from '@react-pdf/renderer';
import type { BlockHandler } from './types.ts';

export const thematicBreak: BlockHandler<'thematicBreak'> = (_block, context, key) => {
  const { theme } = context;
  return (
    <View
      key={key}
      style={{
        width: theme.measure / 6,
        borderTopWidth: theme.thematicBreak.thickness,
        borderTopColor: theme.color.primary,
        marginVertical: theme.thematicBreak.margin,
      }}
    />
  );
};
