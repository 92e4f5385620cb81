// The map of each step, drawn from the real villages and boundaries.
import { mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/format/index.ts';
import { isLarge, LIST_LIMIT } from '../../../src/lib/maps/areas.ts';
import { outlinesOf, simplifyFor, weightForScale } from '../../../src/lib/maps/layers.ts';
import { fitMap, pathOf } from '../../../src/lib/maps/projection.ts';
import { areaFeatures, frameFor, staticLayers } from '../../../src/lib/maps/scene.ts';
import { MAP_SIZES } from '../../../src/lib/maps/village-map.ts';
import { NAMES_LISTED, stepMap, undatedNote, untilText } from '../../../src/lib/scrolly/map.ts';
import { scrollyStates } from '../../../src/lib/scrolly/state.ts';
import { data, geo, hub } from '../maps/real-data.ts';

type State = ReturnType<typeof scrollyStates>[number];
const [first, , jatim, national] = scrollyStates(data.villages, [
	{ until: '2019' },
	{ until: '2021', region: '35' },
	{ until: '2022-11-01', region: '35' },
	{ until: '2025-03' },
]) as [State, State, State, State];

describe('stepMap', () => {
	it('shows the first village alone on the national frame, marked as new, and says so', () => {
		const map = stepMap(data, geo, first, 'id', hub);
		expect(map.svg.dots.map((d) => d.id)).toEqual(['nusasari']);
		expect([...map.added]).toEqual(['nusasari']);
		expect(map.svg.width).toBe(640);
		expect(map.description).toBe(
			'Peta Indonesia: 1 desa devisa yang diresmikan hingga 2019. Baru: Nusasari (Kabupaten Jembrana).',
		);
	});

	it('zooms to the step’s province and names what is new there', () => {
		const map = stepMap(data, geo, jatim, 'en', hub);
		expect(map.svg.width).toBe(560);
		expect(map.svg.focus).not.toBe('');
		expect(map.svg.dots.map((d) => d.id)).toContain('parengan');
		expect(map.svg.dots.every((d) => jatim.shown.includes(d.id))).toBe(true);
		expect(map.description).toMatch(
			/^Map of East Java: \d+ export villages designated by 1 November 2022\. New: .*Parengan \(Lamongan Regency\)/,
		);
		// Only what is new since the step before is named: not Wedani (2021).
		expect(map.description).not.toContain('Wedani');
		expect(jatim.added.length).toBeLessThan(jatim.shown.length);
	});

	it('summarises a long list of new villages by their number', () => {
		const map = stepMap(data, geo, national, 'id', hub);
		expect(map.svg.dots).toHaveLength(national.shown.length);
		expect(map.description).toMatch(/Baru: \d+\.$/);
	});

	it('counts the villages by area instead of drawing a dot each when there are too many to list', () => {
		// Enough copies of the real villages that East Java alone has too many to list.
		const east35 = data.villages.filter((v) => v.provinceCode === '35').length;
		const copies = Math.ceil((LIST_LIMIT + 1) / east35) + 1;
		const villages = Array.from({ length: copies }, (_, c) =>
			data.villages.map((v) => ({ ...v, id: `${v.id}-${c}`, name: `${v.name} ${c}` })),
		).flat();
		const big = { ...data, villages };
		const [all, east] = scrollyStates(villages, [
			{ until: '2025-03' },
			{ until: '2025-03', region: '35' },
		]) as [State, State];
		expect(isLarge(east.shown.length)).toBe(true);
		const shown = new Set(all.shown);
		const map = stepMap(big, geo, all, 'id', hub);
		expect(map.svg.dots).toEqual([]);
		const byProvince = new Map(
			map.svg.bubbles.map((b) => [b.id, Number(b.text.replace(/\./g, ''))]),
		);
		expect([...byProvince.values()].reduce((a, b) => a + b, 0)).toBe(all.shown.length);
		expect(byProvince.get('35')).toBe(
			villages.filter((v) => v.provinceCode === '35' && shown.has(v.id)).length,
		);
		expect(map.description).toContain(formatNumber(all.shown.length, 'id'));
		// A region's map counts by regency.
		const close = stepMap(big, geo, east, 'id', hub);
		expect(close.svg.bubbles.length).toBeGreaterThan(0);
		expect(close.svg.bubbles.every((b) => b.id.startsWith('35.'))).toBe(true);
	});
});

describe('staticLayers with detailIn', () => {
	it('draws regency borders inside the focus province only, its neighbours from the province file', () => {
		const frame = frameFor([], areaFeatures(geo, ['35']));
		const map = fitMap(frame, { width: MAP_SIZES.area.width, minAspect: 0.4, maxAspect: 0.85 });
		const all = staticLayers(geo, map, frame);
		const focused = staticLayers(geo, map, frame, ['35']);
		expect(focused.provinces).toEqual(all.provinces);
		expect(all.provinces).toEqual(expect.arrayContaining(['33', '35', '51']));
		// The same simplified topologies the layers are drawn from (memoised per scale).
		const at = (code: string) =>
			simplifyFor(
				geo.regencies(code),
				weightForScale(map.pxPerDegree, 0.7),
				(2 / map.pxPerDegree) ** 2,
			);
		const key = (p: number[]) => `${p[0]},${p[1]}`;
		const drawn = (layers: typeof all) => new Set(layers.lines.coordinates.flat().map(key));
		const [before, after] = [drawn(all), drawn(focused)];
		// Every regency outline of East Java stays.
		const east = outlinesOf(at('35')).coordinates.flat().map(key);
		expect(east.every((p) => after.has(p))).toBe(true);
		// Central Java's borders between its own regencies were drawn before, and are gone.
		const central = at('33');
		const inner = mesh(
			central,
			central.objects[Object.keys(central.objects)[0] ?? ''] as GeometryCollection,
			(a, b) => a !== b,
		)
			.coordinates.flat()
			.map(key);
		expect(inner.filter((p) => before.has(p)).length).toBeGreaterThan(50);
		expect(inner.filter((p) => after.has(p))).toEqual([]);
		expect(after.size).toBeLessThan(before.size);
		// The neighbours still have land: one merged shape besides East Java's.
		expect((focused.land as { features: unknown[] }).features).toHaveLength(2);
	});

	it('is what a step zoomed to a province draws', () => {
		const step = stepMap(data, geo, jatim, 'id', hub);
		const byId = new Map(data.villages.map((v) => [v.id, v]));
		const points = jatim.shown
			.map((id) => byId.get(id))
			.map((v) => [v?.lon ?? 0, v?.lat ?? 0] as const);
		const frame = frameFor(points, areaFeatures(geo, ['35']));
		const map = fitMap(frame, { width: MAP_SIZES.area.width, minAspect: 0.4, maxAspect: 0.85 });
		const lines = (detailIn?: string[]) =>
			pathOf(staticLayers(geo, map, frame, detailIn).lines, map, { digits: 0, tolerance: 1 });
		expect(step.svg.lines).toBe(lines(['35']));
		expect(step.svg.lines.length).toBeLessThan(lines().length * 0.8);
	});
});

describe('undatedNote', () => {
	it('names the villages it cannot place, up to a sentence’s worth, then counts them', () => {
		expect(undatedNote([], 'id')).toBe('');
		expect(undatedNote(['Alor', 'Belu'], 'en')).toBe(
			'Not on the map because we found neither the date nor the year of their designation: Alor and Belu.',
		);
		const many = Array.from({ length: NAMES_LISTED + 1 }, (_, i) => `Desa ${i}`);
		expect(undatedNote(many.slice(0, NAMES_LISTED), 'id')).toContain(`Desa ${NAMES_LISTED - 1}`);
		expect(undatedNote(many, 'id')).toBe(
			`Tidak tampil di peta karena tanggal dan tahun peresmiannya tidak kami temukan: ${NAMES_LISTED + 1} desa devisa.`,
		);
		expect(undatedNote(Array(12345).fill('x'), 'en')).toMatch(/: 12,345 export villages\.$/);
	});
});

describe('untilText', () => {
	it('writes a year, a month or a date in the page language', () => {
		expect(untilText('2019', 'id')).toBe('2019');
		expect(untilText('2025-03', 'id')).toBe('Maret 2025');
		expect(untilText('2025-03', 'en')).toBe('March 2025');
		expect(untilText('2022-11-01', 'en')).toBe('1 November 2022');
	});
});
