/**
 * Share-card layout: where the site name, the 栏目, the title, the photo and the gold bar go on a
 * 1200×630 card, and the card as SVG. Pure: src/share-cards/draw.ts turns it into pixels.
 *
 * Chat apps (WeChat, QQ) show a link with a small square thumbnail cut from the middle of the
 * image; Weibo, DingTalk and search engines show the whole 1.91:1 image. So everything a card says
 * (site name, 栏目, title, the site's address) and the photo sit in the centre square
 * (SAFE_SQUARE); the sides outside it carry only decoration.
 */
import { fitLine, textWidth, wrapText, type WrappedText } from './line-breaking.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** The square a chat thumbnail keeps: the full height, centred. */
export const SAFE_SQUARE = { x: (CARD_WIDTH - CARD_HEIGHT) / 2, y: 0, size: CARD_HEIGHT } as const;
/** Text keeps this far inside the safe square. */
export const TEXT_INSET = 36;
export const TEXT_WIDTH = SAFE_SQUARE.size - 2 * TEXT_INSET;
const CENTRE_X = CARD_WIDTH / 2;

export const CARD_COLORS = {
  red: '#b3121b',
  /** The large decorative stars, barely lighter than the background. */
  redLight: '#bf1f28',
  darkRed: '#8c0e15',
  gold: '#f5c542',
  white: '#ffffff',
} as const;

/** fontconfig resolves the first installed family; CI and the build machine have Noto Sans CJK. */
export const CARD_FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', sans-serif";

/** What a card says. */
export interface ShareCardText {
  /** The big text: the page title. */
  title: string;
  /** The small line at the top next to the star: the site name. */
  header: string;
  /** The gold label above the title: the 栏目, e.g. 活动报道. */
  kicker?: string;
  /** In the gold bar at the bottom: the site's address. */
  footer: string;
}

/** Split in two, one half on each side of the bar, outside the safe square. */
export const CARD_SLOGAN = ['拥军优属', '拥政爱民'] as const;

/** Font sizes tried for a title, largest first, with the lines each may take. */
export interface TitleSize {
  size: number;
  maxLines: number;
}
export const TITLE_SIZES: readonly TitleSize[] = [
  { size: 64, maxLines: 2 },
  { size: 54, maxLines: 3 },
  { size: 46, maxLines: 3 },
  { size: 40, maxLines: 4 },
];
/** Over a photo the title takes less room, so the photo shows. */
export const PHOTO_TITLE_SIZES: readonly TitleSize[] = [
  { size: 52, maxLines: 2 },
  { size: 44, maxLines: 2 },
  { size: 40, maxLines: 3 },
];

export interface TitleLayout extends WrappedText {
  fontSize: number;
  lineHeight: number;
}

/** The largest size at which the whole title fits; the smallest, with an ellipsis, otherwise. */
export function layoutTitle(title: string, width = TEXT_WIDTH, sizes = TITLE_SIZES): TitleLayout {
  for (const { size, maxLines } of sizes) {
    const wrapped = wrapText(title, width / size, maxLines);
    if (!wrapped.truncated) return { fontSize: size, lineHeight: Math.round(size * 1.3), ...wrapped };
  }
  const { size, maxLines } = sizes[sizes.length - 1]!;
  return { fontSize: size, lineHeight: Math.round(size * 1.3), ...wrapText(title, width / size, maxLines) };
}

