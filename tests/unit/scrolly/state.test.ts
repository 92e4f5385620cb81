import { describe, expect, it } from 'vitest';
import {
	designatedBy,
	periodEnd,
	periodStart,
	scrollyStates,
	undatedVillages,
	type DatedVillage,
} from '../../../src/lib/scrolly/state.ts';

const village = (
	id: string,
	designated: string | null,
	year: number | null,
	regencyCode = '35.24',
	commodity = 'tenun-ikat',
): DatedVillage => ({
	id,
	designated,
	year,
	regencyCode,
	provinceCode: regencyCode.slice(0, 2),
	commodity,
});

const VILLAGES = [
	village('nusasari', '2019-12-06', 2019, '51.01', 'kakao'),
	village('wedani', '2021-11-02', 2021, '35.25', 'sarung-tenun'),
	village('ijen', null, 2021, '35.10', 'kopi'),
	village('parengan', '2022-11-01', 2022),
	village('purworejo', null, 2023, '33.06', 'bulu-mata-palsu'),
	village('ntt', null, null, '53.05', 'tenun'),
];

describe('periods', () => {
	it('end on the last day of a year, a month (leap years too) or on the date itself', () => {
		expect(periodEnd('2019')).toBe('2019-12-31');
		expect(periodEnd('2024-02')).toBe('2024-02-29');
		expect(periodEnd('2023-02')).toBe('2023-02-28');
		expect(periodEnd('2022-11-01')).toBe('2022-11-01');
		expect(periodStart('2022-11')).toBe('2022-11-01');
		expect(periodStart('2019')).toBe('2019-01-01');
	});

	it('refuse what is not a year, month or date', () => {
		for (const bad of ['19', '2019-13', '2019-02-30', '2019-1', 'akhir 2019', '']) {
			expect(periodEnd(bad), bad).toBeUndefined();
			expect(periodStart(bad), bad).toBeUndefined();
		}
	});
});

describe('designatedBy', () => {
	it('places a dated village on its date and one known by year at the end of that year', () => {
		const [, wedani, ijen] = VILLAGES as [DatedVillage, DatedVillage, DatedVillage];
		expect(designatedBy(wedani, '2021-11-01')).toBe(false);
		expect(designatedBy(wedani, '2021-11-02')).toBe(true);
		expect(designatedBy(ijen, '2021-12-30')).toBe(false);
		expect(designatedBy(ijen, '2021-12-31')).toBe(true);
	});

	it('never shows a village with neither date nor year', () => {
		expect(designatedBy(village('x', null, null), '2099-12-31')).toBe(false);
		expect(undatedVillages(VILLAGES).map((v) => v.id)).toEqual(['ntt']);
	});
});

describe('scrollyStates', () => {
	const line = [
		{ x: '2019-12', y: 1 },
		{ x: '2022-12', y: 178 },
		{ x: '2025-03', y: 1909 },
	];

	it('reveals villages up to each step, marks the new ones and grows the line', () => {
		const states = scrollyStates(
			VILLAGES,
			[{ until: '2019' }, { until: '2021', region: '35' }, { until: '2022-11-01', region: '35' }],
			line,
		);
		expect(states.map((s) => s.shown)).toEqual([
			['nusasari'],
			['wedani', 'ijen'],
			['wedani', 'ijen', 'parengan'],
		]);
		expect(states.map((s) => s.added)).toEqual([['nusasari'], ['wedani', 'ijen'], ['parengan']]);
		expect(states.map((s) => s.reached)).toEqual([1, 1, 1]);
		expect(states[1]).toMatchObject({ index: 1, until: '2021', end: '2021-12-31', region: '35' });
	});

	it('counts a line point once its period has begun, and filters by regency and commodity', () => {
		const [late, kakao, lamongan] = scrollyStates(
			VILLAGES,
			[
				{ until: '2025-03' },
				{ until: '2025-03', commodities: ['kakao'] },
				{ until: '2025-03', region: '35.24' },
			],
			line,
		) as [
			ReturnType<typeof scrollyStates>[number],
			ReturnType<typeof scrollyStates>[number],
			ReturnType<typeof scrollyStates>[number],
		];
		expect(late.reached).toBe(3);
		expect(late.shown).toHaveLength(5);
		expect(kakao.shown).toEqual(['nusasari']);
		expect(kakao.added).toEqual([]);
		expect(lamongan.shown).toEqual(['parengan']);
	});

	it('refuses an until that is not a period, or that goes back in time', () => {
		expect(() => scrollyStates(VILLAGES, [{ until: 'akhir 2019' }])).toThrow(
			/step 1: until "akhir 2019" is not a year, month or date/,
		);
		expect(() => scrollyStates(VILLAGES, [{ until: '2022' }, { until: '2021-06' }])).toThrow(
			/step 2: until "2021-06" is before the step above it/,
		);
		expect(() => scrollyStates(VILLAGES, [{ until: '2022' }], [{ x: 'soon', y: 1 }])).toThrow(
			/count line: "soon"/,
		);
	});
});
