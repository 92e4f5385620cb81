// Element ids of maps: the author's `id` prop, or one derived from the props, made unique
// within the page (two identical maps on one page get -2, -3…). Deterministic across builds.
const used = new WeakMap<object, Set<string>>();

function hash(text: string): string {
	let h = 2166136261;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 16777619);
	}
	return (h >>> 0).toString(36);
}

/** A unique id for a map on the page being rendered (`locals` is that page's Astro.locals). */
export function mapId(locals: object, id: string | undefined, props: unknown): string {
	const base = id ?? `peta-${hash(JSON.stringify(props) ?? '')}`;
	const seen = used.get(locals) ?? new Set<string>();
	used.set(locals, seen);
	let out = base;
	for (let i = 2; seen.has(out); i++) out = `${base}-${i}`;
	seen.add(out);
	return out;
}
