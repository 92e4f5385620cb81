// The dot timeline: one dot per row at its own date, rows by group, stacked where dates meet;
// rows without a date counted and named, never drawn at a made-up date.
import { describe, expect, it } from 'vitest';
import { ChartError } from '../../../src/lib/charts/data.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/layout.ts';
import { stackLevels, timelineChart } from '../../../src/lib/charts/kinds/timeline/model.ts';
import {
	resolveTimeline,
	TIMELINE_DOTS,
	TIMELINE_TABLE_ROWS,
	timelinePerDot,
} from '../../../src/lib/charts/kinds/timeline/resolve.ts';
import type { TimelineProps } from '../../../src/lib/charts/kinds/timeline/props.ts';
import { loadCatalog } from '../../../src/lib/data/load.ts';
import { renderProblem } from '../../../src/lib/data/problems.ts';
import { parseMdx } from '../../../src/lib/mdx/extract.ts';
import { COMPONENT_SPECS } from '../../../src/lib/mdx/registry.ts';
import { lintBody } from '../../../src/lib/stories/lint.ts';
import { fixtureCatalog } from './helpers.ts';

const props: TimelineProps = {
	id: 't',
	title: 'T',
	dataset: 'sites',
	date: 'designated',
	label: 'name',
	group: 'region_code',
	unit: 'villages',
};
const resolve = (p: Partial<TimelineProps> = {}, lang: 'id' | 'en' = 'id') =>
	resolveTimeline({ ...props, ...p }, fixtureCatalog(), lang);

describe('stackLevels(xs, gap)', () => {
	it('puts each dot on the lowest level free of its left neighbours', () => {
		expect(stackLevels([0, 5, 10, 30], 10)).toEqual([0, 1, 0, 0]);
		expect(stackLevels([3, 3, 3, 3], 10)).toEqual([0, 1, 2, 3]);
		expect(stackLevels([], 10)).toEqual([]);
	});
});

describe('resolveTimeline', () => {
	it('groups rows in order of their first date, dots by date, names through foreign keys', () => {
		const r = resolve();
		expect(r.input.groups.map((g) => [g.label, g.dots.map((d) => d.name)])).toEqual([
			['Kabupaten Satu', ['Desa Satu A', 'Desa Satu B']],
			['Kabupaten Dua', ['Desa Dua A', 'Desa Dua B', 'Desa Dua C', 'Desa Dua D']],
			['Kabupaten Tiga', ['Desa Tiga A']],
		]);
		expect(r.input.groupTitle).toBe('Wilayah');
		expect(r.input.groups[0]?.dots[0]).toEqual({
			x: '2019-12-06',
			name: 'Desa Satu A',
			note: 'Desa pertama.',
		});
	});

	it('leaves rows without a date out of the drawing, but in the table and the CSV', () => {
		const r = resolve();
		expect(r.input.undated).toEqual(['Desa Satu C', 'Desa Tiga B']);
		const dates = r.input.groups.flatMap((g) => g.dots.map((d) => d.x));
		const rows = r.parts[0]?.rows ?? [];
		expect(rows).toHaveLength(9);
		// Every dot is at a date some row has; no row without a date became a dot.
		expect(new Set(dates)).toEqual(new Set(rows.flatMap((row) => row.designated ?? [])));
		expect(r.table.rows.at(-1)).toEqual(['Desa Tiga B', 'Kabupaten Tiga', '—', '', 'Outlet A']);
		expect(r.table.rows[0]).toEqual([
			'Desa Satu A',
			'Kabupaten Satu',
			'6 Desember 2019',
			'Desa pertama.',
			'Outlet A',
		]);
		expect(r.table.columns.map((c) => c.label)).toEqual([
			'Nama',
			'Wilayah',
			'Diresmikan',
			'Catatan',
			'Sumber',
		]);
	});

	it('cites the sources of the rows, says what a dot is, filters with where', () => {
		const r = resolve();
		expect(r.sources).toEqual(['src-a', 'src-b', 'src-c']);
		expect(r.measure).toBe('Satu titik = satu desa');
		expect(resolve({}, 'en').measure).toBe('One dot = one village');
		expect(resolve({ unit: undefined }).measure).toBe('');
		const dua = resolve({ where: { region_code: '64.02' } });
		expect(dua.input.groups).toHaveLength(1);
		expect(dua.sources).toEqual(['src-b', 'src-c']);
	});

	it('refuses a column that is not a date, a missing column and a filter with no dated row', () => {
		expect(() => resolve({ date: 'name' })).toThrow(
			'Timeline "t": date="name" is a string column of sites; a timeline needs a date, yearmonth or year column',
		);
		expect(() => resolve({ group: 'province' })).toThrow(ChartError);
		expect(() => resolve({ where: { id: 'tiga-b' } })).toThrow(
			'Timeline "t": no row of sites matching where={"id":"tiga-b"} has a designated; a timeline draws rows at their own date and never invents one',
		);
	});
});

