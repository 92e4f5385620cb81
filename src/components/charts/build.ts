// One path from a chart's props to everything its frame renders: resolve the props against the
// catalogue, build the wide and narrow models, draw both SVG trees, collect the frame's text.
// Used by every chart component, so all charts behave the same.
import { barChart } from '../../lib/charts/bar.ts';
import { unitTitle } from '../../lib/charts/axis.ts';
import { chartCsv } from '../../lib/charts/csv.ts';
import { ChartError, sourceRefs, type Catalog, type SourceRef } from '../../lib/charts/data.ts';
import { NARROW, WIDE } from '../../lib/charts/layout.ts';
import { lineChart } from '../../lib/charts/line.ts';
import { multiplesChart } from '../../lib/charts/multiples.ts';
import { progressChart } from '../../lib/charts/progress.ts';
import {
	resolveBar,
	resolveLine,
	resolveMultiples,
	resolveProgress,
	resolveSlope,
	type BarChartProps,
	type LineChartProps,
	type Resolved,
	type SlopeChartProps,
	type SmallMultiplesProps,
	type TargetProgressProps,
} from '../../lib/charts/resolve.ts';
import { slopeChart } from '../../lib/charts/slope.ts';
import type { SvgNode } from '../../lib/charts/svg.ts';
import type { LegendEntry, ModelBase, TableModel, TipItem } from '../../lib/charts/types.ts';
import type { ChartName } from '../../lib/charts/usages.ts';
import type { Lang } from '../../lib/format/index.ts';
import type { Literal } from '../../lib/mdx/literal.ts';
import { barSvg } from './svg/bar.ts';
import { lineSvg } from './svg/line.ts';
import { multiplesSvg } from './svg/multiples.ts';
import { progressSvg } from './svg/progress.ts';
import { slopeSvg } from './svg/slope.ts';

/** Props of any chart component, by component name. */
export interface ChartPropsByName {
	LineChart: LineChartProps;
	BarChart: BarChartProps;
	SlopeChart: SlopeChartProps;
	TargetProgress: TargetProgressProps;
	SmallMultiples: SmallMultiplesProps;
}

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

type Draw = {
	resolved: Resolved<unknown>;
	wide: ModelBase;
	narrow: ModelBase;
	wideSvg: SvgNode;
	narrowSvg: SvgNode;
	unit: string;
};

