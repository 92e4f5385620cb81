// Which region hubs exist: regions with villages, figures, datasets or stories (see src/lib/hubs.ts).
import { catalog } from '../lib/data/astro-loader.ts';
import { regionsWithHubs } from '../lib/hubs.ts';
import { allStories } from './stories.ts';

/** Codes and slugs of every region that gets a hub page. */
export async function regionHubPaths(): Promise<{ code: string; slug: string }[]> {
	const { datasets } = catalog();
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
	return (catalog().datasets.get('commodities')?.rows ?? []).map((r) => String(r.key));
}
