/**
 * Text for the share images (story cards, chart images), drawn by sharp with the fonts shipped in
 * `src/assets/og-fonts/` and nothing else: the same text gives the same pixels on every machine,
 * whatever fonts it has installed.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp, { type OutputInfo, type OverlayOptions } from 'sharp';

/**
 * The font folder: beside this module when it runs from the source (tests, `astro dev`), under
 * the working directory when it runs bundled (`astro build` moves the module into its output,
 * where a path relative to it finds nothing — and Pango would silently draw in a font of the
 * machine). Throws when neither holds the fonts.
 */
function fontDir(): string {
	const candidates = [
		fileURLToPath(new URL('../../assets/og-fonts/', import.meta.url)),
		`${resolve(process.cwd(), 'src/assets/og-fonts')}/`,
	];
	const found = candidates.find((dir) => existsSync(`${dir}fonts.conf`));
	if (!found) throw new Error(`share images: no fonts found in ${candidates.join(' or ')}`);
	return found;
}

const FONT_DIR = fontDir();

/**
 * The font files (DejaVu 2.37) text is drawn from: regular sans, bold serif. Bold sans
 * (`DejaVuSans-Bold.ttf`, for `weight="bold"` and `DejaVu Sans Bold` in markup) is found by
 * fontconfig in the same folder.
 */
export const FONTS = {
	sans: `${FONT_DIR}DejaVuSans.ttf`,
	serifBold: `${FONT_DIR}DejaVuSerif-Bold.ttf`,
} as const;

/** The site's light colours (src/styles/tokens.css): background, text, soft text, accent. */
export const COLORS = { bg: '#fbfaf7', fg: '#1d1b18', soft: '#5a554c', accent: '#8a3b12' } as const;

const FONT_CONFIG = `${FONT_DIR}fonts.conf`;

/**
 * Make fontconfig, which sharp's text and SVG drawing look fonts up with, see only the fonts in
 * `src/assets/og-fonts/` (its `fonts.conf`): a family a drawing names that is not one of them
 * (`system-ui`, `Arial`) then resolves to DejaVu too, never to a font of the machine. Fontconfig
 * reads the variable once, when it first looks a font up, so every function here that draws text
 * calls this first. Idempotent.
 */
export function useOwnFonts(): void {
	process.env.FONTCONFIG_FILE = FONT_CONFIG;
}

/** Text made safe for Pango markup (`&`, `<`, `>`, quotes escaped). */
export function escapeMarkup(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
	const t = text.trim().replace(/\s+/g, ' ');
	if (t.length <= max) return t;
	const cut = t.slice(0, max - 1);
	const space = cut.lastIndexOf(' ');
	return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[,.;:–-]+$/, '')}…`;
}

/** Raw RGBA pixels of a text block, with its size. */
export type TextImage = { data: Buffer; info: OutputInfo };

/**
 * Pango `markup` drawn in `font` (`'DejaVu Sans 24'`: family, style, size in px) from
 * `fontfile`, wrapped at words to `width` px; raw RGBA, transparent around the glyphs, as wide
 * as its longest line.
 */
export async function textImage(
	markup: string,
	font: string,
	fontfile: string,
	width: number,
): Promise<TextImage> {
	useOwnFonts();
	return sharp({
		text: { text: markup, font, fontfile, width, rgba: true, dpi: 72, wrap: 'word' },
	})
		.raw()
		.toBuffer({ resolveWithObject: true });
}

/** A text image as a composite layer (raw RGBA: no PNG encode and decode in between). */
export function layer(image: TextImage, left: number, top: number): OverlayOptions {
	const { width, height, channels } = image.info;
	return { input: image.data, raw: { width, height, channels }, left, top };
}
