// The search page's payload: what the build writes, the browser reads back; bad text is named.
import { describe, expect, it } from 'vitest';
import {
	decodeSearch,
	encodeSearch,
	type SearchPayload,
} from '../../../src/lib/contracts/search.ts';

const PAYLOAD: SearchPayload = {
	base: '/lumbung-devisa/',
	loading: 'Memuat…',
	error: 'Pencarian tidak dapat dimuat.',
	foundOne: '{n} hasil untuk “{q}”',
	found: '{n} hasil untuk “{q}”',
	none: 'Tidak ada hasil untuk “{q}”',
};

describe('search payload', () => {
	it('decodes what it encodes', () => {
		expect(decodeSearch(encodeSearch(PAYLOAD))).toEqual({ ok: true, value: PAYLOAD });
	});

	it.each([
		[undefined, /missing/],
		['{', /not JSON/],
		['[]', /must be an object/],
		[JSON.stringify({ ...PAYLOAD, found: 3 }), /found must be text, got 3/],
		[JSON.stringify({ ...PAYLOAD, base: '/x' }), /base must end in "\/"/],
	])('names what is wrong with %j', (text, error) => {
		const decoded = decodeSearch(text);
		expect(decoded.ok).toBe(false);
		expect(!decoded.ok && decoded.error).toMatch(error);
	});
});
