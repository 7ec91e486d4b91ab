import { useEffect } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import type { Arrival, ArrivalFields } from '../../../../../shared/domain/arrival';
import type { BoatContext, NextPersonValues } from './next-person-values';

/**
 * Languages are carried from the previous person because people of one nationality on a
 * boat mostly share them. When the officer picks another nationality, carried languages
 * would be wrong data: they are cleared (and come back with the previous nationality).
 * Languages the officer typed for this person are never touched.
 */
export function useLanguagesFollowNationality(form: UseFormReturn<NextPersonValues, BoatContext, ArrivalFields>, previous: Arrival | null) {
  const nationality = useWatch({ control: form.control, name: 'nationality' });
  const { getValues, setValue } = form;
  useEffect(() => {
    if (!previous) return;
    const carried = previous.languages.join(', ');
    const current = getValues('languages').trim();
    // Anything other than the carried list (or nothing) was typed by the officer: keep it.
    if (current !== '' && current !== carried) return;
    setValue('languages', nationality === previous.nationality ? carried : '');
  }, [nationality, previous, getValues, setValue]);
}
