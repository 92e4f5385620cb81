// Reading time: prose, inline figures, the words components show, table heads and figures.
import { describe, expect, it } from 'vitest';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import {
	countWords,
	readingLoad,
	readingMinutes,
	TABLE_ROWS,
} from '../../../src/lib/stories/reading.ts';
import { fixtureCatalog } from '../charts/helpers.ts';

const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(' ');
const load = (mdx: string) => readingLoad(parseMdx(mdx), COMPONENT_SPECS, fixtureCatalog());

describe('readingMinutes', () => {
	it('reads 200 words a minute and looks at a figure for 10 seconds, rounded, at least 1', () => {
		expect(readingMinutes({ words: 700, figures: 0 })).toBe(4); // 3.5 min, rounded up
		expect(readingMinutes({ words: 700, figures: 3 })).toBe(4);
		expect(readingMinutes({ words: 500, figures: 0 })).toBe(3); // 2.5 min
		expect(readingMinutes({ words: 400, figures: 4 })).toBe(3); // 2 min + 40 s
		expect(readingMinutes({ words: 0, figures: 0 })).toBe(1);
	});
});

describe('readingLoad', () => {
	it('counts prose words and each inline figure as a word', () => {
		expect(countWords('  Ekspor   naik\ttajam \n lagi ')).toBe(4);
		const mdx = `## Judul\n\n${words(20)} <Value dataset="trade" column="value" where={{ year: 2021 }} /> naik.\n\n- satu\n- dua\n`;
		// Judul, 20 words, the value, naik., satu, dua
		expect(load(mdx)).toEqual({ words: 1 + 20 + 1 + 1 + 2, figures: 0 });
	});

	it('adds the words a chart shows and counts it as a figure, not its data', () => {
		const chart = `<LineChart id="ekspor" title="Ekspor kakao naik tajam" dataset="trade" x="year" y="value" annotations={[{ x: 2018, label: "Harga naik" }]} />`;
		expect(load(`${words(10)}\n\n${chart}\n`)).toEqual({ words: 10 + 4 + 2, figures: 1 });
	});

	it(`reads a table's caption and the cells of its head and first ${TABLE_ROWS} rows`, () => {
		// trade.csv has 6 rows: all read, plus the header row.
		const table = `<DataTable dataset="trade" columns={["year", "value"]} caption="Ekspor per tahun" />`;
		expect(load(table)).toEqual({ words: 3 + 2 * (6 + 1), figures: 0 });
		const filtered = `<DataTable dataset="trade" columns={["year", "value", "firms"]} caption="Ekspor" where={{ year: 2016 }} />`;
		expect(load(filtered)).toEqual({ words: 1 + 3 * (1 + 1), figures: 0 });
	});
});
