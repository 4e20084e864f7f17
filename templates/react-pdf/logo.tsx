import { G, Path, Svg } from '@react-pdf/renderer';
import type { Logo as LogoData } from '../../scripts/brand/schema.ts';

/** The brand's logo as vector paths, in one colour, at a given height. */
export function Logo({ logo, height, color }: { logo: LogoData; height: number; color: string }) {
  const { x, y, width, height: boxHeight } = logo.viewBox;
  return (
    <Svg viewBox={`${x} ${y} ${width} ${boxHeight}`} style={{ height, width: (height * width) / boxHeight }}>
      {logo.paths.map((shape, index) => {
        const path = <Path key={index} d={shape.d} fill={color} fillRule={shape.fillRule} />;
        return shape.transform ? (
          <G key={index} transform={shape.transform}>
            {path}
          </G>
        ) : (
          path
        );
      })}
    </Svg>
  );
}
