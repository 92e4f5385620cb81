// <Timeline>: one dot per row at its date, in rows by a grouping column (a dot timeline).
import { defineKind } from '../kind.ts';
import { examples } from './examples.ts';
import { timelineChart } from './model.ts';
import { timelineProps } from './props.ts';
import { resolveTimeline } from './resolve.ts';
import { timelineSvg } from './svg.ts';

export const timelineKind = defineKind({
	name: 'Timeline',
	description:
		'One dot per row at its date (a village at its designation date), in rows by a grouping column (province, commodity); dots on the same date stack; over 400 rows, one dot stands for 2, 5, 10, … rows. Rows without a date are counted and named in a note, never placed at a made-up date.',
	props: timelineProps,
	example:
		'<Timeline id="linimasa-desa-devisa" dataset="villages" date="designated" label="name" group="province_code" unit="villages" title="Desa devisa menurut tanggal peresmian" />',
	examples,
	resolve: resolveTimeline,
	model: (resolved, opts) => timelineChart(resolved.input, opts),
	svg: timelineSvg,
	// Up and Down move to the nearest dot of the row above or below; Left and Right go through
	// the dots in order; the pointer picks the nearest dot.
	nav: () => ({ upDown: 'series', pointer: 'nearest', tip: 'above' }),
	// The subtitle says what a dot is ("Satu titik = satu desa"), no unit after it.
	unit: () => '',
});
