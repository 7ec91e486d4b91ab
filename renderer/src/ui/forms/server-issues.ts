import { get, type FieldPath, type FieldValues, type UseFormSetError } from 'react-hook-form';
import type { FieldIssue } from '../../../../shared/domain/errors';

interface ServerIssueOptions<V extends FieldValues> {
  /** The form's current values: an issue is placed beside a field only if the form has that field. */
  values: V;
  /** An update is checked as `{ id, version, changes }`, so its paths start with `changes.`. */
  prefix?: string;
}

/**
 * Puts the engine's VALIDATION issues beside their fields (nested paths included) and
 * focuses the first one. Returns the issues no field of this form can show, so the caller
 * can say them in its banner rather than lose them.
 */
export function showServerIssues<V extends FieldValues>(issues: readonly FieldIssue[], setError: UseFormSetError<V>, options: ServerIssueOptions<V>): FieldIssue[] {
  const unplaced: FieldIssue[] = [];
  let focused = false;
  for (const issue of issues) {
    const path = options.prefix && issue.path.startsWith(options.prefix) ? issue.path.slice(options.prefix.length) : issue.path;
    if (!path || get(options.values, path) === undefined) {
      unplaced.push({ path, message: issue.message });
      continue;
    }
    setError(path as FieldPath<V>, { type: 'server', message: issue.message }, { shouldFocus: !focused });
    focused = true;
  }
  return unplaced;
}
