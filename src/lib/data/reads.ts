/**
 * What a computation read from the catalogue, so `npm run dev` recomputes only what a changed
 * data file touches. The catalogue keeps the same dataset object for a dataset whose files did not
 * change (see loadCatalog), so "the same objects as before" means "the same data".
 *
 * A computation gets a {@link recording} view of the datasets map instead of the map itself; the
 * view notes each dataset it was asked for by id, whether the list of ids was read (`keys()`,
 * `has()`, `size`: the ids, not their contents) and whether it went through every dataset
 * (`values()`, `entries()`, iteration: everything). {@link readsHold} then says whether a new
 * catalogue would give the same answers.
 */
import { processWide, registryKey } from '../process-wide.ts';

/** What one computation read from a datasets map. */
export interface Reads<D> {
	/** The datasets asked for by id, as they were (`undefined`: asked for, absent). */
	ids: Map<string, D | undefined>;
	/** The list of ids was read. */
	keys: boolean;
	/** Every dataset was read. */
	all: boolean;
	/** The map read. */
	whole: ReadonlyMap<string, D>;
}

interface ViewState<D> {
	/** The map under every view. */
	raw: ReadonlyMap<string, D>;
	/** Note `reads` as read through this view (and the views it reads through). */
	note: (reads: Reads<D>) => void;
}
const views = new WeakMap<object, ViewState<unknown>>();

/**
 * A read-only view of `datasets` that notes what is read through it in `reads`. `datasets` may
 * itself be a view (a computation inside another one): what the inner one reads is read through
 * the outer one, so both note it.
 */
export function recording<D>(datasets: ReadonlyMap<string, D>): {
	view: ReadonlyMap<string, D>;
	reads: Reads<D>;
} {
	const parent = views.get(datasets) as ViewState<D> | undefined;
	const raw = parent?.raw ?? datasets;
	const reads: Reads<D> = { ids: new Map(), keys: false, all: false, whole: raw };
	const view: ReadonlyMap<string, D> = {
		get(id: string) {
			const d = datasets.get(id);
			reads.ids.set(id, d);
			return d;
		},
		has(id: string) {
			reads.keys = true;
			return datasets.has(id);
		},
		get size() {
			reads.keys = true;
			return datasets.size;
		},
		keys() {
			reads.keys = true;
			return datasets.keys();
		},
		values() {
			reads.all = true;
			return datasets.values();
		},
		entries() {
			reads.all = true;
			return datasets.entries();
		},
		forEach(fn, thisArg) {
			reads.all = true;
			datasets.forEach((v, k) => fn.call(thisArg, v, k, view));
		},
		[Symbol.iterator]() {
			reads.all = true;
			return datasets[Symbol.iterator]();
		},
	};
	views.set(view, {
		raw,
		note: (r: Reads<D>) => {
			merge(r, reads);
			parent?.note(r);
		},
	} as ViewState<unknown>);
	return { view, reads };
}

function merge<D>(from: Reads<D>, into: Reads<D>): void {
	for (const [id, d] of from.ids) into.ids.set(id, d);
	into.keys ||= from.keys;
	into.all ||= from.all;
}

/**
 * True when `datasets` gives what `reads` read: the same ids, the same dataset objects. Through a
 * {@link recording} view, what the check reads is noted as read.
 */
export function readsHold<D>(reads: Reads<D>, datasets: ReadonlyMap<string, D>): boolean {
	const state = views.get(datasets) as ViewState<D> | undefined;
	if ((state?.raw ?? datasets) === reads.whole) {
		state?.note(reads);
		return true;
	}
	if (reads.all || reads.keys) {
		if (datasets.size !== reads.whole.size) return false;
		for (const [id, d] of reads.whole) {
			if (reads.all ? datasets.get(id) !== d : !datasets.has(id)) return false;
		}
	}
	for (const [id, d] of reads.ids) if (datasets.get(id) !== d) return false;
	return true;
}

/**
 * A {@link ReadMemo} per owner (a component spec, the map of them), kept for the whole process
 * under `name` ({@link processWide}); registry specs share one whatever copy of the registry
 * module made them ({@link registryKey}).
 */
export function memoOf<D, T>(name: string, owner: object): ReadMemo<D, T> {
	const memos = processWide(name, () => ({
		named: new Map<string, ReadMemo<D, T>>(),
		objects: new WeakMap<object, ReadMemo<D, T>>(),
	}));
	const key = registryKey(owner);
	let memo = typeof key === 'string' ? memos.named.get(key) : memos.objects.get(key);
	if (!memo) {
		memo = new ReadMemo<D, T>();
		if (typeof key === 'string') memos.named.set(key, memo);
		else memos.objects.set(key, memo);
	}
	return memo;
}

/**
 * Results by key, each kept while the datasets it read are unchanged ({@link readsHold}); at most
 * `limit` of them (the least recently used go first).
 */
export class ReadMemo<D, T> {
	readonly #entries = new Map<string, { reads: Reads<D>; value: T }>();

	readonly #limit: number;

	/** `limit`: how many results are kept at most. */
	constructor(limit = 20_000) {
		this.#limit = limit;
	}

	/**
	 * The result for `key`: the one kept, when what it read from `datasets` is unchanged, else
	 * `compute(view)` with a {@link recording} view. When `datasets` is itself a view, it notes what
	 * the result was made from either way. A computation that throws is not kept.
	 */
	get(
		key: string,
		datasets: ReadonlyMap<string, D>,
		compute: (view: ReadonlyMap<string, D>) => T,
	): T {
		const kept = this.#entries.get(key);
		if (kept) {
			this.#entries.delete(key);
			if (readsHold(kept.reads, datasets)) {
				this.#entries.set(key, kept);
				return kept.value;
			}
		}
		const { view, reads } = recording(datasets);
		const value = compute(view);
		this.#entries.set(key, { reads, value });
		if (this.#entries.size > this.#limit) {
			const oldest = this.#entries.keys().next();
			if (!oldest.done) this.#entries.delete(oldest.value);
		}
		return value;
	}
}
