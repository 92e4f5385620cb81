// Citation numbers inside a story: the story page puts its ordered source list in
// Astro.locals.story before the MDX renders; text components number their links from it.
import type { Lang } from '../lib/lang.ts';
import { href } from './paths.ts';

/** The citation for `source`: its number in the story (when inside one) and the link target. */
export function citation(
	locals: App.Locals,
	source: string,
	lang: Lang,
): { n: number | undefined; href: string } {
	const index = locals.story?.sources.indexOf(source) ?? -1;
	return index >= 0
		? { n: index + 1, href: `#sumber-${source}` }
		: { n: undefined, href: `${href(lang, 'dataset', { id: 'sources' })}#sumber-${source}` };
}