export interface PlacedText {
  text: string;
  size: number;
  x: number;
  /** Baseline. */
  y: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ShareCardLayout {
  /** True for a card that shows a photo in the safe square. */
  photo: boolean;
  title: TitleLayout & { placed: PlacedText[] };
  header: PlacedText & { star: { cx: number; cy: number; radius: number } };
  kicker?: (PlacedText & { box: Box }) | undefined;
  bar: { y: number; height: number };
  footer: PlacedText;
  slogan: [PlacedText, PlacedText];
  /** Where the photo goes (photo cards only). */
  photoBox?: Box;
  /** Dark gradients that keep white text readable over a photo (photo cards only). */
  scrims?: { top: Box; bottom: Box };
  /** Where in the photo box the photo's focal point goes, relative to the box: clear of the text (photo cards only). */
  photoFocus?: { x: number; y: number };
}

/** The x of text `width` px wide, centred on the card. */
const centred = (width: number) => Math.round(CENTRE_X - width / 2);

/** Where everything on a card goes; `photo` leaves the safe square above the bar to a photo. */
export function shareCardLayout(card: ShareCardText, { photo = false } = {}): ShareCardLayout {
  const bar = { y: 548, height: CARD_HEIGHT - 548 };

  const headerSize = photo ? 28 : 32;
  const starRadius = photo ? 17 : 20;
  const headerText = fitLine(card.header, (TEXT_WIDTH - 2 * starRadius - 14) / headerSize);
  const headerGroup = 2 * starRadius + 14 + textWidth(headerText) * headerSize;
  const headerLeft = centred(headerGroup);
  const headerY = photo ? 62 : 104;
  const header = {
    text: headerText,
    size: headerSize,
    x: headerLeft + 2 * starRadius + 14,
    y: headerY,
    star: { cx: headerLeft + starRadius, cy: headerY - Math.round(headerSize * 0.38), radius: starRadius },
  };

  const title = layoutTitle(card.title, TEXT_WIDTH, photo ? PHOTO_TITLE_SIZES : TITLE_SIZES);
  const kickerSize = photo ? 26 : 28;
  const kickerHeight = photo ? 46 : 52;
  const kickerRoom = photo ? SAFE_SQUARE.x - 40 : TEXT_WIDTH;
  const kickerText = card.kicker ? fitLine(card.kicker, (kickerRoom - 44) / kickerSize) : undefined;
  const kickerWidth = kickerText ? Math.round(textWidth(kickerText) * kickerSize + 44) : 0;

  let firstBaseline: number;
  let kickerTop: number;
  if (photo) {
    // The title sits at the bottom of the photo; the 栏目 label leaves the photo to the face and
    // goes to the top of the left side.
    const lastBaseline = bar.y - 30;
    firstBaseline = lastBaseline - (title.lines.length - 1) * title.lineHeight;
    kickerTop = headerY - 34;
  } else {
    kickerTop = 150;
    const top = kickerText ? kickerTop + kickerHeight + 24 : 150;
    const bottom = bar.y - 24;
    // Centre the block of lines: the first baseline sits one ascent (≈0.88 em) below its top.
    const blockHeight = (title.lines.length - 1) * title.lineHeight + title.fontSize;
    firstBaseline = Math.round(top + (bottom - top - blockHeight) / 2 + title.fontSize * 0.88);
  }
  const placed = title.lines.map((text, index) => ({
    text,
    size: title.fontSize,
    x: centred(textWidth(text) * title.fontSize),
    y: firstBaseline + index * title.lineHeight,
  }));
  const kickerLeft = photo ? Math.round(SAFE_SQUARE.x / 2 - kickerWidth / 2) : centred(kickerWidth);
  const kicker = kickerText
    ? {
        text: kickerText,
        size: kickerSize,
        x: kickerLeft + 22,
        y: kickerTop + Math.round(kickerHeight / 2 + kickerSize * 0.36),
        box: { x: kickerLeft, y: kickerTop, width: kickerWidth, height: kickerHeight },
      }
    : undefined;

  const footerSize = 26;
  const footerText = fitLine(card.footer, TEXT_WIDTH / footerSize);
  const footer = { text: footerText, size: footerSize, x: centred(textWidth(footerText) * footerSize), y: 598 };
  const sloganWidth = textWidth(CARD_SLOGAN[0]) * footerSize;
  const slogan: [PlacedText, PlacedText] = [
    { text: CARD_SLOGAN[0], size: footerSize, x: Math.round(SAFE_SQUARE.x / 2 - sloganWidth / 2), y: 598 },
    { text: CARD_SLOGAN[1], size: footerSize, x: Math.round(CARD_WIDTH - SAFE_SQUARE.x / 2 - sloganWidth / 2), y: 598 },
  ];

  const layout: ShareCardLayout = { photo, title: { ...title, placed }, header, kicker, bar, footer, slogan };
  if (photo) {
    const photoBox = { x: SAFE_SQUARE.x, y: 0, width: SAFE_SQUARE.size, height: bar.y };
    const textTop = firstBaseline - title.fontSize - 40;
    layout.photoBox = photoBox;
    layout.scrims = {
      top: { x: photoBox.x, y: 0, width: photoBox.width, height: headerY + 44 },
      bottom: { x: photoBox.x, y: textTop, width: photoBox.width, height: bar.y - textTop },
    };
    // A face's focal point is about its eyes: 40% down the clear band between the gradients leaves room for the chin.
    const clearTop = layout.scrims.top.height;
    layout.photoFocus = { x: photoBox.width / 2, y: Math.round(clearTop + 0.4 * (textTop - clearTop)) };
  }
  return layout;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** The points of a five-pointed star, for an SVG polygon. */
export function starPoints(cx: number, cy: number, radius: number, rotation = 0): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const angle = ((-90 + rotation + i * 36) * Math.PI) / 180;
    const r = i % 2 === 0 ? radius : radius * 0.382;
    points.push(`${(cx + r * Math.cos(angle)).toFixed(1)},${(cy + r * Math.sin(angle)).toFixed(1)}`);
  }
  return points.join(' ');
}

