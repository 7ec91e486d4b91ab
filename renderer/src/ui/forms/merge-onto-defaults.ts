const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A kept draft laid over a form's blank values: each field takes the draft's value when it
 * has the same kind (text, tick, list, group), and stays blank otherwise. A draft kept by
 * an older version of a form cannot then give the form a field it does not have, or a
 * group where it expects text.
 */
export function mergeOntoDefaults<V>(defaults: V, draft: unknown): V {
  if (Array.isArray(defaults)) return (Array.isArray(draft) && draft.every((item) => isPlainObject(item) || typeof item === 'string') ? draft : defaults) as V;
  if (isPlainObject(defaults)) {
    if (!isPlainObject(draft)) return defaults;
    return Object.fromEntries(Object.entries(defaults).map(([key, blank]) => [key, key in draft ? mergeOntoDefaults(blank, draft[key]) : blank])) as V;
  }
  return (typeof draft === typeof defaults && draft !== null ? draft : defaults) as V;
}
