import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldIssue } from '../../../../shared/domain/errors';
import { toFieldIssues } from '../../../../shared/domain/validation';

/**
 * Validates a form with the same zod schema the engine uses at its boundary. The form
 * holds strings as typed; `toInput` turns them into the schema's input shape first.
 */
export function schemaResolver<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  toInput: (values: V) => unknown,
): Resolver<V, unknown, z.output<S>> {
  return async (values) => {
    const result = schema.safeParse(toInput(values));
    if (result.success) return { values: result.data, errors: {} };
    return { values: {}, errors: issuesToFieldErrors<V>(toFieldIssues(result.error)) };
  };
}

export function issuesToFieldErrors<V extends FieldValues>(issues: FieldIssue[]): FieldErrors<V> {
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of issues) {
    const key = issue.path || 'root';
    errors[key] ??= { type: 'validation', message: issue.message };
  }
  return errors as FieldErrors<V>;
}
