// Every component a story's MDX may use, by name: passed to <Content components={…} /> by the
// story page. Must match src/lib/mdx/registry.ts (a unit test checks both ways).
import { chartComponents } from '../charts/index.ts';
import { mapComponents } from '../maps/index.ts';
import { textComponents } from './text.ts';

export const storyComponents = { ...textComponents, ...chartComponents, ...mapComponents };
