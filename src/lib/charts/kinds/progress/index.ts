// <TargetProgress>: an outcome against its target, a bar filled to the outcome.
import { defineKind } from '../kind.ts';
import { examples } from './examples.ts';
import { progressChart } from './model.ts';
import { progressProps } from './props.ts';
import { resolveProgress } from './resolve.ts';
import { progressSvg } from './svg.ts';

export const progressKind = defineKind({
	name: 'TargetProgress',
	description:
		'An outcome against its target, both rows of one dataset: a bar filled to the outcome, the target marked.',
	props: progressProps,
	example:
		'<TargetProgress id="target-lamongan" dataset="lamongan-exports" value="value" actual={{ year: 2022, period: "jan-oct" }} target={{ year: 2022, period: "target" }} title="Ekspor Lamongan 2022 menuju target" />',
	examples,
	resolve: resolveProgress,
	model: (resolved, opts) => progressChart(resolved.input, opts),
	svg: progressSvg,
	// One mark: the outcome.
	nav: () => ({ upDown: 'series', pointer: 'nearest', tip: 'above' }),
	// The labels carry the values with their unit; the subtitle names the measure only.
	unit: () => '',
});
