/**
 * The state of a scrollytelling graphic at each step of a `<Scrolly>`: which villages the map
 * shows (designated on or before the step's date), which of them are new since the step before,
 * where the map is framed, and how far the count line has grown. Pure: the build draws one static
 * figure per step from these states, and the browser only switches between the figures.
 */

/** What the state logic needs of a village (a row of data/villages.csv). */
export interface DatedVillage {
	id: string;
	/** Designation date `YYYY-MM-DD`, when known. */
	designated: string | null;
	/** Designation year, when known (sometimes without the date). */
	year: number | null;
	regencyCode: string;
	provinceCode: string;
	commodity: string;
}

/** One `<Step>` as the author wrote it, with region keys already turned into codes. */
export interface StepInput {
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the graphic shows what happened up to its end. */
	until: string;
	/** Province (`35`) or regency (`35.24`) code to frame the map on. */
	region?: string;
	/** Commodity keys: only villages of these are shown. */
	commodities?: readonly string[];
}

/** A point of the count line: its x (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and value. */
export interface CountPoint {
	x: string;
	y: number;
}

/** The graphic's state at one step. */
export interface StepState {
	/** 0-based position of the step. */
	index: number;
	/** The step's `until` as written. */
	until: string;
	/** The last day it covers, `YYYY-MM-DD`. */
	end: string;
	region?: string;
	commodities: readonly string[];
	/** Ids of the villages shown, in data order. */
	shown: string[];
	/** Ids shown here and not at the step before (all shown ones at the first step). */
	added: string[];
	/** How many count-line points are reached (those whose period starts by `end`). */
	reached: number;
}

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The last day a period covers: `2022` → `2022-12-31`, `2022-11` → `2022-11-30`,
 * `2022-11-01` → itself. Undefined for anything else, or an impossible month or day.
 */
export function periodEnd(period: string): string | undefined {
	const m = DATE.exec(period);
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = m[2] === undefined ? 12 : Number(m[2]);
	if (month < 1 || month > 12) return undefined;
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const day = m[3] === undefined ? last : Number(m[3]);
	if (day < 1 || day > last) return undefined;
	return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The first day of a period: `2022-11` → `2022-11-01`, `2022` → `2022-01-01`. */
export function periodStart(period: string): string | undefined {
	const m = DATE.exec(period);
	if (!m || periodEnd(period) === undefined) return undefined;
	return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/**
 * Whether a village was designated by `end` (`YYYY-MM-DD`): its date is on or before it, or,
 * without a date, its whole year is (a village known only as "2022" is not placed before the
 * end of 2022). A village with neither date nor year is never shown: we do not know when.
 */
export function designatedBy(v: DatedVillage, end: string): boolean {
	if (v.designated) return v.designated <= end;
	if (v.year !== null) return `${v.year}-12-31` <= end;
	return false;
}

const inRegion = (v: DatedVillage, code: string | undefined) =>
	code === undefined || (code.includes('.') ? v.regencyCode === code : v.provinceCode === code);

/**
 * The state at each step. Throws a RangeError on an `until` that is not a date, month or year,
 * or that goes back in time (a story's steps move forward; the MDX lint reports both first).
 */
export function scrollyStates(
	villages: readonly DatedVillage[],
	steps: readonly StepInput[],
	line: readonly CountPoint[] = [],
): StepState[] {
	const starts = line.map((p) => {
		const s = periodStart(p.x);
		if (s === undefined) throw new RangeError(`count line: "${p.x}" is not a date, month or year`);
		return s;
	});
	let before = new Set<string>();
	let lastEnd = '';
	return steps.map((step, index) => {
		const end = periodEnd(step.until);
		if (end === undefined) {
			throw new RangeError(
				`step ${index + 1}: until "${step.until}" is not a year, month or date (2019, 2022-11, 2022-11-01)`,
			);
		}
		if (end < lastEnd) {
			throw new RangeError(
				`step ${index + 1}: until "${step.until}" is before the step above it; steps move forward in time`,
			);
		}
		lastEnd = end;
		const commodities = step.commodities ?? [];
		const shown = villages
			.filter(
				(v) =>
					designatedBy(v, end) &&
					inRegion(v, step.region) &&
					(commodities.length === 0 || commodities.includes(v.commodity)),
			)
			.map((v) => v.id);
		const added = shown.filter((id) => !before.has(id));
		before = new Set(shown);
		return {
			index,
			until: step.until,
			end,
			...(step.region === undefined ? {} : { region: step.region }),
			commodities,
			shown,
			added,
			reached: starts.filter((s) => s <= end).length,
		};
	});
}

/** Villages with neither a date nor a year: no step can show them (the figure notes says so). */
export function undatedVillages<V extends DatedVillage>(villages: readonly V[]): V[] {
	return villages.filter((v) => !v.designated && v.year === null);
}
