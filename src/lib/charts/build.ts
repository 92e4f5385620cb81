/**
 * One path from a chart's props to everything its frame renders, for every kind of the registry:
 * resolve the props against the catalogue, draw the wide and the narrow drawing (model, then
 * SVG), collect the frame's text. Used by every chart component, the embeds, the chart SVG and
 * CSV routes and the snapshot tests, so all charts behave the same.
 */
import type { ChartNav } from '../contracts/chart-tips.ts';
import type { Lang } from '../lang.ts';
import type { Literal } from '../mdx/literal.ts';
import { chartCsv } from './csv.ts';
import { ChartError, sourceRefs, type Catalog, type SourceRef } from './data.ts';
import { chartKind, type ChartName, type ChartPropsByName } from './kinds/index.ts';
import type { AnyChartKind } from './kinds/kind.ts';
import { NARROW, WIDE, type ChartSize } from './layout.ts';
import type { Resolved } from './resolve.ts';
import type { Variant } from './svg-common.ts';
import type { SvgNode } from './svg.ts';
import type { LegendEntry, ModelBase, TableModel, TipItem } from './types.ts';

/** Everything a chart's frame renders. */
export interface BuiltChart {
	name: ChartName;
	id: string;
	title: string;
	subtitle?: string | undefined;
	notes: string[];
	legend: LegendEntry[];
	table: TableModel;
	sources: SourceRef[];
	datasets: { id: string; title: string }[];
	/** Tooltip items (empty: the chart has nothing to point at). */
	items: TipItem[];
	/** How readers move between the marks of each drawing. */
	nav: { wide: ChartNav; narrow: ChartNav };
	warnings: string[];
	summary: string;
	wide: SvgNode;
	narrow: SvgNode;
	/** viewBox height of the wide drawing (for the embed snippet's first height). */
	height: number;
}

/** The measure and unit as a subtitle: `Nilai ekspor, triliun rupiah`; the unit alone if already named. */
export function subtitleFor(measure: string, unit: string): string | undefined {
	if (!measure) return unit || undefined;
	if (!unit || measure.toLowerCase().includes(unit.toLowerCase())) return measure;
	return `${measure}, ${unit}`;
}

/** One drawing of a chart: its model, its SVG and how readers move between its marks. */
export interface Drawing {
	model: ModelBase;
	svg: SvgNode;
	nav: ChartNav;
}

/** A chart resolved and drawn at both sizes. */
export interface DrawnChart {
	resolved: Resolved<unknown>;
	wide: Drawing;
	narrow: Drawing;
}

const SIZES: Record<Variant, ChartSize> = { wide: WIDE, narrow: NARROW };

/**
 * Resolve a chart's props and draw it wide and narrow (ids in the SVG from `props.id`, its
 * `<title>` from `props.title`). Throws what the kind throws: a ChartError for props that do not
 * fit the data, a RangeError for input the model cannot draw.
 */
export function drawChart<N extends ChartName>(
	name: N,
	props: ChartPropsByName[N],
	catalog: Catalog,
	lang: Lang,
): DrawnChart {
	const kind: AnyChartKind = chartKind(name);
	const resolved = kind.resolve(props, catalog, lang);
	const drawing = (variant: Variant): Drawing => {
		const model = kind.model(resolved, { lang, size: SIZES[variant] });
		const meta = { idBase: props.id, title: props.title, variant };
		return { model, svg: kind.svg(model, meta), nav: kind.nav(model) };
	};
	return { resolved, wide: drawing('wide'), narrow: drawing('narrow') };
}

/** Rethrow a chart error with where the chart is written, when it is in a story. */
function located(error: unknown, name: string, id: string, at: string | undefined): never {
	if (error instanceof ChartError || error instanceof RangeError) {
		throw new Error(`${at ? `${at}: ` : ''}<${name} id="${id}">: ${error.message}`, {
			cause: error,
		});
	}
	throw error;
}

/**
 * Build a chart for its frame. Throws (failing the build) with the MDX location `at`
 * (`file:line:col`) when given.
 */
export function buildChart<N extends ChartName>(
	name: N,
	props: ChartPropsByName[N],
	catalog: Catalog,
	lang: Lang,
	at?: string,
): BuiltChart {
	let d: DrawnChart;
	try {
		if (typeof props.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(props.id)) {
			throw new ChartError(
				`id must be kebab-case text (it names the embed page), got ${JSON.stringify(props.id)}`,
			);
		}
		if (typeof props.title !== 'string' || !props.title.trim())
			throw new ChartError('title is required');
		d = drawChart(name, props, catalog, lang);
	} catch (error) {
		located(error, name, String(props.id), at);
	}
	const r = d.resolved;
	const wide = d.wide.model;
	const narrow = d.narrow.model;
	return {
		name,
		id: props.id,
		title: props.title,
		subtitle: props.subtitle ?? subtitleFor(r.measure, chartKind(name).unit(r, wide, lang)),
		notes: [...r.notes, ...wide.notes],
		legend: r.legend,
		table: r.table,
		sources: sourceRefs(r.sources, catalog),
		datasets: r.datasets,
		items: wide.items,
		nav: { wide: d.wide.nav, narrow: d.narrow.nav },
		warnings: [...new Set([...wide.warnings, ...(r.warnings ?? []), ...narrow.warnings])],
		summary: wide.summary,
		wide: d.wide.svg,
		narrow: d.narrow.svg,
		height: wide.height,
	};
}

/** The CSV download of a chart written as `name` with `props` (literal MDX props) at `at`. */
export function buildChartCsv(
	name: ChartName,
	props: Record<string, Literal>,
	catalog: Catalog,
	lang: Lang,
	at?: string,
): string {
	try {
		const resolved = chartKind(name).resolve(props as never, catalog, lang);
		return chartCsv(resolved.parts, resolved.long);
	} catch (error) {
		located(error, name, String(props.id), at);
	}
}

/** Props a chart component takes besides its MDX props (pages and the gallery only). */
export interface ChartExtras {
	/** Language of the chart when it differs from the page's (the gallery's English examples). */
	lang?: Lang;
	/** Show the model's warnings under the chart (the component gallery). */
	showWarnings?: boolean;
	/** Rendered on its own embed page. */
	embedded?: boolean;
}
