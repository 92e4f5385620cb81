/**
 * Every component a story may use, by MDX name. The MDX lint refuses any other capitalised tag,
 * and the story page passes exactly these components to the MDX content.
 */
import { markRegistry } from '../process-wide.ts';
import type { ComponentSpec } from './specs.ts';
import { chartSpecs } from './specs/charts.ts';
import { mapSpecs } from './specs/maps.ts';
import { scrollySpecs } from './specs/scrolly.ts';
import { storySpecs } from './specs/story.ts';

/** All component specs, by name. Throws at import if two share a name. */
export const COMPONENT_SPECS: ReadonlyMap<string, ComponentSpec> = (() => {
	const map = new Map<string, ComponentSpec>();
	for (const spec of [...storySpecs, ...scrollySpecs, ...chartSpecs, ...mapSpecs]) {
		if (map.has(spec.name)) throw new Error(`two story components are named ${spec.name}`);
		map.set(spec.name, markRegistry(spec, spec.name));
	}
	return markRegistry(map, 'all');
})();
