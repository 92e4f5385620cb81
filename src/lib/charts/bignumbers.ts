/**
 * Big-number cards from data/figures.csv: the value in house style with its qualifier ("lebih
 * dari 180.000"), what it counts, when, and its source. Counts are written without their unit
 * word (the label says what is counted); money, percentages and measures keep theirs.
 */
import { formatDate, formatNumber, formatScaled, formatValue } from '../format/index.ts';
import { type Lang } from '../lang.ts';
import { t } from '../i18n/index.ts';
import { prop, required, type PropsOf } from '../mdx/props.ts';
import { ChartError, didYouMeanId, sourceRefs, type Catalog, type SourceRef } from './data.ts';

/** `<BigNumbers>` props: one declaration for the TypeScript type, the MDX lint and the gallery. */
export const bigNumbersProps = {
	ids: required(prop.figures('Figure ids in data/figures.csv')),
	title: prop.text('Optional heading over the cards'),
	id: prop.id('Optional anchor id'),
};

/** `<BigNumbers>` props. */
export type BigNumbersProps = PropsOf<typeof bigNumbersProps>;

/** One card. `before`/`after` are the qualifier's words around the value. */
export interface BigNumberCard {
	id: string;
	before: string;
	value: string;
	after: string;
	label: string;
	/** `per Maret 2025` / `as of March 2025`, or the year. */
	when: string;
	note?: string;
	source?: SourceRef;
}

const WITH_UNIT = new Set([
	'IDR',
	'USD',
	'IDR/kg',
	'percent',
	'ha',
	't',
	't/year',
	't/month',
	'kg',
	'kodi',
	'degree',
]);

/** The value as a card writes it: `180.000`, `Rp123,9 miliar`, `1.161 ha`, `25%`. */
export function cardValue(value: number, unit: string, lang: Lang): string {
	if (WITH_UNIT.has(unit)) return formatValue(value, unit, lang);
	return Math.abs(value) >= 1e6 ? formatScaled(value, lang) : formatNumber(value, lang);
}

/** Cards for figure ids, in the order given. Throws a ChartError for an unknown id. */
export function bigNumbers(ids: readonly string[], catalog: Catalog, lang: Lang): BigNumberCard[] {
	const figures = catalog.get('figures');
	if (!figures) throw new ChartError('BigNumbers: the figures dataset is missing');
	return ids.map((id) => {
		const row = figures.rows.find((r) => r.id === id);
		if (!row) {
			throw new ChartError(
				`BigNumbers: "${id}" is not an id in data/figures.csv${didYouMeanId(
					id,
					figures.rows.map((r) => String(r.id)),
				)}`,
			);
		}
		const text = (k: string) => (typeof row[k] === 'string' ? (row[k] as string) : undefined);
		const unit = text('unit') ?? 'count';
		const value = cardValue(row.value as number, unit, lang);
		const qualifier = text('qualifier') ?? 'exact';
		const [before = '', after = ''] =
			qualifier === 'exact'
				? ['', '']
				: t(lang, `chart.big.${qualifier as 'about' | 'more-than' | 'target'}`, {
						value: '\u0000',
					}).split('\u0000');
		const asOf = text('as_of');
		const note = text(lang === 'en' ? 'note_en' : 'note');
		const source = sourceRefs([text('source') ?? ''], catalog)[0];
		return {
			id,
			before,
			value,
			after,
			label: text(lang === 'en' ? 'label_en' : 'label_id') ?? id,
			when: asOf
				? t(lang, 'chart.big.asOf', { date: formatDate(asOf, lang) })
				: t(lang, 'chart.big.year', { year: String(row.year) }),
			...(note ? { note } : {}),
			...(source ? { source } : {}),
		};
	});
}
