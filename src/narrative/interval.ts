// The prose tolerances live in model/rounding.ts; this name stays for modules that still import it.
export { fitsRatio, percent, PROSE_HALF, sameAmount, type Fit } from '../model/rounding.js';
