/**
 * State shared by every copy of a module in one process. Astro loads the project's modules twice:
 * once for the content loaders (with the config) and once for the pages (Vite's server in
 * `npm run dev`, the prerender bundle in a build). Caches kept in module variables would then be
 * filled twice — the catalogue read and every story checked twice over. What is kept here is
 * plain data (datasets, parses, problems), the same whichever copy made it.
 *
 * {@link resetProcessWide} forgets it all: the stories loader calls it when the content layer
 * starts (also when `npm run dev` restarts after a change to the code), so nothing computed by
 * older code outlives it.
 */

const PREFIX = 'lumbung-devisa:';
const names = Symbol.for(`${PREFIX}names`);

type Store = Record<symbol, unknown> & { [names]?: Set<string> };

/** The value kept under `name` in this process, made by `make()` on first use (or after a reset). */
export function processWide<T>(name: string, make: () => T): T {
	const store = globalThis as unknown as Store;
	const key = Symbol.for(PREFIX + name);
	if (!(key in store)) {
		store[key] = make();
		(store[names] ??= new Set()).add(name);
	}
	return store[key] as T;
}

/** Forget every value {@link processWide} keeps. */
export function resetProcessWide(): void {
	const store = globalThis as unknown as Store;
	for (const name of store[names] ?? []) delete store[Symbol.for(PREFIX + name)];
	store[names]?.clear();
}

const REGISTRY = Symbol.for(`${PREFIX}registry`);

/**
 * Mark `value` (a component spec, or the map of them) as part of the component registry: every
 * copy of the registry module makes the same specs, so what was computed with one copy's spec
 * serves the other's. Not enumerable: a copy made with `{ ...spec }` (a test's own spec) is not
 * marked.
 */
export function markRegistry<T extends object>(value: T, name: string): T {
	Object.defineProperty(value, REGISTRY, { value: name, enumerable: false });
	return value;
}

/** A key for `value` that is the same in every copy of the registry: its name there, else itself. */
export function registryKey<T extends object>(value: T): string | T {
	const name = (value as Record<symbol, unknown>)[REGISTRY];
	return typeof name === 'string' ? `registry:${name}` : value;
}
