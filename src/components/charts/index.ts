// The chart components stories may use, by MDX name (their specs are in src/lib/mdx/specs/charts.ts).
export const chartComponents = {};
