import { z } from 'zod';

/** Pairs an input schema with the type of the value a successful call returns. */
export const call = <I extends z.ZodType, O>(input: I) => ({ input, output: undefined as unknown as O });

/** The input of a channel that takes nothing. */
export const empty = z.strictObject({});
