import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decodeCsv, firstInvalidUtf8 } from '../../../src/lib/data/decode.ts';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('firstInvalidUtf8(bytes)', () => {
	it.each([
		['ASCII', bytes(0x61, 0x62), -1],
		['é as UTF-8', bytes(0xc3, 0xa9), -1],
		['é as Windows-1252', bytes(0x61, 0xe9, 0x62), 1],
		['overlong slash', bytes(0xc0, 0xaf), 0],
		['truncated sequence', bytes(0x61, 0xe2, 0x82), 1],
		['UTF-16 surrogate', bytes(0xed, 0xa0, 0x80), 0],
		['4-byte emoji', bytes(0xf0, 0x9f, 0x8c, 0xb4), -1],
	])('%s', (_, input, expected) => {
		expect(firstInvalidUtf8(input)).toBe(expected);
	});
});

describe('decodeCsv(bytes)', () => {
	it('#14 refuses a file over the size limit before parsing it', () => {
		const big = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61);
		const { problems, text } = decodeCsv(big, 'data/big.csv');
		expect(text).toBeUndefined();
		expect(problems).toEqual([expect.objectContaining({ code: 'file-size', line: 0 })]);
	});

	it('strips a BOM and reports it', () => {
		const { text, bom, problems } = decodeCsv(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0a), 'x.csv');
		expect(text).toBe('a\n');
		expect(bom).toBe(true);
		expect(problems).toEqual([]);
	});

	it('turns CRLF into LF without changing line numbers', () => {
		const { text } = decodeCsv(new TextEncoder().encode('a\r\nb\r\n'), 'x.csv');
		expect(text).toBe('a\nb\n');
	});
});
