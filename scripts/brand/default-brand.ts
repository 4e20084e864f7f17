// The neutral brand used when a content folder has no brand.yml.
export const DEFAULT_BRAND_YAML = `
meta:
  name: Publication
  link: https://example.org
color:
  palette:
    ink: "#1F1F24"
    graphite: "#3A3F4B"
    grey: "#5F6470"
    mist: "#F1F2F4"
    white: "#FFFFFF"
  foreground: ink
  background: white
  primary: graphite
  secondary: ink
  muted: grey
  light: mist
  on-primary: white
typography:
  fonts:
    - family: Source Serif 4
      source: fontsource
      package: "@fontsource/source-serif-4"
      weights: [400, 600]
      styles: [normal, italic]
    - family: Inter
      source: fontsource
      package: "@fontsource/inter"
      weights: [400, 600, 700]
      styles: [normal, italic]
  base:
    family: Source Serif 4
    size: 10.5
    line-height: 1.45
  headings:
    family: Inter
    weight: 700
`;
