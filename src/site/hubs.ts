// Which region hubs exist: regions with villages, figures, datasets or stories (see src/lib/hubs.ts).
import { siteDatasets } from './data.ts';
import { regionsWithHubs } from '../lib/hubs.ts';
import { allStories } from './stories.ts';

/** Codes and slugs of every region that gets a hub page. */
export async function regionHubPaths(): Promise<{ code: string; slug: string }[]> {
	const datasets = siteDatasets();
	const regions = datasets.get('regions')?.rows ?? [];
	const storyCodes = (await allStories())
		.flatMap((s) => s.data.regions)
		.flatMap((slug) => regions.filter((r) => r.slug === slug).map((r) => String(r.code)));
	const codes = new Set(regionsWithHubs(datasets, storyCodes));
	return regions
		.filter((r) => codes.has(String(r.code)))
		.map((r) => ({ code: String(r.code), slug: String(r.slug) }));
}

/** Keys of every commodity (each has a hub). */
export function commodityKeys(): string[] {
	return (siteDatasets().get('commodities')?.rows ?? []).map((r) => String(r.key));
}
