// Gallery examples of <TargetProgress> with real datasets (ids start with "contoh-").
import type { ChartExample } from '../kind.ts';

export const examples: ChartExample[] = [
	{
		lang: 'id',
		heading: 'TargetProgress: Lamongan 2022',
		about:
			'Capaian Januari–Oktober dibandingkan target setahun; kedua baris dari dataset yang sama.',
		mdx: `<TargetProgress
  id="contoh-target-lamongan-2022"
  dataset="lamongan-exports"
  value="value"
  actual={{ year: 2022, period: "jan-oct" }}
  target={{ year: 2022, period: "target" }}
  actualLabel="Januari–Oktober 2022"
  targetLabel="target 2022"
  title="Ekspor Lamongan 2022 menuju target"
/>`,
	},
];
