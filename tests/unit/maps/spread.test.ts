import { describe, expect, it } from 'vitest';
import { slots, spreadPoints, type SpreadInput } from '../../../src/lib/maps/spread.ts';

const minDistance = (pts: { x: number; y: number }[]) => {
	let min = Infinity;
	for (let i = 0; i < pts.length; i++)
		for (let j = i + 1; j < pts.length; j++) {
			const a = pts[i] as { x: number; y: number };
			const b = pts[j] as { x: number; y: number };
			min = Math.min(min, Math.hypot(a.x - b.x, a.y - b.y));
		}
	return min;
};

describe('slots', () => {
	it.each([2, 3, 5, 6, 7, 13, 25])('places %i dots at least one step apart', (n) => {
		const s = slots(n, 10).map(([x, y]) => ({ x, y }));
		expect(s).toHaveLength(n);
		expect(minDistance(s)).toBeGreaterThanOrEqual(10 - 1e-9);
	});
});

describe('spreadPoints', () => {
	const opts = { radius: 5, gap: 1 };
	const step = 2 * opts.radius + opts.gap;

	it('leaves points that do not touch where they are', () => {
		const pts: SpreadInput[] = [
			{ id: 'a', x: 0, y: 0 },
			{ id: 'b', x: 50, y: 0 },
		];
		const out = spreadPoints(pts, opts);
		expect(out.map((p) => [p.x, p.y, p.moved, p.groupSize])).toEqual([
			[0, 0, false, 1],
			[50, 0, false, 1],
		]);
	});

	it('spreads five villages on one spot (Gayo) so no two dots overlap, in input order', () => {
		const gayo = ['e', 'd', 'c', 'b', 'a'].map((id, i) => ({ id, x: 100 + i * 0.3, y: 80 }));
		const out = spreadPoints(gayo, opts);
		expect(out.map((p) => p.id)).toEqual(['e', 'd', 'c', 'b', 'a']);
		expect(minDistance(out)).toBeGreaterThanOrEqual(step - 1e-9);
		expect(out.every((p) => p.moved && p.groupSize === 5)).toBe(true);
		// They stay around where they really are, and remember it.
		for (const p of out) {
			expect(Math.hypot(p.x - p.x0, p.y - p.y0)).toBeLessThan(2 * step);
			expect(p.y0).toBe(80);
		}
	});

	it('merges groups that touch once spread, until nothing overlaps', () => {
		const pts = [
			...Array.from({ length: 6 }, (_, i) => ({ id: `a${i}`, x: 0, y: i * 0.1 })),
			...Array.from({ length: 6 }, (_, i) => ({ id: `b${i}`, x: 14, y: i * 0.1 })),
		];
		const out = spreadPoints(pts, opts);
		expect(minDistance(out)).toBeGreaterThanOrEqual(step - 1e-9);
		expect(new Set(out.map((p) => p.groupSize))).toEqual(new Set([12]));
	});

	it('is deterministic, whatever the input order', () => {
		const pts = Array.from({ length: 9 }, (_, i) => ({
			id: `v${i}`,
			x: (i * 7) % 5,
			y: (i * 3) % 4,
		}));
		const a = spreadPoints(pts, opts);
		const b = spreadPoints([...pts].reverse(), opts).reverse();
		expect(b).toEqual(a);
	});
});
