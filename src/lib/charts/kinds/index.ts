/**
 * The registry of chart kinds: every chart a story may draw, in the order the gallery shows
 * them. The build (`build.ts`), the MDX lint (`mdx/specs/charts.ts`), the embeds and the chart
 * CSV and SVG routes, the gallery and the snapshot tests all iterate this list. A new kind is a
 * folder beside these (see `kind.ts`) and one line here.
 */
import type { PropsOf } from '../../mdx/props.ts';
import { barKind } from './bar/index.ts';
import type { AnyChartKind } from './kind.ts';
import { lineKind } from './line/index.ts';
import { multiplesKind } from './multiples/index.ts';
import { progressKind } from './progress/index.ts';
import { slopeKind } from './slope/index.ts';
import { timelineKind } from './timeline/index.ts';

export const CHART_KINDS = [
	lineKind,
	barKind,
	slopeKind,
	progressKind,
	multiplesKind,
	timelineKind,
] as const satisfies readonly AnyChartKind[];

type Kinds = (typeof CHART_KINDS)[number];

/** The MDX name of a chart kind (`LineChart`, …): every chart with an embed page and a CSV. */
export type ChartName = Kinds['name'];

/** Props of each chart kind, by MDX name. */
export type ChartPropsByName = { [K in Kinds as K['name']]: PropsOf<K['props']> };

/** The MDX names of every chart kind, in registry order. */
export const CHART_NAMES: readonly ChartName[] = CHART_KINDS.map((k) => k.name);

/** The kind named `name` (as any kind: its props, input and model types are not known here). */
export function chartKind(name: ChartName): AnyChartKind {
	return CHART_KINDS.find((k) => k.name === name) as AnyChartKind;
}

/** True when `name` is the MDX name of a chart kind. */
export function isChartName(name: string): name is ChartName {
	return (CHART_NAMES as readonly string[]).includes(name);
}
