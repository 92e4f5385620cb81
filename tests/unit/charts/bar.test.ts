import { describe, expect, it } from 'vitest';
import { barChart, verticalFits } from '../../../src/lib/charts/kinds/bar/model.ts';
import { NARROW, WIDE } from '../../../src/lib/charts/layout.ts';
import { resolveBar } from '../../../src/lib/charts/kinds/bar/resolve.ts';
import { fixtureCatalog } from './helpers.ts';

const exportsBar = () =>
	resolveBar(
		{
			id: 'ekspor',
			title: 'Ekspor',
			dataset: 'trade',
			category: 'year',
			value: 'value',
			where: { period: 'full-year' },
		},
		fixtureCatalog(),
		'id',
	);

describe('barChart(input) over years', () => {
	it('keeps a place for years without data and says so in a note and the summary', () => {
		const r = exportsBar();
		expect(r.input.categories.map((c) => `${c.label}${c.missing ? '?' : ''}`)).toEqual([
			'2016',
			'2017',
			'2018',
			'2019?',
			'2020?',
			'2021',
		]);
		const m = barChart(r.input, { lang: 'id', size: WIDE, label: 'Nilai ekspor' });
		expect(m.orientation).toBe('vertical');
		expect(m.gaps).toHaveLength(2);
		expect(m.notes).toEqual(['Tidak ada data untuk 2019 dan 2020.']);
		expect(m.summary).toBe(
			'Nilai ekspor: 2016 Rp123,9 miliar, 2017 Rp136,93 miliar, 2018 Rp597,05 miliar dan 2021 Rp1,8 triliun. Tidak ada data untuk 2019 dan 2020.',
		);
	});

	it('writes the value axis with the scale word and every bar from zero', () => {
		const m = barChart(exportsBar().input, { lang: 'id', size: WIDE });
		expect(m.axisTitle?.text).toBe('triliun rupiah');
		expect(m.valueTicks.map((t) => t.label)).toEqual(['0', '0,5', '1,0', '1,5', '2,0']);
		for (const b of m.bars) expect(b.y + b.h).toBeCloseTo(m.zero, 0);
	});

	it('falls back to labels in the axis scale when full amounts would collide', () => {
		const m = barChart(exportsBar().input, { lang: 'id', size: WIDE, orientation: 'vertical' });
		expect(m.bars.map((b) => b.label?.text)).toEqual(['0,12', '0,14', '0,6', '1,8']);
		const roomy = barChart(
			{
				...exportsBar().input,
				categories: exportsBar().input.categories.filter((c) => !c.missing),
				series: exportsBar().input.series.map((s) => ({
					...s,
					values: s.values.filter((v) => v !== null),
					notes: [],
				})),
			},
			{ lang: 'id', size: { ...WIDE, width: 900 }, orientation: 'vertical' },
		);
		expect(roomy.bars.map((b) => b.label?.text)).toEqual([
			'Rp124 miliar',
			'Rp137 miliar',
			'Rp597 miliar',
			'Rp1,8 triliun',
		]);
	});

	it('turns horizontal on a phone when vertical bars would not read', () => {
		const r = exportsBar();
		expect(verticalFits(r.input, NARROW, 'id')).toBe(false);
		const m = barChart(r.input, { lang: 'id', size: NARROW });
		expect(m.orientation).toBe('horizontal');
		expect(m.bars.map((b) => b.label?.text)).toEqual([
			'Rp124 miliar',
			'Rp137 miliar',
			'Rp597 miliar',
			'Rp1,8 triliun',
		]);
		const right = Math.max(...m.bars.map((b) => b.x + b.w));
		expect(right).toBeLessThan(NARROW.width - 60);
	});

	it('gives tooltips the exact value in category order', () => {
		const r = resolveBar(
			{
				id: 'ekspor',
				title: 'Exports',
				dataset: 'trade',
				category: 'year',
				value: 'value',
				where: { period: 'full-year' },
			},
			fixtureCatalog(),
			'en',
		);
		const m = barChart(r.input, { lang: 'en', size: WIDE });
		expect(m.items.map((i) => i.heading)).toEqual(['2016', '2017', '2018', '2021']);
		expect(m.items[1]?.value).toBe('Rp136.93 billion');
		expect(m.items[3]?.note).toBe('Rounded.');
	});
});

describe('barChart(input) over categories', () => {
	const units = () =>
		resolveBar(
			{
				id: 'u',
				title: 'U',
				dataset: 'units',
				category: 'region_code',
				value: 'farm_units',
				where: { survey: 'st2023' },
				horizontal: true,
			},
			fixtureCatalog(),
			'id',
		);

	it('names regions through the foreign key, sorts largest first, skips empty rows', () => {
		const r = units();
		expect(r.input.categories.map((c) => c.label)).toEqual([
			'Kabupaten Dua',
			'Kabupaten Satu',
			'Kabupaten Tiga',
		]);
		expect(r.warnings).toEqual(['Left out for having no value: Provinsi Uji.']);
		const m = barChart(r.input, { lang: 'id', size: WIDE, label: 'Unit usaha' });
		expect(m.summary).toBe(
			'Unit usaha: Kabupaten Dua 808 unit usaha, Kabupaten Satu 464 unit usaha dan Kabupaten Tiga 129 unit usaha.',
		);
		const widths = m.bars.map((b) => b.w);
		expect(widths).toEqual([...widths].sort((a, b) => b - a));
	});

	it('grows in height with the number of bars; long names go above the bars when narrow', () => {
		const wide = barChart(units().input, { lang: 'id', size: WIDE });
		expect(wide.categories[0]?.anchor).toBe('end');
		const long = {
			...units().input,
			categories: units().input.categories.map((c) => ({
				...c,
				label: `${c.label} dengan nama yang sangat panjang`,
			})),
		};
		const narrow = barChart(long, { lang: 'id', size: NARROW });
		expect(narrow.categories[0]?.anchor).toBe('start');
		expect(narrow.bars.every((b) => b.x === 0)).toBe(true);
		const more = barChart(
			{
				...long,
				categories: [...long.categories, { key: 'x', label: 'X' }],
				series: long.series.map((s) => ({
					...s,
					values: [...s.values, 5],
					notes: [...s.notes, undefined],
				})),
			},
			{ lang: 'id', size: NARROW },
		);
		expect(more.height).toBeGreaterThan(narrow.height);
	});

	it('groups bars when several value columns are given', () => {
		const r = resolveBar(
			{
				id: 'g',
				title: 'G',
				dataset: 'counts',
				category: 'as_of',
				value: ['villages', 'other'],
				labels: ['Desa', 'Lain'],
			},
			fixtureCatalog(),
			'id',
		);
		const m = barChart(r.input, { lang: 'id', size: WIDE });
		expect(r.legend.map((l) => l.label)).toEqual(['Desa', 'Lain']);
		expect(new Set(m.bars.map((b) => b.s))).toEqual(new Set([0, 1]));
		expect(m.items.filter((i) => i.s === 1)).toHaveLength(5);
		expect(m.items[1]?.value).toBe('Lain: 1 desa');
	});
});
