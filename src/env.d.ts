/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by the story page before its MDX renders: the story's sources in citation order. */
		story?: { sources: string[] };
		/**
		 * Set by the RSS feed (src/site/feed.ts) while it renders a story: the story page's absolute
		 * URL. Charts and maps then render their static form, without scripts, with a link to the
		 * interactive version in the story.
		 */
		feed?: { story: string };
	}
}
