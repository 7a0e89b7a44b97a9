import { z } from 'zod';

/** One bad input field: `in` says which part of the request, `path` the dotted path inside it (`names.en`). */
export const ProblemFieldError = z.object({
  in: z.enum(['body', 'querystring', 'params', 'headers']),
  path: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

/** RFC 9457 problem details, the body of every error response. */
export const Problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().optional(),
    errors: z.array(ProblemFieldError).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof Problem>;
