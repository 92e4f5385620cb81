/**
 * The share image of a chart (`/embed/<id>.png`): 1200 × 675 PNG with the chart's title,
 * subtitle and colour key, its wide drawing, its source line and the site's name, drawn at build
 * time by sharp — the drawing by librsvg from the chart's own SVG, the text by Pango — with the
 * fonts shipped in the repo only (`text.ts`), so the same chart gives the same bytes on every
 * machine.
 */
import sharp, { type OverlayOptions } from 'sharp';
import { rasterCss, rasterSvg } from '../charts/raster.ts';
import { svgSize } from '../charts/standalone.ts';
import type { SvgNode } from '../charts/svg.ts';
import {
	COLORS,
	FONTS,
	clip,
	escapeMarkup,
	layer,
	textImage,
	useOwnFonts,
	type TextImage,
} from './text.ts';

/** Image size in pixels: 16:9, shown whole by WhatsApp, X and Facebook. */
export const CHART_CARD = { width: 1200, height: 675 } as const;

/** What a chart's share image shows, already in the page's language. */
export interface ChartCardInput {
	/** The chart's wide drawing. */
	drawing: SvgNode;
	/** The site's chart stylesheet: tokens.css, then chart.css. */
	css: string;
	title: string;
	subtitle?: string | undefined;
	/** The colour key: each series' label and index (its colour). */
	legend: readonly { label: string; index: number }[];
	/** The source line, as the frame says it (`Sumber: BPS (…); olah data Lumbung Devisa.`). */
	source: string;
	/** The site's name, bottom right. */
	site: string;
	/** The site's address, after its name. */
	host: string;
}

const PAD = 56;
const BAR = 10;
/** Room drawn around the drawing's viewBox, in drawing units: labels may reach past it. */
const BLEED = 6;
/** The drawing is never scaled up more than this (a short progress bar would fill the image). */
const MAX_SCALE = 2;

const stylesheets = new Map<string, string>();

/** The chart stylesheet for librsvg at `fontSize`, in DejaVu Sans; worked out once per size. */
function drawingCss(css: string, fontSize: number): string {
	const key = `${fontSize}\n${css}`;
	let out = stylesheets.get(key);
	if (out === undefined) {
		out = rasterCss(css, {
			fontSize,
			override: { '--font-ui': "'DejaVu Sans'", '--font-body': "'DejaVu Sans'" },
		});
		stylesheets.set(key, out);
	}
	return out;
}

/** Series `index`'s colour in the drawing's stylesheet (`.c-s0{color:#b35900}`, light theme). */
function seriesColor(css: string, index: number): string {
	const color = new RegExp(`\\.c-s${index}\\{color:([^;}]+)`).exec(css)?.[1];
	if (!color) throw new Error(`chart stylesheet has no colour for series ${index} (.c-s${index})`);
	return color;
}

const brands = new Map<string, Promise<TextImage>>();

/** The site's name and address, bottom right: the same on every image, drawn once. */
function brandImage(site: string, host: string, width: number): Promise<TextImage> {
	const key = `${site}\n${host}\n${width}`;
	let image = brands.get(key);
	if (!image) {
		image = textImage(
			`<span foreground="${COLORS.accent}" weight="bold">${escapeMarkup(site)}</span> <span foreground="${COLORS.soft}">${escapeMarkup(host)}</span>`,
			'DejaVu Sans 20',
			FONTS.sans,
			width,
		);
		brands.set(key, image);
	}
	return image;
}

/**
 * Draw a chart's share image. Returns PNG bytes (1200 × 675). Title, subtitle, key labels and
 * source are cut at a word with an ellipsis past 110, 160, 40 and 220 characters; the drawing
 * takes the room left between them, scaled to fit (at most twice its size) and centred in
 * height.
 */
export async function renderChartCard(input: ChartCardInput): Promise<Buffer> {
	useOwnFonts();
	const { width: W, height: H } = CHART_CARD;
	const inner = W - 2 * PAD;
	const span = (color: string, text: string) =>
		`<span foreground="${color}">${escapeMarkup(text)}</span>`;

	const fontSize = Number(input.drawing.attrs['font-size'] ?? 14);
	const css = drawingCss(input.css, fontSize);
	// One text block for title, subtitle and key, one for the source, the brand drawn once.
	const key = input.legend.map(
		(l) => `${span(seriesColor(css, l.index), '▬')}\u00a0${span(COLORS.fg, clip(l.label, 40))}`,
	);
	const head = await textImage(
		[
			`<span font_desc="DejaVu Sans Bold 34">${span(COLORS.fg, clip(input.title, 110))}</span>`,
			input.subtitle
				? `<span size="6144"> </span>\n${span(COLORS.soft, clip(input.subtitle, 160))}`
				: '',
			key.length
				? `<span size="6144"> </span>\n<span size="${20 * 1024}">${key.join('\u2003 ')}</span>`
				: '',
		]
			.filter(Boolean)
			.join('\n'),
		'DejaVu Sans 22',
		FONTS.sans,
		inner,
	);
	const brand = await brandImage(input.site, input.host, inner);
	const source = await textImage(
		span(COLORS.soft, clip(input.source, 220)),
		'DejaVu Sans 17',
		FONTS.sans,
		inner - brand.info.width - 40,
	);

	const layers: OverlayOptions[] = [];
	layers.push(layer(head, PAD, 36));
	const top = 36 + head.info.height + 20;
	const bottomLine = H - BAR - 22;
	const brandTop = bottomLine - brand.info.height;
	const sourceTop = bottomLine - source.info.height;
	layers.push(layer(brand, W - PAD - brand.info.width, brandTop));
	layers.push(layer(source, PAD, sourceTop));
	const bottom = Math.min(brandTop, sourceTop) - 20;

	const box = svgSize(input.drawing);
	const boxW = box.width + 2 * BLEED;
	const boxH = box.height + 2 * BLEED;
	const scale = Math.min(inner / boxW, (bottom - top) / boxH, MAX_SCALE);
	if (!(scale > 0)) throw new Error(`chart "${input.title}": no room left for the drawing`);
	const drawW = Math.round(boxW * scale);
	const drawH = Math.round(boxH * scale);
	const [x = 0, y = 0] = String(input.drawing.attrs.viewBox)
		.trim()
		.split(/[\s,]+/)
		.map(Number);
	const drawing: SvgNode = {
		...input.drawing,
		attrs: { ...input.drawing.attrs, viewBox: `${x - BLEED} ${y - BLEED} ${boxW} ${boxH}` },
	};
	const pixels = await sharp(Buffer.from(rasterSvg(drawing, css, drawW, drawH)), { density: 72 })
		.raw()
		.toBuffer({ resolveWithObject: true });
	layers.push(
		layer(pixels, PAD - Math.round(BLEED * scale), top + Math.round((bottom - top - drawH) / 2)),
	);
	layers.push({
		input: { create: { width: W, height: BAR, channels: 4, background: COLORS.accent } },
		left: 0,
		top: H - BAR,
	});
	// Truecolour, zlib level 6 without adaptive filtering: about 10 ms a chart. A palette (as the
	// story cards use) halves the bytes but costs 30–80 ms more, and a build at scale draws
	// thousands of these.
	return sharp({ create: { width: W, height: H, channels: 3, background: COLORS.bg } })
		.composite(layers)
		.png({ compressionLevel: 6, adaptiveFiltering: false })
		.toBuffer();
}
