import { describe, expect, it } from 'vitest';
import { provinceFeatures } from '../../../src/lib/geo/boundaries.ts';
import { INDONESIA_BOUNDS } from '../../../src/lib/maps/bounds.ts';
import { CompactPath, fitMap, pathOf, pixelBounds } from '../../../src/lib/maps/projection.ts';

describe('fitMap', () => {
	it('shows the bounds inside the viewBox, with the height they need', () => {
		const map = fitMap(INDONESIA_BOUNDS, { width: 640, padding: 10 });
		const [x0, y0] = map.project([INDONESIA_BOUNDS[0][0], INDONESIA_BOUNDS[1][1]]);
		const [x1, y1] = map.project([INDONESIA_BOUNDS[1][0], INDONESIA_BOUNDS[0][1]]);
		expect(Math.abs(x0 - 10)).toBeLessThan(1);
		expect(Math.abs(x1 - 630)).toBeLessThan(1);
		expect(y0).toBeGreaterThanOrEqual(9.5);
		expect(y1).toBeLessThanOrEqual(map.height - 9.5);
		// Indonesia is about 2.6 times wider than tall.
		expect(map.width / map.height).toBeGreaterThan(2.3);
		expect(map.pxPerDegree).toBeCloseTo(620 / 46.1, 0);
	});

	it('clamps very tall or flat frames to the aspect limits', () => {
		const tall = fitMap(
			[
				[110, -10],
				[110.1, 0],
			],
			{ width: 400, maxAspect: 1 },
		);
		expect(tall.height).toBe(400);
		const flat = fitMap(
			[
				[100, 0],
				[140, 0.1],
			],
			{ width: 400, minAspect: 0.5 },
		);
		expect(flat.height).toBe(200);
	});
});

describe('pathOf', () => {
	const map = fitMap(
		[
			[110, -2],
			[111, -1],
		],
		{ width: 100, padding: 0 },
	);
	const square = (x: number, y: number, s: number) => ({
		type: 'Polygon' as const,
		// d3 winding: clockwise on a north-up map.
		coordinates: [
			[
				[x, y],
				[x, y + s],
				[x + s, y + s],
				[x + s, y],
				[x, y],
			],
		],
	});

	it('writes one absolute move and relative lines per ring', () => {
		const d = pathOf(square(110.2, -1.8, 0.5), map);
		expect(d).toMatch(/^M[\d.]+ [\d.]+([hv]-?[\d.]+|l-?[\d.]+[ -]?-?[\d.]+)+z$/);
		expect(d.match(/M/g)).toHaveLength(1);
	});

	it('leaves out rings smaller than the minimum size, and what lies outside the view', () => {
		expect(pathOf(square(110.5, -1.5, 0.005), map)).toBe('');
		expect(pathOf(square(120, -1.5, 0.5), map)).toBe('');
	});

	it('draws a d3-wound province inside the frame (not the whole globe)', () => {
		const jatim = provinceFeatures().find((f) => f.id === '35');
		const national = fitMap(INDONESIA_BOUNDS, { width: 640 });
		const [[x0, y0], [x1, y1]] = pixelBounds(jatim as NonNullable<typeof jatim>, national);
		expect(x1 - x0).toBeLessThan(100);
		expect(y1 - y0).toBeLessThan(60);
		expect(pathOf(jatim as NonNullable<typeof jatim>, national).length).toBeGreaterThan(100);
	});

	it('draws an object again for another projection or other options (memoised per both)', () => {
		const shape = square(110.234, -1.8, 0.5);
		const wide = fitMap(
			[
				[110, -2],
				[111, -1],
			],
			{ width: 300, padding: 0 },
		);
		const first = pathOf(shape, map);
		expect(pathOf(shape, map)).toBe(first);
		// A structurally equal copy is drawn afresh and gives the same path.
		expect(pathOf(structuredClone(shape), map)).toBe(first);
		expect(pathOf(shape, wide)).not.toBe(first);
		expect(pathOf(shape, wide)).toBe(pathOf(structuredClone(shape), wide));
		expect(pathOf(shape, map, { digits: 0 })).not.toBe(first);
		expect(pathOf(shape, map, { digits: 0 })).toBe(
			pathOf(structuredClone(shape), map, { digits: 0 }),
		);
	});
});

describe('CompactPath', () => {
	it('rounds positions before differencing, so rounding never drifts', () => {
		const p = new CompactPath(0);
		p.moveTo(0.4, 0.4);
		for (let i = 1; i <= 10; i++) p.lineTo(i * 1.4, 0);
		p.closePath();
		const d = p.toString();
		const steps = [...d.matchAll(/[lh](-?[\d.]+)/g)].map((m) => Number(m[1]));
		expect(steps.reduce((s, x) => s + x, 0)).toBe(14);
		expect(d.startsWith('M0 0')).toBe(true);
		expect(d.endsWith('z')).toBe(true);
	});
	it('skips repeated positions and writes -.5 rather than -0.5', () => {
		const p = new CompactPath(1);
		p.moveTo(1, 1);
		p.lineTo(1.01, 1.01);
		p.lineTo(0.5, 1.5);
		expect(p.toString()).toBe('M1 1l-.5.5');
	});
	it('writes axis-aligned steps as h and v, merging runs in one direction only', () => {
		const p = new CompactPath(0);
		p.moveTo(0, 0);
		p.lineTo(1, 0);
		p.lineTo(3, 0);
		p.lineTo(3, 2);
		p.lineTo(3, 1);
		p.lineTo(4, 2);
		p.lineTo(5, 2);
		p.closePath();
		p.moveTo(9, 9);
		p.lineTo(10, 9);
		expect(p.toString()).toBe('M0 0h3v2v-1l1 1h1zM9 9h1');
	});
});
