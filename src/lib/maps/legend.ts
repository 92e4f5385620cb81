/**
 * Commodity colours and the legend of the point maps: dots are coloured by commodity group
 * (five colour-blind-safe `--cat-*` tokens), and the legend names the commodities of each group
 * that the map actually shows.
 */
import type { Lang } from '../lang.ts';
import { t } from '../i18n/index.ts';
import { GROUPS, type Commodity, type CommodityGroup, type Village } from './records.ts';

/** The `--cat-N` token of each commodity group. */
export const GROUP_CAT: Record<CommodityGroup, number> = {
	kebun: 1,
	laut: 2,
	kerajinan: 3,
	pangan: 4,
	tekstil: 5,
};

/** A commodity's name in the page language. */
export function commodityName(c: Commodity, lang: Lang): string {
	return lang === 'id' ? c.nameId : c.nameEn;
}

/** One legend row: a group's colour, its name and the commodities shown in it. */
export interface LegendEntry {
	group: CommodityGroup;
	/** `--cat-N` token number. */
	cat: number;
	label: string;
	/** Commodity names in this group on the map, sorted, in the page language. */
	commodities: string[];
	/** The same joined with commas (names may contain "dan"): `Kakao, Kopi, Lada`. */
	text: string;
}

/**
 * The legend for `villages`: one entry per group present, in {@link GROUPS} order. Throws when a
 * village's commodity is unknown (the data layer's foreign key makes that impossible).
 */
export function commodityLegend(
	villages: readonly Village[],
	commodities: ReadonlyMap<string, Commodity>,
	lang: Lang,
): LegendEntry[] {
	const byGroup = new Map<CommodityGroup, Set<string>>();
	for (const v of villages) {
		const c = commodities.get(v.commodity);
		if (!c) throw new Error(`village ${v.id}: unknown commodity "${v.commodity}"`);
		const set = byGroup.get(c.group) ?? new Set<string>();
		set.add(commodityName(c, lang));
		byGroup.set(c.group, set);
	}
	const collator = new Intl.Collator(lang);
	return GROUPS.filter((g) => byGroup.has(g)).map((group) => {
		const names = [...(byGroup.get(group) as Set<string>)].sort(collator.compare);
		return {
			group,
			cat: GROUP_CAT[group],
			label: t(lang, `maps.group.${group}`),
			commodities: names,
			text: names.join(', '),
		};
	});
}
