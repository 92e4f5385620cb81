// The map components stories may use, by MDX name (their specs are in src/lib/mdx/specs/maps.ts).
import ChoroplethMap from './ChoroplethMap.astro';
import VillageMap from './VillageMap.astro';

export const mapComponents = { VillageMap, ChoroplethMap };
