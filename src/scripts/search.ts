// Site search in the browser with Pagefind: no server. The form works as a plain GET form (the
// query lands in the URL, so a search can be shared); this script reads `q`, queries the index
// of the page's language and renders results as DOM nodes. Excerpts are rebuilt from text and
// <mark> only, never inserted as HTML.

import { decodeSearch } from '../lib/contracts/search.ts';
import { fillTemplate } from '../lib/i18n/fill.ts';
import { readQuery } from '../lib/search-query.ts';

interface PagefindResult {
	data: () => Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
	search: (q: string) => Promise<{ results: PagefindResult[] }>;
	options?: (o: Record<string, unknown>) => Promise<void>;
}

/** Text and <mark> nodes of a Pagefind excerpt, without any other markup. */
function excerptNodes(excerpt: string): Node[] {
	const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
	const out: Node[] = [];
	for (const node of Array.from(doc.body.firstChild?.childNodes ?? [])) {
		if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent ?? ''));
		else if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent ?? '';
			out.push(mark);
		} else out.push(document.createTextNode(node.textContent ?? ''));
	}
	return out;
}

class SiteSearch extends HTMLElement {
	async connectedCallback(): Promise<void> {
		const form = this.querySelector('form');
		const input = this.querySelector<HTMLInputElement>('input[name="q"]');
		const status = this.querySelector<HTMLElement>('[data-status]');
		const list = this.querySelector<HTMLOListElement>('[data-list]');
		if (!form || !input || !status || !list) return;
		const payload = decodeSearch(this.dataset.search);
		if (!payload.ok) {
			// The form still works without the script: it goes to the same page with ?q=.
			console.error(`<site-search>: ${payload.error}`);
			return;
		}
		const strings = payload.value;
		const q = readQuery(new URLSearchParams(location.search).get('q'));
		input.value = q;
		if (!q) return;
		status.textContent = strings.loading;
		let pagefind: Pagefind;
		try {
			const url = `${strings.base}pagefind/pagefind.js`;
			pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
		} catch {
			status.textContent = strings.error;
			return;
		}
		const { results } = await pagefind.search(q);
		const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
		const n = results.length;
		const template = n === 1 ? strings.foundOne : n ? strings.found : strings.none;
		const count = n.toLocaleString(document.documentElement.lang);
		status.textContent = fillTemplate(template, { n: count, q });
		list.replaceChildren(
			...data.map((d) => {
				const li = document.createElement('li');
				const a = document.createElement('a');
				a.href = d.url;
				a.textContent = d.meta.title ?? d.url;
				const p = document.createElement('p');
				p.append(...excerptNodes(d.excerpt));
				li.append(a, p);
				return li;
			}),
		);
	}
}

customElements.define('site-search', SiteSearch);
