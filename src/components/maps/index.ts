// The map components stories may use, by MDX name (their specs are in src/lib/mdx/specs/maps.ts).
export const mapComponents = {};
