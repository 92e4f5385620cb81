// The "Sematkan" snippet: an iframe of the chart's embed page, and a small script for the host
// page that sets the iframe's height from the messages the embed page posts (see
// src/scripts/chart-embed.ts). Listens only to our origin and only resizes the iframe that sent
// the message.

/** Message type the embed page posts with its height in px. */
export const EMBED_MESSAGE = 'lumbung-devisa:height';

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The snippet partners paste: `<iframe …>` plus the resize listener. */
export function embedSnippet(opts: {
	url: string;
	origin: string;
	title: string;
	height: number;
}): string {
	const iframe = `<iframe src="${attr(opts.url)}" title="${attr(opts.title)}" width="100%" height="${Math.round(opts.height)}" style="border:0;width:100%" loading="lazy" data-lumbung-embed></iframe>`;
	const script = `<script>addEventListener("message",function(e){var d=e.data;if(e.origin!==${JSON.stringify(opts.origin)}||!d||d.type!==${JSON.stringify(EMBED_MESSAGE)}||!(d.height>0))return;document.querySelectorAll("iframe[data-lumbung-embed]").forEach(function(f){if(f.contentWindow===e.source)f.height=String(Math.ceil(d.height))})});</script>`;
	return `${iframe}\n${script}`;
}
