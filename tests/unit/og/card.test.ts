import { describe, expect, it } from 'vitest';
import { CARD, renderCard } from '../../../src/lib/og/card.ts';
import { clip, escapeMarkup } from '../../../src/lib/og/text.ts';

describe('share cards', () => {
	it('escapeMarkup() makes data safe for Pango markup', () => {
		expect(escapeMarkup('Desa <b>"A" & B\'s</b>')).toBe(
			'Desa &lt;b&gt;&quot;A&quot; &amp; B&#39;s&lt;/b&gt;',
		);
	});

	it('clip() cuts at a word boundary and says so', () => {
		expect(clip('Dari satu desa menjadi seribu sembilan ratus', 20)).toBe('Dari satu desa…');
		expect(clip('  pendek  ', 20)).toBe('pendek');
	});

	it('renderCard() draws a 1200 × 630 PNG, the same bytes every time', async () => {
		const card = {
			kicker: 'Lumbung Devisa',
			title: 'Kakao Kutai Timur di radar desa devisa <b>&</b> "lainnya"',
			dek: 'Kalimantan Timur menggandeng LPEI pada Juni 2025 untuk mendorong desa pengekspor.',
			footer: 'lumbungdevisa.id',
		};
		const a = await renderCard(card);
		const b = await renderCard(card);
		expect(a.subarray(1, 4).toString()).toBe('PNG');
		expect(a.readUInt32BE(16)).toBe(CARD.width);
		expect(a.readUInt32BE(20)).toBe(CARD.height);
		expect(Buffer.compare(a, b)).toBe(0);
	});
});