describe('timelineChart', () => {
	it('stacks dots of one date in their row and never lets two dots overlap', () => {
		for (const size of [WIDE, NARROW]) {
			const m = timelineChart(resolve().input, { lang: 'id', size });
			expect(m.dots).toHaveLength(7);
			for (const a of m.dots) {
				for (const b of m.dots) {
					if (a === b) continue;
					expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * m.r);
				}
			}
			const dua = m.dots.filter((d) => d.s === 1);
			expect(new Set(dua.slice(0, 3).map((d) => d.x)).size).toBe(1);
			expect(dua.slice(0, 3).map((d) => d.y)).toEqual(
				[...dua.slice(0, 3).map((d) => d.y)].sort((a, b) => b - a),
			);
			for (const d of m.dots) {
				expect(d.x).toBeGreaterThanOrEqual(m.plot.x0);
				expect(d.x).toBeLessThanOrEqual(m.plot.x1);
				expect(d.y).toBeLessThan(m.plot.y1);
			}
			expect(m.height).toBeGreaterThan(m.plot.y1);
		}
	});

	it('puts row names beside the rows when wide and above them when narrow', () => {
		const wide = timelineChart(resolve().input, { lang: 'id', size: WIDE });
		const narrow = timelineChart(resolve().input, { lang: 'id', size: NARROW });
		expect(wide.rows.every((r) => r.anchor === 'end' && r.x < wide.plot.x0)).toBe(true);
		expect(narrow.rows.every((r) => r.anchor === 'start' && r.x === 0)).toBe(true);
		// Above: each name sits over its own dots.
		narrow.rows.forEach((row, s) => {
			for (const d of narrow.dots.filter((dot) => dot.s === s)) expect(d.y).toBeGreaterThan(row.y);
		});
	});

	it('writes tooltips in keyboard order (row by row, by date), a note and a summary from the data', () => {
		const m = timelineChart(resolve().input, { lang: 'id', size: WIDE });
		expect(m.dots.map((d) => d.k)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect(m.items[0]).toEqual({
			s: 0,
			heading: 'Desa Satu A',
			value: '6 Desember 2019 · Kabupaten Satu',
			note: 'Desa pertama.',
		});
		expect(m.items.map((i) => i.s)).toEqual([0, 0, 1, 1, 1, 1, 2]);
		expect(m.notes).toEqual([
			'Tidak digambar karena datanya tidak memberi tanggal (2 desa): Desa Satu C dan Desa Tiga B.',
		]);
		expect(m.summary).toBe(
			'Linimasa 7 desa, dari 6 Desember 2019 sampai 30 Mei 2023. Wilayah: Kabupaten Satu 2 desa, Kabupaten Dua 4 desa dan Kabupaten Tiga 1 desa. 2 desa tanpa tanggal tidak digambar.',
		);
		expect(m.warnings).toEqual([
			'2 rows have no date and are not drawn; the note under the chart names them. If a source gives a date, add it to the data.',
		]);
	});

	it('in English; one row without groups; long lists of undated rows shortened', () => {
		const en = timelineChart(resolve({ group: undefined }, 'en').input, { lang: 'en', size: WIDE });
		expect(en.rows).toEqual([expect.objectContaining({ lines: [] })]);
		expect(en.items[0]?.value).toBe('6 December 2019');
		expect(en.summary).toBe(
			'A timeline of 7 villages, from 6 December 2019 to 30 May 2023. 2 villages without a date are not drawn.',
		);
		const input = resolve().input;
		const many = { ...input, undated: Array.from({ length: 17 }, (_, i) => `D${i + 1}`) };
		expect(timelineChart(many, { lang: 'id', size: WIDE }).notes[0]).toBe(
			'Tidak digambar karena datanya tidak memberi tanggal (17 desa): D1, D2, D3, D4, D5, D6, D7, D8, D9, D10, D11, D12, D13, D14, D15 dan 2 lainnya.',
		);
	});
});

