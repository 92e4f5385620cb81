/**
 * One declaration per component prop, from which three things follow: the prop's spec for the
 * MDX lint ({@link PropSpec}), the component gallery's props table (made from the spec) and the
 * prop's TypeScript type ({@link PropsOf}). A component that declares its props with these
 * builders cannot have a TS interface that says one thing and a lint spec that says another.
 *
 * ```ts
 * const props = {
 *   dataset: required(prop.dataset('Dataset id')),
 *   sort: prop.oneOf(['desc', 'asc'] as const, 'Order'),
 * } satisfies PropDecls;
 * type P = PropsOf<typeof props>; // { dataset: string; sort?: 'desc' | 'asc' }
 * ```
 */
import type { Where } from '../charts/data.ts';
import type { PropKind, PropSpec } from './specs.ts';

/**
 * A prop's spec, carrying the TypeScript type `T` of its value. `type` is never set: it only
 * holds `T` for {@link PropsOf}.
 */
export interface Prop<T> extends PropSpec {
	readonly type?: T;
}

/** The props of one component, by name, in the order the gallery lists them. */
export type PropDecls = Record<string, Prop<unknown>>;

/** A prop that must be written. */
export function required<T>(p: Prop<T>): Prop<T> & { required: true } {
	return { ...p, required: true };
}

const decl =
	<T>(kind: PropKind, extra: Partial<PropSpec> = {}) =>
	(description: string, more: Partial<Pick<PropSpec, 'maxLength'>> = {}): Prop<T> => ({
		kind,
		...extra,
		...more,
		description,
	});

/** Builders, one per kind of prop value (see {@link PropKind} for what each accepts). */
export const prop = {
	text: decl<string>('text'),
	/** Text, or a list of texts. */
	texts: decl<string | string[]>('text', { list: true }),
	number: decl<number>('number'),
	boolean: decl<boolean>('boolean'),
	id: decl<string>('id'),
	/** One of `values` (kept in this order in the gallery and in hints). */
	oneOf: <const V extends readonly string[]>(values: V, description: string): Prop<V[number]> => ({
		kind: 'enum',
		values,
		description,
	}),
	dataset: decl<string>('dataset'),
	column: decl<string>('column'),
	numericColumn: decl<string>('numeric-column'),
	numericColumns: decl<string | string[]>('numeric-columns'),
	xColumn: decl<string>('x-column'),
	where: decl<Where>('where'),
	/** Figure ids in data/figures.csv: one or a list. */
	figures: decl<string | string[]>('figure', { list: true }),
	/** Any literal of type `T`; the component's own check validates it. */
	literal: <T>(description: string): Prop<T> => ({ kind: 'literal', description }),
};

type TypeOf<P> = P extends Prop<infer T> ? T : never;
type RequiredKeys<D> = { [K in keyof D]: D[K] extends { required: true } ? K : never }[keyof D];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The TypeScript props type of a declaration: required props required, the others optional. */
export type PropsOf<D extends PropDecls> = Simplify<
	{ [K in RequiredKeys<D>]: TypeOf<D[K]> } & {
		[K in Exclude<keyof D, RequiredKeys<D>>]?: TypeOf<D[K]>;
	}
>;
