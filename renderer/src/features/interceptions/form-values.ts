import { ukLocalToUtcIso } from '../../../../shared/domain/time';

/** What the form holds: everything as typed, times in UK local time. */
export interface InterceptionFormValues {
  site: string;
  detectedAt: string;
  interceptedAt: string;
  latitude: string;
  longitude: string;
  zone: string;
  outcome: string;
  peopleAboard: string;
  notes: string;
}

export function emptyInterceptionForm(site: string): InterceptionFormValues {
  return { site, detectedAt: '', interceptedAt: '', latitude: '', longitude: '', zone: '', outcome: '', peopleAboard: '', notes: '' };
}

/** A blank stays undefined so the schema says "enter …"; text that is not a number becomes NaN and is refused. */
function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(trimmed);
}

function toInstant(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return ukLocalToUtcIso(text) ?? text;
}

export function toInterceptionInput(v: InterceptionFormValues): unknown {
  return {
    site: v.site || undefined,
    detectedAt: toInstant(v.detectedAt),
    interceptedAt: toInstant(v.interceptedAt) ?? null,
    latitude: toNumber(v.latitude),
    longitude: toNumber(v.longitude),
    zone: v.zone || undefined,
    outcome: v.outcome || undefined,
    peopleAboard: toNumber(v.peopleAboard),
    notes: v.notes,
  };
}
