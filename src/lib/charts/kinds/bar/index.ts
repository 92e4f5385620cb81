// <BarChart>: bars from one dataset, vertical or horizontal, grouped for several columns.
import { unitTitle } from '../../axis.ts';
import { defineKind } from '../kind.ts';
import { examples } from './examples.ts';
import { barChart } from './model.ts';
import { barProps } from './props.ts';
import { resolveBar } from './resolve.ts';
import { barSvg } from './svg.ts';

export const barKind = defineKind({
	name: 'BarChart',
	description:
		'Bars from one dataset: vertical (time, few categories) or horizontal, grouped when value lists several columns. Years without data keep their place.',
	props: barProps,
	example:
		'<BarChart id="kakao-kaltim" dataset="kaltim-cocoa" category="region_code" value="farm_units" where={{ survey: "st2023" }} horizontal title="Unit usaha kakao menurut kabupaten" />',
	examples,
	resolve: resolveBar,
	model: (resolved, opts) =>
		barChart(resolved.input, { ...opts, ...(resolved.measure ? { label: resolved.measure } : {}) }),
	svg: barSvg,
	// Up and Down step through the bars; only a bar near the pointer shows its value, and a
	// horizontal bar's tooltip sits at its end.
	nav: (model) => ({
		upDown: 'sequence',
		pointer: 'within',
		tip: model.orientation === 'horizontal' ? 'beside' : 'above',
	}),
	// The unit without a scale word: the wide axis writes its own (`triliun rupiah`).
	unit: (resolved, _wide, lang) => unitTitle(resolved.input.series[0]?.unit, undefined, lang),
});
