// The text components of a story, by MDX name (specs: src/lib/mdx/specs/story.ts).
import Cite from './Cite.astro';
import Count from './Count.astro';
import DataTable from './DataTable.astro';
import Fact from './Fact.astro';
import Value from './Value.astro';

export const textComponents = { Fact, Value, Count, DataTable, Cite };
