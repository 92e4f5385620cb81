/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/**
		 * Set by the story page before its MDX renders: the story's sources in citation order, and
		 * whether it is unpublished (a draft or scheduled story previewed in `npm run dev`), so its
		 * charts and maps say so.
		 */
		story?: { sources: string[]; unpublished?: boolean };
		/**
		 * Set by the RSS feed (src/site/feed.ts) while it renders a story: the story page's absolute
		 * URL. Charts and maps then render their static form, without scripts, with a link to the
		 * interactive version in the story.
		 */
		feed?: { story: string };
	}
}
