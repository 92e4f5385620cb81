// Where a static map writes the names of its villages.
import { describe, expect, it } from 'vitest';
import {
	labelSpan,
	labelWidth,
	PHONE_LABEL_SCALE,
	pointMap,
	withinAtPhoneSize,
	type MapPoint,
} from '../../../src/lib/maps/point-map.ts';
import { fitMap } from '../../../src/lib/maps/projection.ts';

// A square degree of sea, 560 viewBox pixels wide, as the area maps are.
const map = fitMap(
	[
		[110, -8],
		[111, -7],
	],
	{ width: 560, padding: 0, minAspect: 0.6, maxAspect: 0.6 },
);
const land = {
	type: 'Polygon' as const,
	coordinates: [
		[
			[110, -8],
			[110.1, -8],
			[110.1, -7.9],
			[110, -8],
		],
	],
};
const FS = 13;

function labelled(points: MapPoint[]) {
	return pointMap({ map, land, points, radius: 6.5, fontSize: FS, labelPoints: 8 });
}
const at = (id: string, lon: number, label: string): MapPoint => ({
	id,
	lon,
	lat: -7.5,
	cat: 1,
	hollow: false,
	label,
	title: label,
});
describe('point labels', () => {
	it('write a name right of its dot when it fits there at the phone’s type size', () => {
		const m = labelled([at('a', 110.2, 'Parengan')]);
		expect(m.labels).toMatchObject([{ text: 'Parengan', anchor: 'start' }]);
	});

	it('move a name left of its dot when it would run past the right edge on a phone', () => {
		// A dot placed so that the name fits at the model's size (all the check once was), not at
		// the phone's.
		const name = 'Agrowisata Ijen';
		const w = labelWidth(name, FS);
		const x = map.width - 2 - 6.5 - 3 - w * 1.2;
		const [lon] = map.projection.invert?.([x, map.height / 2]) ?? [0];
		const m = labelled([at('a', lon, name)]);
		const dot = m.dots[0];
		expect(dot && dot.x + 6.5 + 3 + w).toBeLessThan(map.width - 2);
		expect(m.labels).toMatchObject([{ text: name, anchor: 'end' }]);
	});

	it('centre a long name above its dot when neither side has room, and keep it inside the map', () => {
		const name = 'Klaster Daun Kelor dan Rumput Laut Sargassum';
		const m = labelled([at('a', 110.45, name)]);
		expect(m.labels).toMatchObject([{ text: name, anchor: 'middle' }]);
		const [label] = m.labels;
		const dot = m.dots[0];
		expect(label && dot && label.y < dot.y).toBe(true);
		const [x0, x1] = labelSpan(
			label ?? { x: 0, anchor: 'start' },
			labelWidth(name, FS) * PHONE_LABEL_SCALE,
		);
		expect(x0).toBeGreaterThanOrEqual(2);
		expect(x1).toBeLessThanOrEqual(map.width - 2);
	});

	it('leave out a name too long for the map at any place (the dot’s title and the list still name it)', () => {
		const m = labelled([at('a', 110.5, 'x'.repeat(90))]);
		expect(m.labels).toEqual([]);
		expect(m.dots).toHaveLength(1);
	});
});

describe('withinAtPhoneSize', () => {
	it('grows the label from its anchor', () => {
		const w = 100;
		const big = w * PHONE_LABEL_SCALE;
		expect(withinAtPhoneSize({ x: 560 - 2 - big, anchor: 'start' }, w, 560)).toBe(true);
		expect(withinAtPhoneSize({ x: 560 - 1 - big, anchor: 'start' }, w, 560)).toBe(false);
		expect(withinAtPhoneSize({ x: 2 + big, anchor: 'end' }, w, 560)).toBe(true);
		expect(withinAtPhoneSize({ x: 1 + big, anchor: 'end' }, w, 560)).toBe(false);
		expect(withinAtPhoneSize({ x: 280, anchor: 'middle' }, w, 560)).toBe(true);
		expect(withinAtPhoneSize({ x: 1 + big / 2, anchor: 'middle' }, w, 560)).toBe(false);
	});
});
