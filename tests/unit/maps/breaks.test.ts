import { describe, expect, it } from 'vitest';
import { classLabel, classOf, countBreaks, seqStep } from '../../../src/lib/maps/breaks.ts';

describe('countBreaks', () => {
	it('gives each distinct count its own class when there are few', () => {
		expect(countBreaks([0, 0, 5, 1, 17, 5, 3]).classes).toEqual([
			{ min: 1, max: 1 },
			{ min: 3, max: 3 },
			{ min: 5, max: 5 },
			{ min: 17, max: 17 },
		]);
	});

	it('cuts many counts at quantiles into contiguous, non-empty classes', () => {
		const counts = [0, 1, 1, 1, 2, 2, 3, 4, 5, 6, 8, 9, 12, 15, 20, 40];
		const { classes } = countBreaks(counts, 4);
		expect(classes.length).toBeLessThanOrEqual(4);
		expect(classes[0]?.min).toBe(1);
		expect(classes.at(-1)?.max).toBe(40);
		classes.slice(1).forEach((c, i) => expect(c.min).toBe((classes[i]?.max ?? 0) + 1));
		for (const c of classes) {
			expect(counts.some((n) => n >= c.min && n <= c.max)).toBe(true);
		}
	});

	it('has no class when every count is zero, and refuses negative or fractional counts', () => {
		expect(countBreaks([0, 0]).classes).toEqual([]);
		expect(() => countBreaks([1, -1])).toThrow(/not a whole number/);
		expect(() => countBreaks([1.5])).toThrow(/not a whole number/);
	});
});

describe('classOf, seqStep, classLabel', () => {
	const breaks = countBreaks([1, 3, 5]);
	it('puts zero in class 0 and each count in its class', () => {
		expect([0, 1, 3, 5].map((n) => classOf(n, breaks))).toEqual([0, 1, 2, 3]);
		expect(() => classOf(4, breaks)).toThrow(/no class/);
	});
	it('spreads classes over the five shades', () => {
		expect([1, 2, 3].map((k) => seqStep(k, 3))).toEqual([1, 3, 5]);
		expect(seqStep(0, 3)).toBe(0);
		expect(seqStep(1, 1)).toBe(3);
	});
	it('labels a class with an en dash in the language’s digits', () => {
		expect(classLabel({ min: 1000, max: 1500 }, 'id')).toBe('1.000–1.500');
		expect(classLabel({ min: 1000, max: 1500 }, 'en')).toBe('1,000–1,500');
		expect(classLabel({ min: 5, max: 5 }, 'id')).toBe('5');
	});
});
