// Fail early, in plain words, when Node is too old for Astro 7 (it needs >= 22.12).
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`\nLumbung Devisa needs Node.js 22.12 or newer (this is ${process.version}).\n` +
			'Install Node 24 LTS (see .nvmrc), for example:\n' +
			'  npm install -g --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/bin:$PATH"\n',
	);
	process.exit(1);
}
