// <ld-share>: a chart's "Bagikan" / "Share". Without this script it is a disclosure holding a
// WhatsApp link and the chart's address to copy. With it, where the browser can share (phones,
// most desktop systems), "Bagikan" opens the system's share sheet with the chart's image and
// address; elsewhere, and when sharing is refused (a partner's iframe), the disclosure opens as
// before, with a button that copies the address. What to share comes from `data-share`, read
// through the contract in src/lib/contracts/chart-share.ts.
import { decodeChartShare, type ChartShare } from '../lib/contracts/chart-share.ts';

class LdShare extends HTMLElement {
	connectedCallback(): void {
		const decoded = decodeChartShare(this.dataset.share);
		if (!decoded.ok) {
			// The links stay as built; only the share sheet and the copy button are missing.
			console.error(`<ld-share> in #${this.closest('figure')?.id ?? '?'}: ${decoded.error}`);
			return;
		}
		const share = decoded.value;
		const details = this.querySelector('details');
		const summary = details?.querySelector('summary');
		if (!details || !summary) return;
		this.copyButton(share, details);
		if (typeof navigator.share !== 'function') return;
		summary.addEventListener('click', (event) => {
			if (details.open) return;
			event.preventDefault();
			void this.share(share, details);
		});
	}

	/** The system's share sheet: the image as a file where it may be, else the address. */
	private async share(share: ChartShare, details: HTMLDetailsElement): Promise<void> {
		const text = { title: share.title, text: share.title, url: share.url };
		try {
			const file = await this.image(share);
			if (file && navigator.canShare?.({ files: [file] })) {
				await navigator.share({ ...text, files: [file] });
			} else {
				await navigator.share(text);
			}
		} catch (error) {
			// The reader closed the sheet: nothing to do. Anything else (sharing not allowed in
			// this frame, no sheet after all): the links, as without a script.
			if ((error as DOMException).name !== 'AbortError') details.open = true;
		}
	}

	/** The chart's share image as a file, or nothing when it cannot be fetched. */
	private async image(share: ChartShare): Promise<File | undefined> {
		try {
			const response = await fetch(share.image);
			if (!response.ok) return undefined;
			return new File([await response.blob()], share.file, { type: 'image/png' });
		} catch {
			return undefined;
		}
	}

	/** A button that copies the address, beside its field, where the clipboard can be written. */
	private copyButton(share: ChartShare, details: HTMLDetailsElement): void {
		const field = details.querySelector('input');
		if (!field || !navigator.clipboard) return;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = 'c-copy';
		button.textContent = share.copy;
		const status = document.createElement('span');
		status.setAttribute('role', 'status');
		status.className = 'c-copied';
		button.addEventListener('click', () => {
			navigator.clipboard.writeText(share.url).then(
				() => {
					status.textContent = share.copied;
				},
				() => {
					field.select();
				},
			);
		});
		field.after(button, status);
	}
}

if (!customElements.get('ld-share')) customElements.define('ld-share', LdShare);
