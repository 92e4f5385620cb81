// <LineChart>: lines over time from one dataset, one per number column.
import { unitTitle } from '../../axis.ts';
import { defineKind } from '../kind.ts';
import { examples } from './examples.ts';
import { lineChart } from './model.ts';
import { lineProps } from './props.ts';
import { resolveLine } from './resolve.ts';
import { lineSvg } from './svg.ts';

export const lineKind = defineKind({
	name: 'LineChart',
	description:
		'Lines over time from one dataset, one per number column; annotations for events, definitional breaks drawn as gaps with a note, long gaps drawn dashed.',
	props: lineProps,
	example:
		'<LineChart id="desa-devisa-nasional" dataset="dd-national" x="as_of" y="villages" title="Jumlah desa devisa" annotations={[{ x: "2019-12", label: "Program diluncurkan" }]} />',
	examples,
	resolve: resolveLine,
	model: (resolved, opts) => lineChart(resolved.input, opts),
	svg: lineSvg,
	// Up and Down move between lines; the pointer picks the nearest point.
	nav: () => ({ upDown: 'series', pointer: 'nearest', tip: 'above' }),
	// The unit without a scale word: the axis writes its own (`triliun rupiah`).
	unit: (resolved, _wide, lang) => unitTitle(resolved.input.series[0]?.unit, undefined, lang),
});
