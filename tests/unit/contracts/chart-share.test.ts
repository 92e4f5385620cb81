// A chart's share payload: what the frame writes, the script reads back; bad text is named.
import { describe, expect, it } from 'vitest';
import {
	decodeChartShare,
	encodeChartShare,
	type ChartShare,
} from '../../../src/lib/contracts/chart-share.ts';

const PAYLOAD: ChartShare = {
	title: 'Ekspor "kakao" & lada',
	url: 'https://lumbungdevisa.id/cerita/kakao/#grafik-ekspor',
	image: '/embed/ekspor.png',
	file: 'ekspor.png',
	copy: 'Salin tautan',
	copied: 'Tautan disalin.',
};

describe('chart share payload', () => {
	it('decodes what it encodes', () => {
		expect(decodeChartShare(encodeChartShare(PAYLOAD))).toEqual({ ok: true, value: PAYLOAD });
	});

	it('writes only the contract’s fields', () => {
		const extra = { ...PAYLOAD, secret: 'x' } as ChartShare;
		expect(Object.keys(JSON.parse(encodeChartShare(extra)))).toEqual([
			'title',
			'url',
			'image',
			'file',
			'copy',
			'copied',
		]);
	});

	it.each([
		[undefined, /missing/],
		['{', /not JSON/],
		['[]', /must be an object/],
		['null', /must be an object/],
		[JSON.stringify({ ...PAYLOAD, url: '' }), /url must be a non-empty text, got ""/],
		[JSON.stringify({ ...PAYLOAD, copied: 3 }), /copied must be a non-empty text, got 3/],
		[JSON.stringify({ ...PAYLOAD, file: undefined }), /file must be a non-empty text, got nothing/],
	])('names what is wrong with %j', (text, error) => {
		const decoded = decodeChartShare(text);
		expect(decoded.ok).toBe(false);
		if (!decoded.ok) expect(decoded.error).toMatch(error);
	});
});
