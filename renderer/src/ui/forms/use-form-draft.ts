import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { ConflictField } from '../../../../shared/domain/conflict-merge';
import { layDraftOverNewerRecord } from '../../../../shared/domain/form-draft-over-newer';
import type { FormDraft, FormDraftKey } from '../../../../shared/domain/form-drafts';
import { call } from '../../api/client';
import { mergeOntoDefaults } from './merge-onto-defaults';

/** Typing pauses this long before what was typed is kept: a save per pause, not per key. */
const KEEP_AFTER_MS = 500;

/** Drafts typed into but not kept yet, by form: kept at once before the session locks or changes hands. */
const unkept = new Map<FormDraftKey, () => Promise<void>>();

/**
 * Keeps on their way to the engine. A form opening waits for them: after Reload on a stale
 * correction, the draft typed over the old version must be kept before the new version's
 * form asks for drafts, or it would open without it.
 */
const keeping = new Set<Promise<unknown>>();

/**
 * Keeps every draft still waiting for its typing pause. Lock, Switch officer and Sign out
 * call it first: once the session is locked, the engine takes nothing more from this page.
 */
export async function keepFormDraftsNow(): Promise<void> {
  await Promise.all([...unkept.values()].map((keep) => keep()));
}

/**
 * The window is reloading or closing straight after the last key: what is still waiting for
 * its typing pause is sent now (the transports deliver a call made as the page goes).
 */
export function useKeepFormDraftsWhenPageGoes(): void {
  useEffect(() => {
    const keep = () => void keepFormDraftsNow();
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  }, []);
}

export interface FormDraftControls {
  /** When the draft brought back into the form was kept, or null when the form opened blank. */
  restoredAt: string | null;
  /**
   * The draft was typed over an earlier version of the record, which has changed since: what only
   * the officer changed is typed in again; `clashes` are the fields someone else changed too.
   */
  overNewerVersion: { clashes: ConflictField[] } | null;
  /** Drops the kept draft and empties the form. */
  discard(): Promise<void>;
  /** After the record is saved: the draft is done with, and nothing typed so far is kept again. */
  saved(): Promise<void>;
}

/**
 * Keeps what an officer types into a form (a new record, or a correction of a saved one) in the
 * engine (encrypted, on this device) and brings it back when the form opens again, after a
 * reload, a crash, the idle lock or a visit to another page. A form back at its blank values (a
 * correction: the record as saved) keeps no draft. `key` null: a form with no draft.
 */
export function useFormDraft<V extends FieldValues>(key: FormDraftKey | null, form: UseFormReturn<V, unknown, unknown>): FormDraftControls {
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [overNewerVersion, setOverNewerVersion] = useState<{ clashes: ConflictField[] } | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { reset, watch } = form;

  useEffect(() => {
    if (!key) return;
    let open = true;
    const bringBack = (draft: FormDraft | null) => {
      if (!open || !draft) return;
      const blank = form.formState.defaultValues as V;
      if (draft.key === key) {
        // Over the form's blank values, which stay its blank values: Discard goes back to them.
        reset(mergeOntoDefaults(blank, draft.values), { keepDefaultValues: true });
      } else {
        const laid = layDraftOverNewerRecord(draft.values, blank, draft.base);
        reset(mergeOntoDefaults(blank, laid.values), { keepDefaultValues: true });
        setOverNewerVersion({ clashes: laid.clashes });
      }
      setRestoredAt(draft.savedAt);
    };
    Promise.all([...keeping])
      .then(() => call('drafts.get', { key }))
      .then(bringBack, () => undefined); // no draft to bring back (locked, or the engine busy): the form opens blank
    return () => {
      open = false;
    };
  }, [key, reset, form]);

  useEffect(() => {
    if (!key) return;
    const keepNow = async () => {
      clearTimeout(pending.current);
      unkept.delete(key);
      const values = form.getValues();
      // Compared with the blank form of the moment: after a save, the next person's form (carried-over nationality) is blank too.
      const untouched = JSON.stringify(values) === JSON.stringify(form.formState.defaultValues);
      const base = form.formState.defaultValues as Record<string, unknown>;
      const kept = (untouched ? call('drafts.discard', { key }) : call('drafts.save', { key, values, base })).catch(() => undefined);
      keeping.add(kept);
      await kept;
      keeping.delete(kept);
    };
    const subscription = watch(() => {
      clearTimeout(pending.current);
      unkept.set(key, keepNow);
      pending.current = setTimeout(() => void keepNow(), KEEP_AFTER_MS);
    });
    return () => {
      subscription.unsubscribe();
      // Leaving the page straight after typing: what was typed is kept now, not lost with the pause.
      if (unkept.get(key) === keepNow) void keepNow();
    };
  }, [key, watch, form]);

  const saved = useCallback(async () => {
    clearTimeout(pending.current);
    if (key) unkept.delete(key);
    setRestoredAt(null);
    setOverNewerVersion(null);
    if (key) await call('drafts.discard', { key, withEarlierVersions: true }).catch(() => undefined);
  }, [key]);

  const discard = useCallback(async () => {
    await saved();
    reset();
  }, [saved, reset]);

  return { restoredAt, overNewerVersion, discard, saved };
}
