import { z } from 'zod';

/** A channel: its input schema and (as a type only) the value a successful call returns. */
export interface Call<I extends z.ZodType, O> {
  input: I;
  output: O;
}

/**
 * Declares a channel: `call(idInput).returns<s.Patient>()`. The older form
 * `call<typeof schema, Result>(schema)` still works while branches written in it merge.
 */
export const call = <I extends z.ZodType, O = never>(input: I) => ({
  input,
  output: undefined as unknown as O,
  returns: <R>(): Call<I, R> => ({ input, output: undefined as unknown as R }),
});

/** The input of a channel that takes nothing. */
export const empty = z.strictObject({});