describe('a timeline of a large dataset', () => {
	// The fixture's rows, 500 times over (a dataset of 3,000+ rows).
	const large = () => {
		const catalog = new Map(fixtureCatalog());
		const sites = catalog.get('sites')!;
		catalog.set('sites', { ...sites, rows: Array.from({ length: 500 }, () => sites.rows).flat() });
		return catalog;
	};

	it('picks how many rows a dot stands for: 1, 2, 5, 10, …', () => {
		expect(timelinePerDot(TIMELINE_DOTS)).toBe(1);
		expect(timelinePerDot(TIMELINE_DOTS + 1)).toBe(2);
		expect(timelinePerDot(20_000, 400)).toBe(50);
		expect(timelinePerDot(100_000, 400)).toBe(500);
		expect(timelinePerDot(0)).toBe(1);
	});

	it('draws at most TIMELINE_DOTS dots (plus a part run per row) and a table of its first rows', () => {
		const r = resolveTimeline(props, large(), 'id');
		const rows = r.input.groups.reduce((n, g) => n + g.dots.length, 0);
		const per = r.input.perDot;
		expect(per).toBe(timelinePerDot(rows));
		expect(per).toBeGreaterThan(1);
		expect(r.measure).toBe(`Satu titik = ${per} desa`);
		expect(r.table.rows).toHaveLength(TIMELINE_TABLE_ROWS);
		expect(r.notes.at(-1)).toMatch(/^Tabel ini memuat 100 baris pertama dari [\d.]+;/);
		const m = timelineChart(r.input, { lang: 'id', size: WIDE });
		expect(m.dots.length).toBeLessThanOrEqual(TIMELINE_DOTS + r.input.groups.length);
		expect(m.items).toHaveLength(m.dots.length);
		// A tooltip says how many rows and from when to when; the summary counts every row.
		expect(m.items[0]?.heading).toBe(`${per} desa`);
		expect(m.items[0]?.value).toMatch(/^\d+ \w+ \d{4}( – \d+ \w+ \d{4})? · Kabupaten/);
		expect(m.summary).toContain(`Linimasa ${rows.toLocaleString('id-ID')} desa`);
	});
});

describe('<Timeline> in a story (the lint, real catalogue)', () => {
	const { datasets } = loadCatalog(`${import.meta.dirname}/../../..`);
	const lint = (body: string) =>
		lintBody(parseMdx(`---\ntitle: Uji\n---\n\n${body}\n`), 'src/content/stories/id/uji.mdx', {
			datasets,
			specs: COMPONENT_SPECS,
		})
			.map((p) => renderProblem(p, 'en'))
			.map((p) => `${p.line}:${p.col}: ${p.code} ${p.message}`);

	it('accepts the national timeline and refuses a text column as its date, at its line', () => {
		expect(
			lint(
				'<Timeline id="a" dataset="villages" date="designated" label="name" group="province_code" unit="villages" title="A" />',
			),
		).toEqual([]);
		expect(
			lint('<Timeline id="a" dataset="villages" date="name" label="name" title="A" />'),
		).toEqual([
			'5:1: mdx-invalid-prop date="name" is a string column of villages; a timeline needs a date, yearmonth or year column',
		]);
	});
});
