// Specs of the chart components (src/components/charts) for the MDX lint. Filled in by the chart work.
import type { ComponentSpec } from '../specs.ts';

export const chartSpecs: ComponentSpec[] = [];
