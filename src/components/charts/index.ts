// The chart components stories may use, by MDX name (their specs are in src/lib/mdx/specs/charts.ts).
import BarChart from './BarChart.astro';
import BigNumbers from './BigNumbers.astro';
import LineChart from './LineChart.astro';
import SlopeChart from './SlopeChart.astro';
import SmallMultiples from './SmallMultiples.astro';
import TargetProgress from './TargetProgress.astro';

export const chartComponents = {
	LineChart,
	BarChart,
	SlopeChart,
	TargetProgress,
	SmallMultiples,
	BigNumbers,
};
