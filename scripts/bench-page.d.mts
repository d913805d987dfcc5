/** Types for what tests import from bench-page.mjs. */
export function medianInterval(xs: readonly number[], resamples?: number, seed?: number): [number, number];
