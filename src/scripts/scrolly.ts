// <ld-scrolly>: turns a scrolly's steps — each its text followed by its own static figure — into
// one sticky graphic beside (or, on narrow screens, under) the text, showing the figure of the
// step being read. An IntersectionObserver watches the texts; there is no scroll listener. With
// reduced motion requested, or in print, the static layout stays (scrolly.css gates it too).

const REDUCED = '(prefers-reduced-motion: reduce)';

/**
 * A step is being read once the top of its text is above this line (a fraction of the screen's
 * height from the top): on a phone the graphic changes while the text is still below it.
 */
const LINE = 0.8;
/** The observer reports texts entering and leaving the screen above that line. */
const BAND = '0px 0px -20% 0px';

class ScrollyElement extends HTMLElement {
	private observer?: IntersectionObserver;
	private motion?: MediaQueryList;
	private readonly onMotion = () => this.sync();

	connectedCallback(): void {
		this.motion = window.matchMedia(REDUCED);
		this.motion.addEventListener('change', this.onMotion);
		this.sync();
	}

	disconnectedCallback(): void {
		this.motion?.removeEventListener('change', this.onMotion);
		this.stop();
	}

	/** Live unless the reader asked for reduced motion. */
	private sync(): void {
		if (this.motion?.matches) this.stop();
		else this.start();
	}

	private start(): void {
		if (this.observer) return;
		const texts = [...this.querySelectorAll<HTMLElement>('.scrolly-text')];
		const figures = [...this.querySelectorAll<HTMLElement>('.scrolly-figure')];
		if (texts.length === 0 || texts.length !== figures.length) return;
		texts.forEach((text, i) => text.style.setProperty('grid-row', String(i + 1)));
		for (const f of figures) f.style.setProperty('grid-row', `1 / span ${texts.length}`);
		this.dataset.live = 'true';
		this.show(0);
		// Any crossing of the band (also a jump past it: a link, a key, the scroll bar) re-reads
		// which step is being read: the last whose text starts above the line.
		this.observer = new IntersectionObserver(
			() => {
				const line = window.innerHeight * LINE;
				const above = texts.filter((t) => t.getBoundingClientRect().top < line).length;
				this.show(Math.max(0, above - 1));
			},
			{ rootMargin: BAND },
		);
		for (const text of texts) this.observer.observe(text);
	}

	private stop(): void {
		this.observer?.disconnect();
		this.observer = undefined;
		delete this.dataset.live;
		delete this.dataset.active;
		for (const el of this.querySelectorAll<HTMLElement>('.scrolly-text, .scrolly-figure')) {
			el.style.removeProperty('grid-row');
			el.classList.remove('is-active');
		}
	}

	/** Show the figure of step `index` (0-based). */
	private show(index: number): void {
		if (this.dataset.active === String(index)) return;
		this.dataset.active = String(index);
		for (const f of this.querySelectorAll<HTMLElement>('.scrolly-figure')) {
			f.classList.toggle('is-active', f.dataset.step === String(index));
		}
	}
}

/** Register `<ld-scrolly>` (once). */
export function defineScrolly(): void {
	if (!customElements.get('ld-scrolly')) customElements.define('ld-scrolly', ScrollyElement);
}
