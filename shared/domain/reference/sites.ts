import type { Option } from './options';

/**
 * Where officers record. The three-letter code is part of every human reference,
 * so it must never change once used.
 */
export const SITES = [
  { code: 'WJF', label: 'Western Jet Foil, Dover' },
  { code: 'MAN', label: 'Manston' },
  { code: 'KIU', label: 'Kent Intake Unit' },
  { code: 'DOV', label: 'Port of Dover' },
  { code: 'SEA', label: 'At sea (cutter or lifeboat)' },
] as const satisfies readonly Option[];

export type SiteCode = (typeof SITES)[number]['code'];
