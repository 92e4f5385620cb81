// The text components of a story, by MDX name (specs: src/lib/mdx/specs/story.ts).
export const textComponents = {};
