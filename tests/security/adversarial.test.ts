import { expect } from '@open-wc/testing';
import { ADVERSARIAL_CASES } from './adversarial-cases.js';

/**
 * Each function that touches untrusted input finishes its worst known input of the largest accepted
 * size within a generous bound. The bound is not a performance target (`npm run bench:adversarial`
 * prints the real figures, a few milliseconds to tens of them): it is the line between linear work
 * and the seconds-long freezes that quadratic work on these inputs caused.
 */
const BOUND_MS = 5000;

describe('untrusted input of the largest accepted size', function () {
  this.timeout(20_000);
  for (const entry of ADVERSARIAL_CASES) {
    it(`${entry.name}: well under ${BOUND_MS} ms`, () => {
      const input = entry.input();
      const start = performance.now();
      entry.run(input);
      const took = performance.now() - start;
      expect(took, `${entry.name} took ${Math.round(took)} ms`).to.be.below(BOUND_MS);
    });
  }
});
