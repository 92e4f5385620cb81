/**
 * What a region hub (/wilayah/<slug>/) and a commodity hub (/komoditas/<key>/) gather: villages,
 * key figures, datasets and child regions, from the checked datasets. A province hub includes
 * everything in its regencies. Pure: no Astro, no files.
 */
import type { Value } from './data/cast.ts';
import type { CheckedDataset, Row } from './data/validate.ts';

type Datasets = ReadonlyMap<string, CheckedDataset>;

/** True when region `code` is `scope` or lies inside it (`35.24` is inside `35`). */
export function inRegion(code: Value | undefined, scope: string): boolean {
	return typeof code === 'string' && (code === scope || code.startsWith(`${scope}.`));
}

/** Columns of `ds` holding region codes: those with a foreign key to `regions`. */
export function regionColumns(ds: CheckedDataset): string[] {
	return (ds.declaration.schema.foreignKeys ?? [])
		.filter((k) => k.reference.resource === 'regions')
		.flatMap((k) => k.fields);
}

/** Columns of `ds` holding commodity keys: those with a foreign key to `commodities`. */
export function commodityColumns(ds: CheckedDataset): string[] {
	return (ds.declaration.schema.foreignKeys ?? [])
		.filter((k) => k.reference.resource === 'commodities')
		.flatMap((k) => k.fields);
}

/** What a region hub shows. */
export interface RegionHub {
	region: Row;
	/** The province of a regency; undefined for a province. */
	province?: Row;
	/** Regencies of a province that are in the regions dataset. */
	children: Row[];
	villages: Row[];
	figures: Row[];
	/** Datasets about the region: declared subjects, or rows in it (regions itself excluded). */
	datasets: string[];
}

/**
 * The hub of region `code`. Villages and figures are matched on their region columns (for a
 * province, every regency inside it too); datasets by `subjects.regions` or by any row in the
 * region. Throws when the code is not in the regions dataset.
 */
export function regionHub(datasets: Datasets, code: string): RegionHub {
	const regions = datasets.get('regions')?.rows ?? [];
	const region = regions.find((r) => r.code === code);
	if (!region) throw new Error(`region ${code} is not in data/regions.csv`);
	const province =
		region.level === 'regency' ? regions.find((r) => r.code === region.parent_code) : undefined;
	const children = regions.filter((r) => r.parent_code === code);
	const villages = (datasets.get('villages')?.rows ?? []).filter((r) =>
		inRegion(r.regency_code, code),
	);
	const figures = (datasets.get('figures')?.rows ?? []).filter((r) =>
		inRegion(r.region_code, code),
	);
	const about: string[] = [];
	for (const [id, ds] of datasets) {
		if (id === 'regions' || id === 'sources') continue;
		const declared = (ds.declaration.subjects?.regions ?? []).some(
			(s) => inRegion(s, code) || inRegion(code, s),
		);
		const columns = regionColumns(ds);
		const hasRows = ds.rows.some((row) => columns.some((c) => inRegion(row[c], code)));
		if (declared || hasRows) about.push(id);
	}
	return {
		region,
		...(province ? { province } : {}),
		children,
		villages,
		figures,
		datasets: about.sort(),
	};
}

/** What a commodity hub shows. */
export interface CommodityHub {
	commodity: Row;
	villages: Row[];
	/** Key figures about the commodity (data/figures.csv rows with its key). */
	figures: Row[];
	/** Region codes of the villages' provinces, in code order. */
	provinces: string[];
	/** Datasets about the commodity: declared subjects, or rows with its key. */
	datasets: string[];
}

/** The hub of commodity `key`. Throws when the key is not in the commodities dataset. */
export function commodityHub(datasets: Datasets, key: string): CommodityHub {
	const commodity = (datasets.get('commodities')?.rows ?? []).find((r) => r.key === key);
	if (!commodity) throw new Error(`commodity ${key} is not in data/commodities.csv`);
	const villages = (datasets.get('villages')?.rows ?? []).filter((r) => r.commodity === key);
	const figures = (datasets.get('figures')?.rows ?? []).filter((r) => r.commodity === key);
	const provinces = [...new Set(villages.map((r) => String(r.province_code)))].sort();
	const about: string[] = [];
	for (const [id, ds] of datasets) {
		if (id === 'commodities' || id === 'sources') continue;
		const declared = (ds.declaration.subjects?.commodities ?? []).includes(key);
		const columns = commodityColumns(ds);
		if (declared || ds.rows.some((row) => columns.some((c) => row[c] === key))) about.push(id);
	}
	return { commodity, villages, figures, provinces, datasets: about.sort() };
}

/**
 * Codes of the regions that deserve a hub: any region with a village, a figure, a dataset row or
 * declared subject, or a story (`storyRegions`: codes tagged by stories). A province with a hub
 * gets one because of its regencies too.
 */
export function regionsWithHubs(datasets: Datasets, storyRegions: Iterable<string>): string[] {
	const regions = datasets.get('regions')?.rows ?? [];
	const used = new Set<string>(storyRegions);
	for (const [id, ds] of datasets) {
		if (id === 'regions' || id === 'sources') continue;
		for (const s of ds.declaration.subjects?.regions ?? []) used.add(s);
		const columns = regionColumns(ds);
		for (const row of ds.rows)
			for (const c of columns) if (typeof row[c] === 'string') used.add(row[c] as string);
	}
	return regions
		.map((r) => String(r.code))
		.filter((code) => [...used].some((u) => inRegion(u, code)))
		.sort();
}
