import { describe, expect, it } from 'vitest';
import { fileStep, foundSteps, STEP_END, stepStart } from '../../../src/lib/scrolly/steps.ts';

const wrap = (key: number, html: string) => `${stepStart(key)}${html}${STEP_END}`;

describe('steps found by their scrolly', () => {
	it('come back in document order with their props and text', () => {
		const locals = {};
		const a = fileStep(locals, { until: '2019' });
		const b = fileStep(locals, { until: '2021' });
		const html = `\n${wrap(b, '<p>dua</p>')}\n${wrap(a, '<p>satu</p>')}\n`;
		expect(foundSteps(locals, html)).toEqual([
			{ props: { until: '2021' }, html: '<p>dua</p>' },
			{ props: { until: '2019' }, html: '<p>satu</p>' },
		]);
	});

	it('are filed per page', () => {
		const page1 = {};
		const page2 = {};
		expect(fileStep(page1, 1)).toBe(0);
		expect(fileStep(page2, 2)).toBe(0);
		expect(foundSteps(page2, wrap(0, 'x'))).toEqual([{ props: 2, html: 'x' }]);
		expect(() => foundSteps({}, wrap(0, 'x'))).toThrow(/no step 0/);
	});

	it('refuse text outside a step, and a scrolly without steps', () => {
		const locals = {};
		const k = fileStep(locals, {});
		expect(() => foundSteps(locals, `<p>lepas</p>${wrap(k, 'x')}`)).toThrow(
			/text outside a <Step>: "<p>lepas<\/p>"/,
		);
		expect(() => foundSteps(locals, `${wrap(k, 'x')}<p>sesudah</p>`)).toThrow(/outside/);
		expect(() => foundSteps(locals, '  \n')).toThrow(/no <Step>/);
	});
});
