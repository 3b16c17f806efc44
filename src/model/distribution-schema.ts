/**
 * The zod schema of a distribution spec (see `random/spec.ts`).
 *
 * @module
 */
import { z } from 'zod';

const finite = z.number();
const positive = z.number().positive({ error: 'expected a positive number' });
const nonNegative = z.number().nonnegative({ error: 'expected a non-negative number' });
const spec = <S extends z.ZodRawShape>(shape: S) => z.strictObject(shape).readonly();

/** A distribution spec: a `dist` tag and its parameters. */
export const distributionSpecSchema = z.discriminatedUnion('dist', [
  spec({ dist: z.literal('constant'), value: finite }),
  spec({ dist: z.literal('uniform'), min: finite, max: finite }),
  spec({ dist: z.literal('exponential'), mean: positive }),
  spec({ dist: z.literal('normal'), mean: finite, sd: nonNegative }),
  spec({ dist: z.literal('lognormal'), mean: positive, sd: nonNegative }),
  spec({ dist: z.literal('gamma'), shape: positive, scale: positive }),
  spec({ dist: z.literal('beta'), a: positive, b: positive }),
  spec({ dist: z.literal('triangular'), min: finite, mode: finite, max: finite }),
  spec({ dist: z.literal('weibull'), shape: positive, scale: positive }),
  spec({ dist: z.literal('poisson'), mean: nonNegative }),
  spec({
    dist: z.literal('empirical'),
    values: z.array(finite).min(1, { error: 'expected a non-empty array' }).readonly(),
  }),
]);
