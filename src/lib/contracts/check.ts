/**
 * Checking what the browser receives from the build. A payload crosses from the build to an
 * island as JSON text (one attribute, a `<script type="application/json">`, or a fetched file);
 * each contract declares its shape once with these checks, which give both the TypeScript type
 * and the runtime test. A payload that does not fit throws a {@link ContractError} naming the
 * contract, the path of the first wrong value, what was expected and what came — the island
 * logs it and leaves the page's static form in place.
 *
 * Pure and small on purpose: it ships in the islands' JavaScript.
 */

/** A payload that does not match its contract. */
export class ContractError extends Error {
	override name = 'ContractError';
}

/** A check: returns the value typed when it fits at `path`, throws {@link ContractError} else. */
export type Check<T> = (value: unknown, path: string) => T;

/** The type a check gives. */
export type Checked<C> = C extends Check<infer T> ? T : never;

const shown = (value: unknown): string => {
	if (value === undefined) return 'nothing';
	const text = JSON.stringify(value) ?? String(value);
	return text.length > 60 ? `${text.slice(0, 59)}…` : text;
};

const fail = (path: string, expected: string, value: unknown): never => {
	throw new ContractError(`${path}: expected ${expected}, got ${shown(value)}`);
};

/** Text. */
export const text: Check<string> = (v, path) => (typeof v === 'string' ? v : fail(path, 'text', v));

/** A finite number. */
export const number: Check<number> = (v, path) =>
	typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'a number', v);

/** A whole number ≥ 0 (a count, an index). */
export const count: Check<number> = (v, path) =>
	typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : fail(path, 'a count', v);

/** True or false. */
export const boolean: Check<boolean> = (v, path) =>
	typeof v === 'boolean' ? v : fail(path, 'true or false', v);

/** One of the given texts. */
export function oneOf<const T extends string>(...values: T[]): Check<T> {
	return (v, path) =>
		typeof v === 'string' && (values as string[]).includes(v)
			? (v as T)
			: fail(path, values.map((x) => `"${x}"`).join(' or '), v);
}

/** A site path or an https address (what a payload may link to or fetch). */
export const url: Check<string> = (v, path) =>
	typeof v === 'string' && (/^\/(?!\/)/.test(v) || /^https:\/\//.test(v))
		? v
		: fail(path, 'a site path or an https address', v);

/** An array whose items pass `item`. */
export function list<T>(item: Check<T>): Check<T[]> {
	return (v, path) => {
		if (!Array.isArray(v)) return fail(path, 'a list', v);
		return v.map((x, i) => item(x, `${path}[${i}]`));
	};
}

/** A fixed-length array, each position with its own check. */
export function tuple<const C extends readonly Check<unknown>[]>(
	...checks: C
): Check<{ -readonly [K in keyof C]: Checked<C[K]> }> {
	return (v, path) => {
		if (!Array.isArray(v) || v.length !== checks.length)
			return fail(path, `a list of ${checks.length}`, v);
		return checks.map((c, i) => c(v[i], `${path}[${i}]`)) as {
			-readonly [K in keyof C]: Checked<C[K]>;
		};
	};
}

/** A value or null. */
export function nullable<T>(check: Check<T>): Check<T | null> {
	return (v, path) => (v === null ? null : check(v, path));
}

type Shape = Record<string, Check<unknown>>;
type Optional<S extends Shape> = {
	[K in keyof S]: undefined extends Checked<S[K]> ? K : never;
}[keyof S];
/** The object type of a shape: keys whose check allows `undefined` are optional. */
export type ObjectOf<S extends Shape> = {
	[K in Exclude<keyof S, Optional<S>>]: Checked<S[K]>;
} & { [K in Optional<S>]?: Checked<S[K]> };

/** A value or nothing (an optional key of an object). */
export function optional<T>(check: Check<T>): Check<T | undefined> {
	return (v, path) => (v === undefined ? undefined : check(v, path));
}

/** A plain object with these keys (other keys are refused: a typo is a broken contract). */
export function object<S extends Shape>(shape: S): Check<ObjectOf<S>> {
	return (v, path) => {
		if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'an object', v);
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(v)) {
			if (!Object.hasOwn(shape, key)) fail(`${path}.${key}`, 'no such key', (v as never)[key]);
		}
		for (const [key, check] of Object.entries(shape)) {
			const value = check((v as Record<string, unknown>)[key], `${path}.${key}`);
			if (value !== undefined) out[key] = value;
		}
		return out as ObjectOf<S>;
	};
}

/** A contract: a name, its check, and the two ends of the wire. */
export interface Contract<T> {
	name: string;
	check: Check<T>;
	/** JSON text of `value` (build side); checked first, so the build never writes a bad one. */
	encode(value: T): string;
	/**
	 * The payload in `json` (browser side), checked; throws {@link ContractError} (its message
	 * starts with the contract's name) when the text is missing, not JSON, or does not fit.
	 */
	decode(json: string | null | undefined): T;
}

/** Declare a contract named `name` (as it appears in error messages) with its check. */
export function contract<T>(name: string, check: Check<T>): Contract<T> {
	return {
		name,
		check,
		encode(value) {
			check(value, name);
			return JSON.stringify(value);
		},
		decode(json) {
			if (json === null || json === undefined || json === '')
				throw new ContractError(`${name}: no payload`);
			let value: unknown;
			try {
				value = JSON.parse(json);
			} catch (error) {
				throw new ContractError(
					`${name}: not JSON (${error instanceof Error ? error.message : String(error)})`,
				);
			}
			return check(value, name);
		},
	};
}
