import { describe, expect, it } from 'vitest';
import { renderProblem } from '../../../src/lib/data/problems.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { sentenceAt, strongWordProblems } from '../../../src/lib/stories/strong-words.ts';

const FILE = 'src/content/stories/id/uji.mdx';
const check = (body: string, lang: 'id' | 'en' = 'id') => {
	const source = `---\ntitle: Uji\n---\n\n${body}\n`;
	return strongWordProblems(parseMdx(source), source, FILE)
		.map((p) => renderProblem(p, lang))
		.map((p) => `${p.line}:${p.col}: ${p.severity} ${p.code} ${p.message}`);
};

describe('strong words carry a source', () => {
	it('warns at a ranking, first, only or doubling word whose sentence has no <Cite>', () => {
		expect(check('Lamongan punya desa devisa terbanyak di Jawa Timur.')).toEqual([
			'5:28: warning strong-word kata "terbanyak" menyatakan peringkat, yang pertama atau satu-satunya, kelipatan atau sebab, tanpa <Cite> di kalimatnya',
		]);
		expect(check('Ekspornya naik dua kali lipat.\n\nIni desa satu-satunya.')).toEqual([
			expect.stringMatching(/^5:16: warning strong-word kata "dua kali lipat"/),
			expect.stringMatching(/^7:10: warning strong-word kata "satu-satunya"/),
		]);
		expect(check('It is the only cocoa village. Nusasari was the first.', 'en')).toEqual([
			'5:7: warning strong-word "the only" states a rank, a first or an only, a multiple or a cause, with no <Cite> in its sentence',
			expect.stringMatching(/^5:48: warning strong-word "first"/),
		]);
	});

	it('accepts a <Cite> in the same sentence, before or right after its full stop', () => {
		expect(check('Desa devisa pertama ada di Bali.<Cite source="indovoices-nusasari" />')).toEqual(
			[],
		);
		expect(check('Yang terbesar <Cite source="a" /> ada di Bali. Lalu Jawa.')).toEqual([]);
		expect(
			check('Desa devisa pertama ada di Bali. Lalu Jawa.<Cite source="indovoices-nusasari" />'),
		).toEqual([expect.stringMatching(/^5:13: warning strong-word kata "pertama"/)]);
		// A citation of the sentence before does not source the next one.
		expect(check('Ada di Bali.<Cite source="a" /> Yang pertama di Jawa.')).toEqual([
			expect.stringMatching(/^5:38: warning strong-word kata "pertama"/),
		]);
	});

	it('warns at "karena" / "because" only in a sentence that shows a figure', () => {
		expect(check('Harga turun karena cuaca.')).toEqual([]);
		expect(check('Ekspor turun karena cuaca: <Count dataset="villages" />.')).toEqual([
			expect.stringMatching(/^5:14: warning strong-word kata "karena"/),
		]);
		expect(
			check('Exports fell because of the weather: <Count dataset="villages" />.', 'en'),
		).toEqual([expect.stringMatching(/^5:14: warning strong-word "because"/)]);
	});

	it('does not take an enumeration, a period or a heading for a claim', () => {
		expect(check('Ada dua catatan. Pertama, angkanya tidak ada.')).toEqual([]);
		expect(check('First, the count differs.', 'en')).toEqual([]);
		expect(check('Ekspor pulih pada sembilan bulan pertama 2022.')).toEqual([]);
		expect(check('Exports recovered in the first nine months of 2022.', 'en')).toEqual([]);
		expect(check('## Mahakam Ulu, yang terbanyak\n\nTeks.')).toEqual([]);
		expect(check('Harga tertinggi{/* komentar */} tercatat.')).toHaveLength(1);
	});
});

describe('sentenceAt', () => {
	it('spans from the end of the sentence before to its own end, with the Cites after its stop', () => {
		const text = 'Satu. Dua terbesar.<Cite source="a" /> Tiga.';
		const { start, end } = sentenceAt(text, text.indexOf('terbesar'));
		expect(text.slice(start, end)).toBe(' Dua terbesar.<Cite source="a" />');
		const table = '| Desa | terbesar |';
		const cell = sentenceAt(table, table.indexOf('terbesar'));
		expect(table.slice(cell.start, cell.end)).toBe(' terbesar |');
	});
});
