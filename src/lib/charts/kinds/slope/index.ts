// <SlopeChart>: before and after, each number column as a line from one x value to another.
import { unitTitle } from '../../axis.ts';
import { defineKind } from '../kind.ts';
import { examples } from './examples.ts';
import { slopeChart } from './model.ts';
import { slopeProps } from './props.ts';
import { resolveSlope } from './resolve.ts';
import { slopeSvg } from './svg.ts';

export const slopeKind = defineKind({
	name: 'SlopeChart',
	description: 'Before and after: each number column as a line from one x value to another.',
	props: slopeProps,
	example:
		'<SlopeChart id="eksportir-lamongan" dataset="lamongan-exporters" x="year" y={["destination_countries", "business_units"]} title="Negara tujuan ekspor Lamongan" />',
	examples,
	resolve: resolveSlope,
	model: (resolved, opts) => slopeChart(resolved.input, opts),
	svg: slopeSvg,
	// Up and Down move between lines; the pointer picks the nearest end point.
	nav: () => ({ upDown: 'series', pointer: 'nearest', tip: 'above' }),
	// A unit only when every series has the same one.
	unit: (resolved, _wide, lang) => {
		const units = [...new Set(resolved.input.series.map((s) => s.unit))];
		return units.length === 1 ? unitTitle(units[0], undefined, lang) : '';
	},
});
