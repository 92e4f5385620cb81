// What a chart says when it leaves the page: its image's source line and its WhatsApp link.
import { describe, expect, it } from 'vitest';
import { sourceLine, whatsappUrl } from '../../../src/lib/charts/share.ts';

describe('sourceLine', () => {
	it('names each outlet once, in the order cited, then who analysed the data', () => {
		const refs = [
			{ id: 'a', outlet: 'BPS Lamongan', url: 'https://example.org/a', published: '2024-01-02' },
			{ id: 'b', outlet: 'Antara' },
			{ id: 'c', outlet: 'BPS Lamongan', title: 'Lamongan dalam angka' },
		];
		expect(sourceLine(refs, 'id')).toBe('Sumber: BPS Lamongan; Antara; olah data Lumbung Devisa.');
		expect(sourceLine(refs, 'en')).toBe(
			'Sources: BPS Lamongan; Antara; analysis by Lumbung Devisa.',
		);
	});

	it('says "source" for one outlet', () => {
		expect(sourceLine([{ id: 'a', outlet: 'Kompas' }], 'id')).toBe(
			'Sumber: Kompas; olah data Lumbung Devisa.',
		);
	});
});

describe('whatsappUrl', () => {
	it('fills the message with the title and the address, encoded', () => {
		const url = whatsappUrl('Ekspor & impor: 50%', 'https://x.id/cerita/a/#grafik-b');
		expect(url).toBe(
			'https://wa.me/?text=Ekspor%20%26%20impor%3A%2050%25%20https%3A%2F%2Fx.id%2Fcerita%2Fa%2F%23grafik-b',
		);
		expect(new URL(url).searchParams.get('text')).toBe(
			'Ekspor & impor: 50% https://x.id/cerita/a/#grafik-b',
		);
	});
});
