import { chromium } from '@playwright/test';
const [,, url, out, width, js] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 }, javaScriptEnabled: js !== 'nojs' });
p.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
await p.goto(url);
await p.waitForTimeout(1500);
await p.screenshot({ path: out, fullPage: process.argv[6] === 'full' });
await b.close();
