/**
 * The contract between a chart's frame (written at build time) and its enhancement script
 * (`src/scripts/chart.ts`): what each mark's tooltip says and how the reader moves between the
 * marks of each drawing. The frame writes {@link encodeChartTips} into the `data-tips` attribute
 * of `<ld-chart>`; the script reads it back with {@link decodeChartTips}, which checks every
 * field and says what is wrong instead of guessing. Both sides import this module, so they
 * cannot disagree about the shape.
 */

/** What a tooltip says about one mark, already written in the page's language. */
export interface ChartTip {
	/** The mark's series (for Up/Down between series and the legend's highlight). */
	s: number;
	heading: string;
	value: string;
	note?: string;
}

/** How the reader reaches the marks of one drawing; declared by the drawing's chart kind. */
export interface ChartNav {
	/**
	 * Up and Down: `series` moves to the nearest mark of the series above or below (lines,
	 * slopes, panels of small multiples); `sequence` to the previous or next mark (bars).
	 */
	upDown: 'series' | 'sequence';
	/**
	 * A pointer or a tap: `nearest` shows the nearest mark wherever the pointer is (vertical
	 * distance counts half, for lines); `within` only a mark within 24 px of it (bars).
	 */
	pointer: 'nearest' | 'within';
	/** The tooltip sits `above` the mark, or `beside` it on the right (horizontal bars). */
	tip: 'above' | 'beside';
}

/**
 * Everything the script needs: one tip per mark in keyboard order (a mark's `data-k` is its
 * index here) and the navigation of each drawing, wide and narrow.
 */
export interface ChartTips {
	tips: ChartTip[];
	nav: { wide: ChartNav; narrow: ChartNav };
}

/** A tip on the wire: `[series, heading, value]`, plus the note when there is one. */
type TipTuple = [s: number, heading: string, value: string, note?: string];

/**
 * The `data-tips` text: JSON with the tips as tuples (a chart has a tip per mark, so keys would
 * repeat on every one) and the navigation as objects.
 */
export function encodeChartTips(payload: ChartTips): string {
	const tips: TipTuple[] = payload.tips.map((t) =>
		t.note ? [t.s, t.heading, t.value, t.note] : [t.s, t.heading, t.value],
	);
	return JSON.stringify({ tips, nav: payload.nav });
}

/** What {@link decodeChartTips} returns: the payload, or what is wrong with the text. */
export type Decoded = { ok: true; value: ChartTips } | { ok: false; error: string };

const UP_DOWN: readonly string[] = ['series', 'sequence'] satisfies ChartNav['upDown'][];
const POINTER: readonly string[] = ['nearest', 'within'] satisfies ChartNav['pointer'][];
const TIP: readonly string[] = ['above', 'beside'] satisfies ChartNav['tip'][];

const shown = (v: unknown) => {
	const s = JSON.stringify(v) ?? String(v);
	return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

function navOf(v: unknown, where: string): ChartNav | string {
	if (!v || typeof v !== 'object' || Array.isArray(v))
		return `${where} must be an object, got ${shown(v)}`;
	const { upDown, pointer, tip } = v as Record<string, unknown>;
	for (const [name, value, allowed] of [
		['upDown', upDown, UP_DOWN],
		['pointer', pointer, POINTER],
		['tip', tip, TIP],
	] as const) {
		if (typeof value !== 'string' || !allowed.includes(value))
			return `${where}.${name} must be ${allowed.map((a) => `"${a}"`).join(' or ')}, got ${shown(value)}`;
	}
	return { upDown, pointer, tip } as ChartNav;
}

function tipOf(v: unknown, i: number): ChartTip | string {
	const bad = `tips[${i}] must be [series, heading, value] or [series, heading, value, note] with a whole series number ≥ 0 and texts, got ${shown(v)}`;
	if (!Array.isArray(v) || v.length < 3 || v.length > 4) return bad;
	const [s, heading, value, note] = v as unknown[];
	if (!Number.isInteger(s) || (s as number) < 0) return bad;
	if (typeof heading !== 'string' || typeof value !== 'string') return bad;
	if (note !== undefined && typeof note !== 'string') return bad;
	return note ? { s: s as number, heading, value, note } : { s: s as number, heading, value };
}

/**
 * Read a `data-tips` text back. Never throws: bad text (not JSON, a missing field, a wrong
 * type, an unknown navigation) gives `{ ok: false, error }` naming the first field at fault and
 * what it must be, for the console.
 */
export function decodeChartTips(text: string | undefined): Decoded {
	if (text === undefined) return { ok: false, error: 'data-tips is missing' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, error: `data-tips is not JSON (${(error as Error).message})` };
	}
	if (!data || typeof data !== 'object' || Array.isArray(data))
		return { ok: false, error: `data-tips must be an object { tips, nav }, got ${shown(data)}` };
	const { tips, nav } = data as Record<string, unknown>;
	if (!Array.isArray(tips))
		return { ok: false, error: `data-tips: tips must be a list, got ${shown(tips)}` };
	const decoded: ChartTip[] = [];
	for (const [i, t] of tips.entries()) {
		const tip = tipOf(t, i);
		if (typeof tip === 'string') return { ok: false, error: `data-tips: ${tip}` };
		decoded.push(tip);
	}
	if (!nav || typeof nav !== 'object')
		return { ok: false, error: `data-tips: nav must be { wide, narrow }, got ${shown(nav)}` };
	const wide = navOf((nav as Record<string, unknown>).wide, 'nav.wide');
	if (typeof wide === 'string') return { ok: false, error: `data-tips: ${wide}` };
	const narrow = navOf((nav as Record<string, unknown>).narrow, 'nav.narrow');
	if (typeof narrow === 'string') return { ok: false, error: `data-tips: ${narrow}` };
	return { ok: true, value: { tips: decoded, nav: { wide, narrow } } };
}
