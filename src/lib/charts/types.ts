/** Types every chart model shares. */
import type { ChartTip } from '../contracts/chart-tips.ts';

/**
 * What a tooltip says about one mark, already written in the page's language (the contract with
 * the browser: `contracts/chart-tips.ts`). The order of items is the order keyboard users move
 * through them; `s` is the series (for Up/Down and legend highlight).
 */
export type TipItem = ChartTip;

/** A series as the legend lists it; `index` picks the colour (`--cat-1` … `--cat-6`). */
export interface LegendEntry {
	label: string;
	index: number;
	/** Drawn dashed or marked differently (a target, a comparison). */
	kind?: 'target';
}

/** The parts of a model every chart has. */
export interface ModelBase {
	/** viewBox size in px. */
	width: number;
	height: number;
	fontSize: number;
	/** Text alternative written from the data (for `<desc>`). */
	summary: string;
	/** Notes readers need to read the chart right (dashed gaps, breaks, missing years). */
	notes: string[];
	/** Full sentences for the author: what looked wrong, what it probably means, the fix. */
	warnings: string[];
	/** Tooltip text per mark, in keyboard order. */
	items: TipItem[];
}

/** Number of categorical colours in the tokens (`--cat-1` … `--cat-6`). */
export const PALETTE_SIZE = 6;

/** The data table under a chart: header labels and display text, first column = row header. */
export interface TableModel {
	columns: { label: string; numeric?: boolean }[];
	rows: string[][];
}
