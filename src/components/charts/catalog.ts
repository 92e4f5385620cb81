// The data catalogue as charts use it: every checked dataset by id.
import type { Catalog } from '../../lib/charts/data.ts';
import { allDatasets } from '../../site/datasets.ts';

/** Every dataset, by id (read through the content collection, so bad data already failed). */
export async function chartCatalog(): Promise<Catalog> {
	return new Map((await allDatasets()).map((ds) => [ds.declaration.id, ds]));
}
