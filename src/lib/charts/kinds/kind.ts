/**
 * What a chart kind is: one folder under `src/lib/charts/kinds/` holding its props (one
 * declaration: TypeScript type, lint spec, gallery docs), its resolver (props → model input and
 * the rows behind it), its model (input → pixels, at any size), its SVG renderer (model → element
 * tree), how readers reach its marks in the browser (its navigation) and its gallery examples. The registry (`index.ts`) lists every kind; the build, the MDX
 * lint, the embeds, the chart CSV and SVG routes, the gallery and the snapshot tests iterate it,
 * so adding a kind is a folder and a line there.
 */
import type { ChartNav } from '../../contracts/chart-tips.ts';
import type { Lang } from '../../lang.ts';
import type { PropDecls, PropsOf } from '../../mdx/props.ts';
import type { Catalog } from '../data.ts';
import type { ChartSize } from '../layout.ts';
import type { Resolved } from '../resolve.ts';
import type { SvgMeta } from '../svg-common.ts';
import type { SvgNode } from '../svg.ts';
import type { ModelBase } from '../types.ts';

/** One gallery example: the exact MDX a story would carry, and the language it is written in. */
export interface ChartExample {
	lang: Lang;
	heading: string;
	/** What the example shows and why it is drawn this way (Indonesian; the gallery is for journalists). */
	about: string;
	mdx: string;
}

/**
 * How one drawing is made: the page's language and the size (wide or narrow, see `layout.ts`).
 * A drawing is a pure function of the resolved chart and these options, so a kind that later
 * draws one SVG per step of a story (a state: a highlighted series, points up to a date) takes
 * the state as one more option here.
 */
export interface DrawOptions {
	lang: Lang;
	size: ChartSize;
}

/**
 * A chart kind. `Name` is its MDX component name, `D` its props declaration, `I` what its
 * resolver gives its model, `M` its model in pixels.
 */
export interface ChartKind<Name extends string, D extends PropDecls, I, M extends ModelBase> {
	/** The MDX component name, PascalCase: `LineChart`. */
	name: Name;
	/** What it draws, one sentence (gallery, lint hints; English, like the props' descriptions). */
	description: string;
	/** Every prop, {@link COMMON_PROPS} first; the order of the gallery's props table. */
	props: D;
	/** One usage in MDX, for the gallery and hints. */
	example: string;
	/** Live gallery examples with real datasets; their ids start with `contoh-`. */
	examples: readonly ChartExample[];
	/** Props → what the chart shows. Throws a ChartError naming the prop and the fix. */
	resolve(props: PropsOf<D>, catalog: Catalog, lang: Lang): Resolved<I>;
	/** The model in pixels at one size. May throw a RangeError for input it cannot draw. */
	model(resolved: Resolved<I>, opts: DrawOptions): M;
	/** The SVG element tree of a model; each mark with a tooltip carries `data-k`, its index. */
	svg(model: M, meta: SvgMeta): SvgNode;
	/** How readers move between the marks of a drawing (the kind's browser behaviour). */
	nav(model: M): ChartNav;
	/** The unit the default subtitle names (without a scale word), '' for none. */
	unit(resolved: Resolved<I>, wide: M, lang: Lang): string;
}

/** A kind of any props, input and model: what the registry and its users see. */
// Methods are bivariant in their parameters, so every concrete kind is assignable to this.
export type AnyChartKind = ChartKind<string, PropDecls, unknown, ModelBase>;

/** Declare a kind (infers its input and model types from the resolver and the model). */
export function defineKind<Name extends string, D extends PropDecls, I, M extends ModelBase>(
	kind: ChartKind<Name, D, I, M>,
): ChartKind<Name, D, I, M> {
	return kind;
}
