import { useEffect, type MutableRefObject } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ArrivalFields } from '../../../../../shared/domain/arrival';
import { call } from '../../../api/client';
import type { FormDraftControls } from '../../../ui/forms/use-form-draft';
import { mergeOntoDefaults } from '../../../ui/forms/merge-onto-defaults';
import { emptyArrivalForm, type ArrivalFormValues } from '../form-values';
import type { BoatContext, NextPersonValues } from './next-person-values';

/** Hands the half-typed row to the full form; resolves once it is there (or could not be put there). */
export type HandOverRow = MutableRefObject<(() => Promise<void>) | null>;

/** The row's fields laid over the full form (blank, or its own earlier draft). */
export function rowOntoFullForm(row: NextPersonValues, full: ArrivalFormValues): ArrivalFormValues {
  const { sameFamily, ...person } = row;
  return { ...full, ...person, familyGroupId: sameFamily ? row.familyGroupId : full.familyGroupId };
}

/**
 * "Record with every field" while a person is half-typed in the row (they turn out to have
 * a passport, or hypothermia): what was typed goes with them into the full form, and the
 * row starts blank. Before, the full form opened blank and the row kept the person, who was
 * then easily saved a second time from the row on the way back.
 */
export function useHandOverRow(
  handOverRef: HandOverRow,
  form: UseFormReturn<NextPersonValues, BoatContext, ArrivalFields>,
  draft: FormDraftControls,
  { boat, site }: BoatContext,
): void {
  useEffect(() => {
    handOverRef.current = async () => {
      const row = form.getValues();
      if (JSON.stringify(row) === JSON.stringify(form.formState.defaultValues)) return;
      const key = `arrival:new:${boat.id}` as const;
      const blank = emptyArrivalForm(site, boat);
      try {
        const kept = await call('drafts.get', { key });
        const full = kept ? mergeOntoDefaults(blank, kept.values) : blank;
        await call('drafts.save', { key, values: { ...rowOntoFullForm(row, full) } });
      } catch {
        return; // not handed over (the app locked meanwhile): the row keeps the person
      }
      await draft.discard();
    };
    return () => {
      handOverRef.current = null;
    };
  }, [handOverRef, form, draft, boat, site]);
}
