/**
 * The "Unduh data (CSV)" file of a chart: the rows behind it. A chart drawn from one dataset
 * downloads that dataset's shown rows with all their columns, written exactly as the dataset
 * download writes them. A chart drawn from several (small multiples) downloads one tidy table:
 * dataset, x, value, unit, notes, source.
 */
import { neutraliseFormula, toCsv } from '../data/export.ts';
import type { ChartPart } from './resolve.ts';

function cell(value: string | number | null, text: boolean): string {
	if (value === null) return '';
	let s = String(value);
	if (text) s = neutraliseFormula(s);
	return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Long-format columns for charts drawn from several datasets. */
export interface LongColumns {
	/** Per part: the x column and the value column. */
	columns: { x: string; y: string }[];
}

/**
 * The CSV of a chart. With one part: `toCsv` of that dataset's shown rows (all columns). With
 * several: `dataset,x,value,unit,note,note_en,source`, one line per shown row, `long` naming each
 * part's x and value columns. Text cells are neutralised against formula injection; LF endings.
 */
export function chartCsv(parts: readonly ChartPart[], long?: LongColumns): string {
	const [only] = parts;
	if (parts.length === 1 && only) return toCsv(only.ds.declaration, only.rows);
	const lines = ['dataset,x,value,unit,note,note_en,source'];
	parts.forEach((p, i) => {
		const cols = long?.columns[i];
		if (!cols) return;
		const unit = p.ds.declaration.schema.fields.find((f) => f.name === cols.y)?.unit ?? '';
		for (const r of p.rows) {
			const text = (k: string) => (typeof r[k] === 'string' ? (r[k] as string) : null);
			const x = r[cols.x];
			const y = r[cols.y];
			lines.push(
				[
					cell(p.ds.declaration.id, true),
					cell(typeof x === 'number' || typeof x === 'string' ? x : null, typeof x === 'string'),
					cell(typeof y === 'number' ? y : null, false),
					cell(unit, true),
					cell(text('note'), true),
					cell(text('note_en'), true),
					cell(text('source'), true),
				].join(','),
			);
		}
	});
	return `${lines.join('\n')}\n`;
}
