// On an embed page (/embed/<id>/): tell the parent page our height whenever it changes, so the
// iframe fits the chart. The parent's listener (the "Sematkan" snippet) checks our origin.
const post = () => {
	if (window.parent === window) return;
	const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
	window.parent.postMessage(
		{ type: 'lumbung-devisa:height', id: document.body.dataset.chartId, height },
		'*',
	);
};
new ResizeObserver(post).observe(document.documentElement);
window.addEventListener('load', post);