function draw(
	name: ChartName,
	props: ChartPropsByName[ChartName],
	catalog: Catalog,
	lang: Lang,
): Draw {
	const meta = (variant: 'wide' | 'narrow') => ({ idBase: props.id, title: props.title, variant });
	switch (name) {
		case 'LineChart': {
			const resolved = resolveLine(props as LineChartProps, catalog, lang);
			const wide = lineChart(resolved.input, { lang, size: WIDE });
			const narrow = lineChart(resolved.input, { lang, size: NARROW });
			return {
				resolved,
				wide,
				narrow,
				wideSvg: lineSvg(wide, meta('wide')),
				narrowSvg: lineSvg(narrow, meta('narrow')),
				// The unit without a scale word: the axis writes its own (`triliun rupiah`).
				unit: unitTitle(resolved.input.series[0]?.unit, undefined, lang),
			};
		}
		case 'BarChart': {
			const resolved = resolveBar(props as BarChartProps, catalog, lang);
			const label = resolved.measure || undefined;
			const wide = barChart(resolved.input, { lang, size: WIDE, ...(label ? { label } : {}) });
			const narrow = barChart(resolved.input, { lang, size: NARROW, ...(label ? { label } : {}) });
			if (resolved.skipped.length) {
				wide.warnings.push(`Left out for having no value: ${resolved.skipped.join(', ')}.`);
			}
			// The unit without a scale word: the wide axis writes its own (`triliun rupiah`).
			const unitOf = () => unitTitle(resolved.input.series[0]?.unit, undefined, lang);
			return {
				resolved,
				wide,
				narrow,
				wideSvg: barSvg(wide, meta('wide')),
				narrowSvg: barSvg(narrow, meta('narrow')),
				unit: unitOf(),
			};
		}
		case 'SlopeChart': {
			const resolved = resolveSlope(props as SlopeChartProps, catalog, lang);
			const wide = slopeChart(resolved.input, { lang, size: WIDE });
			const narrow = slopeChart(resolved.input, { lang, size: NARROW });
			const units = [...new Set(resolved.input.series.map((s) => s.unit))];
			const unit = units.length === 1 ? unitTitle(units[0], undefined, lang) : '';
			return {
				resolved,
				wide,
				narrow,
				wideSvg: slopeSvg(wide, meta('wide')),
				narrowSvg: slopeSvg(narrow, meta('narrow')),
				unit,
			};
		}
		case 'TargetProgress': {
			const resolved = resolveProgress(props as TargetProgressProps, catalog, lang);
			const wide = progressChart(resolved.input, { lang, size: WIDE });
			const narrow = progressChart(resolved.input, { lang, size: NARROW });
			return {
				resolved,
				wide,
				narrow,
				wideSvg: progressSvg(wide, meta('wide')),
				narrowSvg: progressSvg(narrow, meta('narrow')),
				unit: '',
			};
		}
		case 'SmallMultiples': {
			const resolved = resolveMultiples(props as SmallMultiplesProps, catalog, lang);
			const wide = multiplesChart(resolved.input, { lang, size: WIDE });
			const narrow = multiplesChart(resolved.input, { lang, size: NARROW });
			const first = wide.panels[0]?.model;
			const unit = resolved.input.shared
				? (first?.unitTitle ?? '')
				: unitTitle(resolved.input.panels[0]?.input.series[0]?.unit, undefined, lang);
			return {
				resolved,
				wide,
				narrow,
				wideSvg: multiplesSvg(wide, meta('wide')),
				narrowSvg: multiplesSvg(narrow, meta('narrow')),
				unit,
			};
		}
	}
}

const RESOLVERS: {
	[N in ChartName]: (p: ChartPropsByName[N], c: Catalog, l: Lang) => Resolved<unknown>;
} = {
	LineChart: resolveLine,
	BarChart: resolveBar,
	SlopeChart: resolveSlope,
	TargetProgress: resolveProgress,
	SmallMultiples: resolveMultiples,
};

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
	let d: Draw;
	try {
		if (typeof props.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(props.id)) {
			throw new ChartError(
				`id must be kebab-case text (it names the embed page), got ${JSON.stringify(props.id)}`,
			);
		}
		if (typeof props.title !== 'string' || !props.title.trim())
			throw new ChartError('title is required');
		d = draw(name, props, catalog, lang);
	} catch (error) {
		located(error, name, String(props.id), at);
	}
	const r = d.resolved;
	return {
		name,
		id: props.id,
		title: props.title,
		subtitle: props.subtitle ?? subtitleFor(r.measure, d.unit),
		notes: [...r.notes, ...d.wide.notes],
		legend: r.legend,
		table: r.table,
		sources: sourceRefs(r.sources, catalog),
		datasets: r.datasets,
		items: d.wide.items,
		warnings: [...new Set([...d.wide.warnings, ...d.narrow.warnings])],
		summary: d.wide.summary,
		wide: d.wideSvg,
		narrow: d.narrowSvg,
		height: d.wide.height,
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
		const p = props as unknown as ChartPropsByName[ChartName];
		const resolved = RESOLVERS[name](p as never, catalog, lang);
		const panels = name === 'SmallMultiples' ? (p as SmallMultiplesProps).panels : undefined;
		return chartCsv(
			resolved.parts,
			panels
				? {
						columns: panels.map((panel) => ({
							x: panel.x ?? (p as SmallMultiplesProps).x,
							y: panel.y,
						})),
					}
				: undefined,
		);
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
