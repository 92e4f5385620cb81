/**
 * Share preview images (Open Graph / WhatsApp / Facebook cards): 1200 × 630 PNG with the brand,
 * the headline and the dek, drawn at build time with sharp from fonts shipped in the repo, so
 * the same story gives the same bytes on every machine.
 */
import sharp, { type OverlayOptions } from 'sharp';
import { COLORS, FONTS, clip, escapeMarkup, layer, textImage } from './text.ts';

/** Card size in pixels (the size Facebook, WhatsApp and X recommend). */
export const CARD = { width: 1200, height: 630 } as const;

const SERIF_BOLD = FONTS.serifBold;
const SANS = FONTS.sans;

/** What a card shows. */
export interface CardText {
	/** Small line above the headline: the section or "Lumbung Devisa". */
	kicker: string;
	title: string;
	dek?: string;
	/** Bottom line: the site address. */
	footer: string;
}

/** Draw a card. Returns PNG bytes (1200 × 630). Headline is shrunk to fit three lines at most. */
export async function renderCard(card: CardText): Promise<Buffer> {
	const left = 80;
	const width = CARD.width - 2 * left;
	const kicker = await textImage(
		`<span foreground="${COLORS.accent}" letter_spacing="2048">${escapeMarkup(card.kicker.toUpperCase())}</span>`,
		'DejaVu Sans 24',
		SANS,
		width,
	);
	let size = 64;
	let title = await textImage(
		`<span foreground="${COLORS.fg}">${escapeMarkup(clip(card.title, 140))}</span>`,
		`DejaVu Serif Bold ${size}`,
		SERIF_BOLD,
		width,
	);
	while (title.info.height > size * 1.25 * 3 && size > 40) {
		size -= 6;
		title = await textImage(
			`<span foreground="${COLORS.fg}">${escapeMarkup(clip(card.title, 140))}</span>`,
			`DejaVu Serif Bold ${size}`,
			SERIF_BOLD,
			width,
		);
	}
	const titleTop = 96;
	const dekTop = titleTop + title.info.height + 28;
	const room = CARD.height - 110 - dekTop;
	const layers: OverlayOptions[] = [layer(kicker, left, 48), layer(title, left, titleTop)];
	if (card.dek && room > 40) {
		const lines = Math.max(1, Math.floor(room / 40));
		const dek = await textImage(
			`<span foreground="${COLORS.soft}">${escapeMarkup(clip(card.dek, lines * 62))}</span>`,
			'DejaVu Sans 28',
			SANS,
			width,
		);
		if (dek.info.height <= room) layers.push(layer(dek, left, dekTop));
	}
	const footer = await textImage(
		`<span foreground="${COLORS.soft}">${escapeMarkup(card.footer)}</span>`,
		'DejaVu Sans 24',
		SANS,
		width,
	);
	layers.push(layer(footer, left, CARD.height - 40 - footer.info.height));
	layers.push({
		input: { create: { width: CARD.width, height: 12, channels: 4, background: COLORS.accent } },
		left: 0,
		top: CARD.height - 12,
	});
	return sharp({
		create: { width: CARD.width, height: CARD.height, channels: 4, background: COLORS.bg },
	})
		.composite(layers)
		.png({ compressionLevel: 9, palette: true, effort: 1, dither: 0 })
		.toBuffer();
}
