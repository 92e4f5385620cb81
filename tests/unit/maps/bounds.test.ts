import { describe, expect, it } from 'vitest';
import {
	boundsContain,
	boundsOfPoints,
	mainBounds,
	padBounds,
	unionBounds,
} from '../../../src/lib/maps/bounds.ts';

const square = (x: number, y: number, s: number) => [
	[
		[x, y],
		[x, y + s],
		[x + s, y + s],
		[x + s, y],
		[x, y],
	],
];

describe('bounds', () => {
	it('unions and contains', () => {
		const u = unionBounds([
			[
				[110, -8],
				[112, -7],
			],
			[
				[111, -9],
				[113, -6],
			],
		]);
		expect(u).toEqual([
			[110, -9],
			[113, -6],
		]);
		expect(boundsContain(u as NonNullable<typeof u>, [112, -7])).toBe(true);
		expect(unionBounds([])).toBeUndefined();
		expect(boundsOfPoints([])).toBeUndefined();
	});

	it('pads by a share and to a minimum span around the centre', () => {
		const one = boundsOfPoints([[112.28, -6.98]]);
		const padded = padBounds(one as NonNullable<typeof one>, 0.2, 1);
		expect(padded[1][0] - padded[0][0]).toBeCloseTo(1);
		expect((padded[0][1] + padded[1][1]) / 2).toBeCloseTo(-6.98);
	});

	it('frames the main parts, not a far islet', () => {
		const province = {
			geometry: {
				type: 'MultiPolygon' as const,
				coordinates: [square(111, -8, 3), square(114, -5, 0.05)],
			},
		};
		expect(mainBounds([province])).toEqual([
			[111, -8],
			[114, -5],
		]);
		const islandsOnly = {
			geometry: { type: 'Polygon' as const, coordinates: square(114, -5, 0.05) },
		};
		expect(mainBounds([islandsOnly])?.[1]).toEqual([114.05, -4.95]);
	});
});