const FONT = `font-family="${escapeXml(CARD_FONT_FAMILY)}" font-weight="700"`;
const text = ({ text: content, size, x, y }: PlacedText, fill: string) =>
  `<text x="${x}" y="${y}" ${FONT} font-size="${size}" fill="${fill}">${escapeXml(content)}</text>`;

function header(layout: ShareCardLayout, dx = 0): string[] {
  const { star } = layout.header;
  return [
    `<polygon points="${starPoints(star.cx + dx, star.cy, star.radius)}" fill="${CARD_COLORS.gold}"/>`,
    text({ ...layout.header, x: layout.header.x + dx }, CARD_COLORS.white),
  ];
}

function kicker(layout: ShareCardLayout): string[] {
  if (!layout.kicker) return [];
  const { box } = layout.kicker;
  return [
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${box.height / 2}" fill="${CARD_COLORS.gold}"/>`,
    text(layout.kicker, CARD_COLORS.darkRed),
  ];
}

/**
 * The card as SVG. A text card with `withTitle: false` is the background the renderer reuses for
 * every card of a section (the title is drawn separately, from glyphs rendered once per build).
 * A photo card's SVG is its background only (the 栏目 label on the side included): the photo,
 * photoHeaderSvg and the title go on top.
 */
export function shareCardSvg(card: ShareCardText, { withTitle = true, photo = false } = {}): string {
  const layout = shareCardLayout(card, { photo });
  const { red, redLight, darkRed, gold, white } = CARD_COLORS;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${red}"/>`,
    `<polygon points="${starPoints(130, 290, 230, -12)}" fill="${redLight}"/>`,
    `<polygon points="${starPoints(1070, 290, 230, 12)}" fill="${redLight}"/>`,
    ...(photo ? [] : header(layout)),
    ...kicker(layout),
  ];
  if (!photo && withTitle) for (const line of layout.title.placed) parts.push(text(line, white));
  parts.push(
    `<rect x="0" y="${layout.bar.y}" width="${CARD_WIDTH}" height="${layout.bar.height}" fill="${gold}"/>`,
    text(layout.footer, darkRed),
    ...layout.slogan.map((half) => text(half, darkRed)),
    '</svg>',
  );
  return parts.join('\n');
}

/** The dark gradient at the bottom of a photo card, under the title: opacity by distance from its top (0–1). */
export const BOTTOM_SCRIM = {
  color: [26, 2, 4] as const,
  opacity: (t: number) => (t < 0.35 ? (0.72 * t) / 0.35 : 0.72 + ((0.86 - 0.72) * (t - 0.35)) / 0.65),
};

/**
 * The top of a photo card's photo, as a transparent SVG the size of the top scrim: a dark gradient
 * with the star and the site name, the same on every photo card of a site.
 */
export function photoHeaderSvg(card: ShareCardText): string {
  const layout = shareCardLayout(card, { photo: true });
  const { top } = layout.scrims!;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${top.width}" height="${top.height}" viewBox="0 0 ${top.width} ${top.height}">`,
    '<defs><linearGradient id="t" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity=".62"/><stop offset="1" stop-color="#000" stop-opacity="0"/></linearGradient></defs>',
    `<rect width="${top.width}" height="${top.height}" fill="url(#t)"/>`,
    ...header(layout, -top.x),
    '</svg>',
  ].join('\n');
}
