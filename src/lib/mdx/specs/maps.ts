// Specs of the map components (src/components/maps) for the MDX lint. Filled in by the map work.
import type { ComponentSpec } from '../specs.ts';

export const mapSpecs: ComponentSpec[] = [];
