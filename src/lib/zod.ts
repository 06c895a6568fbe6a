import { z } from 'zod';

// The production page's policy forbids eval. zod probes for it with `new Function` when a
// schema is defined, and the blocked probe is reported as a violation even though zod
// recovers. jitless skips the probe (and the compiled parsers the page could not use anyway,
// so node and the browser parse alike). Every module takes zod from here, so this runs first.
z.config({ jitless: true });

export { z };

/**
 * An array whose items are checked later, one by one: `z.array(z.unknown())` would walk and
 * copy a column of a million values only to learn that it is an array.
 */
export const uncheckedArray = () =>
  z.custom<unknown[]>((value) => Array.isArray(value), { message: 'expected an array' });
