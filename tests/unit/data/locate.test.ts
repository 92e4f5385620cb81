import { describe, expect, it } from 'vitest';
import { lineCol, lineLocator } from '../../../src/lib/data/declaration.ts';
import { decodeCsv } from '../../../src/lib/data/decode.ts';
import { tokenizeCsv } from '../../../src/lib/data/csv.ts';

/** Line and column by counting from the start: the definition the locator must agree with. */
function counted(text: string, offset: number): { line: number; col: number } {
	const before = text.slice(0, Math.max(0, offset));
	const line = before.split('\n').length;
	return { line, col: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('lineLocator(text)', () => {
	const text = 'a,b\n\n"x\ny",z\nlast';
	it('agrees with counting from the start at every offset, and past the end', () => {
		const at = lineLocator(text);
		for (let offset = 0; offset <= text.length + 2; offset++) {
			expect(at(offset), `offset ${offset}`).toEqual(counted(text, offset));
			expect(lineCol(text, offset)).toEqual(at(offset));
		}
	});

	it('places a newline character on the line it ends', () => {
		expect(lineLocator('ab\ncd')(2)).toEqual({ line: 1, col: 3 });
		expect(lineLocator('ab\ncd')(3)).toEqual({ line: 2, col: 1 });
	});
});

describe('tokenizeCsv at 100,000 rows', () => {
	// Every 1,000th record has a quoted two-line cell: the line numbers after it must move by two.
	const n = 100_000;
	const lines = ['id,note'];
	for (let i = 0; i < n; i++) lines.push(i % 1000 === 0 ? `r${i},"two\nlines"` : `r${i},plain`);
	const text = `${lines.join('\n')}\n`;

	it('gives each record the line it starts on', () => {
		const { records, problems } = tokenizeCsv(text, { file: 'big.csv' });
		expect(problems).toEqual([]);
		expect(records).toHaveLength(n);
		// Record i starts after the header, i earlier records and one extra line per quoted cell
		// before it.
		for (const i of [0, 1, 999, 1000, 1001, 54_321, n - 1]) {
			const extra = Math.floor((i - 1) / 1000) + 1;
			expect(records[i]?.line, `record ${i}`).toBe(2 + i + (i === 0 ? 0 : extra));
			expect(records[i]?.cells[0]).toBe(`r${i}`);
		}
	});

	it('still finds a stray quote far down the file, at its line and column', () => {
		const broken = text.replace('r99998,plain', 'r99998,pla"in');
		const { problems } = tokenizeCsv(broken, { file: 'big.csv' });
		expect(problems).toEqual([
			expect.objectContaining({ code: 'source-error', line: 2 + 99_998 + 100, col: 2 }),
		]);
	});
});

describe('decodeCsv on text without carriage returns', () => {
	it('returns the text as it is and reports nothing', () => {
		const text = 'a,b\n1,2\n';
		expect(decodeCsv(new TextEncoder().encode(text), 'x.csv')).toEqual({
			text,
			bom: false,
			problems: [],
		});
	});

	it('still warns about mixed line ends when the first CRLF comes after LF lines', () => {
		const { problems } = decodeCsv(new TextEncoder().encode('a\nb\r\nc\n'), 'x.csv');
		expect(problems).toEqual([
			expect.objectContaining({ code: 'line-breaks', severity: 'warning', line: 2 }),
		]);
	});
});
