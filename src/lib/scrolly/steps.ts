/**
 * How a `<Scrolly>` finds its `<Step>`s. MDX renders a component's children before the
 * component itself, so a step cannot ask its scrolly anything: each step files its props under
 * a number for the page being rendered and writes a marker around its text; the scrolly then
 * reads the markers in its rendered children, in order, and puts each step's figure after its
 * text.
 */

const filed = new WeakMap<object, unknown[]>();

/** File a step's props for the page being rendered (`locals`); returns its number. */
export function fileStep<P>(locals: object, props: P): number {
	const list = filed.get(locals) ?? [];
	filed.set(locals, list);
	list.push(props);
	return list.length - 1;
}

/** The marker written before a step's text ({@link STEP_END} closes it). */
export function stepStart(key: number): string {
	return `<!--ld-step:${key}-->`;
}

/** The marker written after a step's text. */
export const STEP_END = '<!--/ld-step-->';

/** One step as found in a scrolly's rendered children. */
export interface FoundStep<P> {
	props: P;
	/** The step's rendered text (HTML). */
	html: string;
}

/**
 * The steps in a scrolly's rendered children, in order. Throws when there is none, when
 * anything but white space stands between them (every word of a scrolly belongs to a step), or
 * on a marker filed for another page.
 */
export function foundSteps<P>(locals: object, html: string): FoundStep<P>[] {
	const list = filed.get(locals) ?? [];
	const out: FoundStep<P>[] = [];
	const re = /<!--ld-step:(\d+)-->([\s\S]*?)<!--\/ld-step-->/g;
	let last = 0;
	for (const m of html.matchAll(re)) {
		const between = html.slice(last, m.index);
		if (between.trim()) throw new Error(`text outside a <Step>: "${between.trim().slice(0, 60)}"`);
		const key = Number(m[1]);
		if (!(key in list)) throw new Error(`no step ${key} was filed for this page`);
		out.push({ props: list[key] as P, html: m[2] ?? '' });
		last = m.index + m[0].length;
	}
	const after = html.slice(last);
	if (after.trim()) throw new Error(`text outside a <Step>: "${after.trim().slice(0, 60)}"`);
	if (out.length === 0) throw new Error('no <Step> inside');
	return out;
}
