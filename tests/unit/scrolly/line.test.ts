import { describe, expect, it } from 'vitest';
import { lineModel } from '../../../src/lib/scrolly/line.ts';

const POINTS = [
	{ x: '2019-12', y: 1 },
	{ x: '2022-12', y: 178 },
	{ x: '2025-03', y: 1909 },
];

describe('lineModel', () => {
	it('draws only the points reached, on axes fixed over the whole series', () => {
		const one = lineModel(POINTS, 1, 'id');
		const all = lineModel(POINTS, 3, 'id');
		expect(one.dots).toHaveLength(1);
		expect(all.dots).toHaveLength(3);
		// The first point sits at the same place whatever the step.
		expect(one.dots[0]).toMatchObject({ x: all.dots[0]?.x, y: all.dots[0]?.y, last: true });
		expect(all.dots.map((d) => d.last)).toEqual([false, false, true]);
		// The largest value reaches the top margin, zero the baseline.
		expect(all.dots[2]?.y).toBe(18);
		expect(all.baseline).toBe(92);
		expect(one.path).toMatch(/^M[\d.]+ [\d.]+$/);
		expect(all.path.split('L')).toHaveLength(3);
		expect(all.ticks.map((t) => t.text)).toEqual([
			'2019',
			'2020',
			'2021',
			'2022',
			'2023',
			'2024',
			'2025',
		]);
	});

	it('labels the last point reached in the page language, inside the frame', () => {
		const all = lineModel(POINTS, 3, 'id');
		expect(all.label).toMatchObject({ text: '1.909', anchor: 'end' });
		expect(lineModel(POINTS, 3, 'en').label?.text).toBe('1,909');
		expect(lineModel(POINTS, 1, 'en').label).toMatchObject({ text: '1', anchor: 'start' });
	});

	it('draws nothing before the first point, and refuses an empty or undated series', () => {
		const none = lineModel(POINTS, 0, 'id');
		expect(none.dots).toEqual([]);
		expect(none.path).toBe('');
		expect(none.label).toBeUndefined();
		expect(() => lineModel([], 0, 'id')).toThrow(RangeError);
		expect(() => lineModel([{ x: 'later', y: 1 }], 1, 'id')).toThrow(/"later"/);
	});
});
