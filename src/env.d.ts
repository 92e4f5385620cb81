/// <reference types="astro/client" />

declare namespace App {
	interface Locals {
		/** Set by the story page before its MDX renders: the story's sources in citation order. */
		story?: { sources: string[] };
	}
}
