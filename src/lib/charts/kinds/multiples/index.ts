// <SmallMultiples>: one small line chart per panel, on one x axis and (by default) one y scale.
import { unitTitle } from '../../axis.ts';
import { defineKind } from '../kind.ts';
import { examples } from './examples.ts';
import { multiplesChart } from './model.ts';
import { multiplesProps } from './props.ts';
import { resolveMultiples } from './resolve.ts';
import { multiplesSvg } from './svg.ts';

export const multiplesKind = defineKind({
	name: 'SmallMultiples',
	description:
		'One small line chart per panel, panels from any datasets, on one x axis and (by default) one y scale so heights compare.',
	props: multiplesProps,
	example:
		'<SmallMultiples id="kakao-dan-rumput-laut" x="year" title="Volume ekspor" panels={[{ dataset: "cocoa-exports", y: "volume", title: "Kakao" }, { dataset: "seaweed-exports", y: "volume", title: "Rumput laut" }]} />',
	examples,
	resolve: resolveMultiples,
	model: (resolved, opts) => multiplesChart(resolved.input, opts),
	svg: multiplesSvg,
	// Up and Down move between panels; the pointer picks the nearest point.
	nav: () => ({ upDown: 'series', pointer: 'nearest', tip: 'above' }),
	// A shared scale has one axis title (with its scale word); free scales name the first unit.
	unit: (resolved, wide, lang) =>
		resolved.input.shared
			? (wide.panels[0]?.model.unitTitle ?? '')
			: unitTitle(resolved.input.panels[0]?.input.series[0]?.unit, undefined, lang),
});
