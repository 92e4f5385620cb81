// Fail early, in plain words, when Node is too old for Astro 7 (it needs >= 22.12). Plain
// JavaScript that any Node runs, so an old one gets to print the message. `npm run setup` runs
// it before installing anything; npm's own EBADENGINE error (npm install / npm ci, engine-strict)
// carries the same hint through package.json's engines.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(
		`\nLumbung Devisa needs Node.js 22.12 or newer (this is ${process.version}).\n` +
			'Install Node 24 LTS (see .nvmrc), for example:\n' +
			'  npm install -g --prefix "$HOME/.node24" node@24 && export PATH="$HOME/.node24/bin:$PATH"\n' +
			'or, with nvm: nvm install && nvm use\n' +
			'then run npm run setup again.\n',
	);
	process.exit(1);
}
