// Live examples of every chart component with real datasets, for the component gallery
// (/panduan/komponen/): each kind's examples (src/lib/charts/kinds/<kind>/examples.ts) in
// registry order, then BigNumbers. Each is the exact MDX a story would carry; the gallery parses
// and renders it, and the CSV endpoints serve each example's download. Ids start with "contoh-"
// so they never clash with a story's chart ids.
import { CHART_KINDS } from './kinds/index.ts';
import type { ChartExample } from './kinds/kind.ts';

export const CHART_EXAMPLES: ChartExample[] = [
	...CHART_KINDS.flatMap((kind) => kind.examples),
	{
		lang: 'id',
		heading: 'BigNumbers: capaian program',
		about:
			'Angka kunci dari data/figures.csv, dengan keterangan "lebih dari" bila sumbernya begitu.',
		mdx: `<BigNumbers ids={["dd-penerima-2025", "dd-nilai-ekspor-2025", "dd-provinsi-2025"]} />`,
	},
];
