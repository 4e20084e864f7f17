// The shipped photos, made here rather than downloaded: soft compositions in the brand's palette, blurred and
// given a film grain so that they read as photographs. Run `npx tsx scripts/images/generate-photos.ts` to remake them.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const OUT = path.resolve('content/assets/photos');

/** A fixed-seed generator, so that the photos are the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

async function grain(width: number, height: number, seed: number, amount: number): Promise<Buffer> {
  const next = random(seed);
  const pixels = Buffer.alloc(width * height);
  for (let i = 0; i < pixels.length; i++)
    pixels[i] = 128 + Math.round((next() + next() + next() - 1.5) * amount);
  return sharp(pixels, { raw: { width, height, channels: 1 } })
    .blur(0.6)
    .toColourspace('srgb')
    .png()
    .toBuffer();
}

async function photo(
  name: string,
  svg: string,
  width: number,
  height: number,
  blur: number,
  seed: number,
): Promise<void> {
  const soft = await sharp(Buffer.from(svg)).resize(width, height).blur(blur).png().toBuffer();
  await sharp(soft)
    .composite([{ input: await grain(width, height, seed, 22), blend: 'soft-light' }])
    .jpeg({ quality: 86, chromaSubsampling: '4:2:0' })
    .toFile(path.join(OUT, name));
}

/** Two mugs on a kitchen table in the light of a window: where Payoke began. */
const kitchenTable = (w: number, h: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 800">
  <defs>
    <linearGradient id="wall" x1="0" y1="0" x2="1" y2="0.4">
      <stop offset="0" stop-color="#F7ECEF"/><stop offset="0.55" stop-color="#E9D3CF"/><stop offset="1" stop-color="#B98A8C"/>
    </linearGradient>
    <radialGradient id="window" cx="0.22" cy="0.18" r="0.55">
      <stop offset="0" stop-color="#FFF8EE" stop-opacity="1"/><stop offset="1" stop-color="#FFF8EE" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="table" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#9A5A44"/><stop offset="0.5" stop-color="#7A3E33"/><stop offset="1" stop-color="#4A2226"/>
    </linearGradient>
    <linearGradient id="mug" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#6B0B26"/><stop offset="0.35" stop-color="#C8385C"/><stop offset="0.6" stop-color="#A3123A"/><stop offset="1" stop-color="#5A0A20"/>
    </linearGradient>
    <linearGradient id="mug2" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#CDBFC3"/><stop offset="0.35" stop-color="#FFFFFF"/><stop offset="1" stop-color="#A89A9E"/>
    </linearGradient>
    <radialGradient id="shade" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#1E1B24" stop-opacity="0.55"/><stop offset="1" stop-color="#1E1B24" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="1200" height="800" fill="url(#wall)"/>
  <rect x="90" y="40" width="300" height="330" rx="6" fill="#FFFDF8" opacity="0.85"/>
  <rect x="232" y="40" width="14" height="330" fill="#D9C3C0"/><rect x="90" y="196" width="300" height="14" fill="#D9C3C0"/>
  <rect width="1200" height="800" fill="url(#window)"/>
  <path d="M0 470 L1200 430 L1200 800 L0 800 Z" fill="url(#table)"/>
  <path d="M0 470 L1200 430 L1200 446 L0 488 Z" fill="#B77A60" opacity="0.7"/>
  <path d="M120 560 L1150 520" stroke="#5E2B27" stroke-width="3" opacity="0.35"/>
  <path d="M40 650 L1180 600" stroke="#5E2B27" stroke-width="4" opacity="0.3"/>
  <ellipse cx="560" cy="612" rx="150" ry="30" fill="url(#shade)"/>
  <ellipse cx="830" cy="585" rx="120" ry="24" fill="url(#shade)"/>
  <path d="M440 400 L440 585 Q440 615 530 615 Q620 615 620 585 L620 400 Z" fill="url(#mug)"/>
  <ellipse cx="530" cy="400" rx="90" ry="22" fill="#4A0818"/><ellipse cx="530" cy="404" rx="80" ry="17" fill="#3A2420"/>
  <path d="M620 440 Q690 445 688 500 Q686 555 620 555" fill="none" stroke="#7E0E2E" stroke-width="22"/>
  <path d="M730 420 L730 560 Q730 585 805 585 Q880 585 880 560 L880 420 Z" fill="url(#mug2)"/>
  <ellipse cx="805" cy="420" rx="75" ry="18" fill="#E9E1E3"/><ellipse cx="805" cy="423" rx="66" ry="14" fill="#5A3A2E"/>
  <path d="M730 450 Q675 455 677 500 Q679 540 730 540" fill="none" stroke="#BFB2B6" stroke-width="18"/>
  <path d="M510 370 Q480 320 520 280 Q560 240 530 190" fill="none" stroke="#FFFFFF" stroke-width="10" opacity="0.35"/>
  <path d="M800 390 Q780 350 810 320 Q840 290 815 250" fill="none" stroke="#FFFFFF" stroke-width="8" opacity="0.3"/>
  <circle cx="330" cy="560" r="46" fill="#F7ECEF" opacity="0.9"/><circle cx="330" cy="560" r="30" fill="#E7D9DC"/>
</svg>`;

/** A door left ajar, warm light falling into a dark hall: a way out, and a place to go. */
const openDoor = (w: number, h: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 800">
  <defs>
    <linearGradient id="hall" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#2A1620"/><stop offset="0.6" stop-color="#3B1424"/><stop offset="1" stop-color="#1E1B24"/>
    </linearGradient>
    <linearGradient id="light" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#FFF6E4"/><stop offset="1" stop-color="#FBD9C4"/>
    </linearGradient>
    <linearGradient id="spill" x1="0" y1="0" x2="0.3" y2="1">
      <stop offset="0" stop-color="#FFE9CF" stop-opacity="0.95"/><stop offset="1" stop-color="#F2B9A6" stop-opacity="0.15"/>
    </linearGradient>
    <linearGradient id="door" x1="0" y1="0" x2="1" y2="0">
      <stop offset="0" stop-color="#A3123A"/><stop offset="1" stop-color="#5A0A20"/>
    </linearGradient>
    <radialGradient id="glow" cx="0.56" cy="0.38" r="0.5"><stop offset="0" stop-color="#FFE3C8" stop-opacity="0.55"/><stop offset="1" stop-color="#FFE3C8" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="1200" height="800" fill="url(#hall)"/>
  <path d="M0 600 L1200 600 L1200 800 L0 800 Z" fill="#171219"/>
  <rect x="540" y="90" width="250" height="510" fill="url(#light)"/>
  <path d="M540 600 L790 600 L1060 800 L330 800 Z" fill="url(#spill)"/>
  <path d="M540 90 L640 130 L640 570 L540 600 Z" fill="url(#door)"/>
  <circle cx="625" cy="355" r="7" fill="#F7ECEF" opacity="0.9"/>
  <rect x="522" y="74" width="286" height="18" fill="#4A1A2A"/><rect x="522" y="74" width="18" height="526" fill="#4A1A2A"/><rect x="790" y="74" width="18" height="526" fill="#4A1A2A"/>
  <rect width="1200" height="800" fill="url(#glow)"/>
</svg>`;

/** A phone lighting up a dark room, message after message, each with a heart: how a loverboy begins. */
const phoneMessages = (w: number, h: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 800">
  <defs>
    <linearGradient id="room" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#1E1B24"/><stop offset="0.7" stop-color="#2A1620"/><stop offset="1" stop-color="#140F16"/>
    </linearGradient>
    <radialGradient id="screenGlow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#F7D6DF" stop-opacity="0.55"/><stop offset="1" stop-color="#F7D6DF" stop-opacity="0"/>
    </radialGradient>
    <linearGradient id="screen" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#FFF6F8"/><stop offset="1" stop-color="#F1DDE3"/>
    </linearGradient>
  </defs>
  <rect width="1200" height="800" fill="url(#room)"/>
  <path d="M0 620 Q600 560 1200 640 L1200 800 L0 800 Z" fill="#3B1424" opacity="0.8"/>
  <ellipse cx="640" cy="420" rx="420" ry="330" fill="url(#screenGlow)"/>
  <g transform="rotate(-8 640 420)">
    <rect x="505" y="150" width="270" height="540" rx="38" fill="#0E0B10"/>
    <rect x="522" y="190" width="236" height="460" rx="14" fill="url(#screen)"/>
    <rect x="545" y="222" width="150" height="46" rx="20" fill="#A3123A"/>
    <rect x="585" y="288" width="150" height="46" rx="20" fill="#E4C7CF"/>
    <rect x="545" y="354" width="170" height="46" rx="20" fill="#A3123A"/>
    <rect x="545" y="420" width="120" height="46" rx="20" fill="#A3123A"/>
    <rect x="600" y="486" width="135" height="46" rx="20" fill="#E4C7CF"/>
    <rect x="545" y="552" width="160" height="46" rx="20" fill="#A3123A"/>
    <path d="M718 238 c-8-12-26-4-18 10 l18 16 l18-16 c8-14-10-22-18-10 z" fill="#FFFFFF"/>
    <path d="M738 370 c-8-12-26-4-18 10 l18 16 l18-16 c8-14-10-22-18-10 z" fill="#FFFFFF"/>
    <path d="M688 436 c-8-12-26-4-18 10 l18 16 l18-16 c8-14-10-22-18-10 z" fill="#FFFFFF"/>
    <path d="M728 568 c-8-12-26-4-18 10 l18 16 l18-16 c8-14-10-22-18-10 z" fill="#FFFFFF"/>
  </g>
  <path d="M200 700 Q330 600 470 640 L520 800 L160 800 Z" fill="#4A1A2A" opacity="0.9"/>
</svg>`;

/** A harbour at dusk: cranes and stacked containers against a red sky, one light on the quay. */
const harbourDusk = (w: number, h: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 800">
  <defs>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3B1424"/><stop offset="0.55" stop-color="#A3123A"/><stop offset="1" stop-color="#F2B9A6"/>
    </linearGradient>
    <linearGradient id="water" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#6B0B26"/><stop offset="1" stop-color="#1E1B24"/>
    </linearGradient>
    <radialGradient id="lamp" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#FFF1D6" stop-opacity="0.9"/><stop offset="1" stop-color="#FFF1D6" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="1200" height="800" fill="url(#sky)"/>
  <circle cx="860" cy="470" r="70" fill="#FBD9C4" opacity="0.7"/>
  <rect y="520" width="1200" height="280" fill="url(#water)"/>
  <path d="M0 520 L1200 520 L1200 560 L0 560 Z" fill="#1E1B24"/>
  <g fill="#1E1B24">
    <rect x="120" y="440" width="150" height="40"/><rect x="120" y="480" width="150" height="40"/><rect x="280" y="480" width="130" height="40"/>
    <rect x="420" y="460" width="160" height="60"/><rect x="900" y="470" width="190" height="50"/>
    <path d="M180 160 L200 160 L200 440 L180 440 Z"/><path d="M120 170 L470 170 L470 190 L120 190 Z"/><path d="M190 160 L300 110 L304 120 L200 170 Z"/>
    <path d="M430 190 L434 190 L434 300 L430 300 Z"/><rect x="410" y="300" width="44" height="24"/>
    <path d="M690 210 L708 210 L708 470 L690 470 Z"/><path d="M630 220 L920 220 L920 238 L630 238 Z"/><path d="M880 238 L884 238 L884 330 L880 330 Z"/>
  </g>
  <g stroke="#FBD9C4" stroke-width="3" opacity="0.35">
    <path d="M60 620 L300 620"/><path d="M420 660 L760 660"/><path d="M820 600 L1100 600"/><path d="M200 720 L520 720"/>
  </g>
  <rect x="596" y="430" width="6" height="90" fill="#1E1B24"/>
  <circle cx="599" cy="428" r="60" fill="url(#lamp)"/><circle cx="599" cy="428" r="8" fill="#FFF6E4"/>
</svg>`;

/** One warm window lit in a dark row of houses at night: a safe place to go. */
const litWindow = (w: number, h: number) => `
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 1200 800">
  <defs>
    <linearGradient id="night" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#140F16"/><stop offset="1" stop-color="#3B1424"/>
    </linearGradient>
    <linearGradient id="warm" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#FFF6E4"/><stop offset="1" stop-color="#FBD0B4"/>
    </linearGradient>
    <radialGradient id="halo" cx="0.5" cy="0.5" r="0.5"><stop offset="0" stop-color="#FFE3C8" stop-opacity="0.45"/><stop offset="1" stop-color="#FFE3C8" stop-opacity="0"/></radialGradient>
  </defs>
  <rect width="1200" height="800" fill="url(#night)"/>
  <path d="M0 260 L150 160 L300 260 L300 800 L0 800 Z" fill="#2A1620"/>
  <path d="M300 230 L470 120 L640 230 L640 800 L300 800 Z" fill="#4A1A2A"/>
  <path d="M640 250 L800 150 L960 250 L960 800 L640 800 Z" fill="#2A1620"/>
  <path d="M960 220 L1080 140 L1200 220 L1200 800 L960 800 Z" fill="#3B1424"/>
  <g fill="#1E1B24" opacity="0.8">
    <rect x="60" y="320" width="80" height="110"/><rect x="170" y="320" width="80" height="110"/><rect x="60" y="500" width="80" height="110"/>
    <rect x="690" y="320" width="90" height="120"/><rect x="820" y="320" width="90" height="120"/><rect x="690" y="510" width="90" height="120"/>
    <rect x="1000" y="300" width="70" height="110"/><rect x="1100" y="300" width="70" height="110"/><rect x="1000" y="480" width="70" height="110"/>
    <rect x="350" y="300" width="100" height="130"/><rect x="350" y="500" width="100" height="130"/>
  </g>
  <ellipse cx="540" cy="435" rx="190" ry="170" fill="url(#halo)"/>
  <rect x="490" y="370" width="100" height="130" fill="url(#warm)"/>
  <rect x="536" y="370" width="8" height="130" fill="#6B0B26"/><rect x="490" y="430" width="100" height="8" fill="#6B0B26"/>
  <rect x="470" y="640" width="140" height="160" fill="#6B0B26"/>
  <rect y="760" width="1200" height="40" fill="#0E0B10"/>
</svg>`;

mkdirSync(OUT, { recursive: true });
// The two photos a print cover may carry are made at 3000 px, 300 ppi across an A4 cover with its bleed.
await photo('kitchen-table.jpg', kitchenTable(3000, 2000), 3000, 2000, 6, 1987);
await photo('open-door.jpg', openDoor(3000, 2000), 3000, 2000, 7.5, 1992);
await photo('phone-messages.jpg', phoneMessages(2400, 1600), 2400, 1600, 5, 1994);
await photo('harbour-dusk.jpg', harbourDusk(2400, 1600), 2400, 1600, 5, 1995);
await photo('lit-window.jpg', litWindow(2400, 1600), 2400, 1600, 5, 2026);
console.log(`photos written to ${path.relative(process.cwd(), OUT)}/`);
