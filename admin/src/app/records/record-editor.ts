import { DestroyRef, ElementRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatDialog } from '@angular/material/dialog';
import { Router } from '@angular/router';
import {
  PRESENCE_HEARTBEAT_SECONDS,
  type EditableRecord,
  type PresenceEditor,
  type RecordDependents,
} from '@careerscope/shared';
import { Observable, Subscription, catchError, filter, finalize, of, switchMap, timer } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import type { ConflictField } from './conflict-view.component';
import { EDITORIAL_ROLES, type RecordFeature } from './record-feature';
import {
  type RecordForm,
  applyServerErrors,
  changedFields,
  fieldLabels,
  focusFirstInvalid,
  formToRequest,
  pickFormValue,
} from './record-form';

/** A stale save: what the user tried, what the edit started from, and the record as it is now. */
export interface Conflict<TRecord, TCreate> {
  mine: TCreate;
  base: TCreate;
  theirs: TRecord;
  theirAuthor: string | null;
}

export interface RecordEditorOptions<TRecord, TCreate> {
  /** Turns the form's value into the request (defaults to trimming texts and nulling empty optional ones). */
  toRequest?: (value: TCreate) => TCreate;
  /** Called after a record is loaded or saved (e.g. to load related rows). */
  loaded?: (record: TRecord) => void;
}

/**
 * The state and actions of one record's edit page: load, save (create or PATCH with the version the
 * edit started from), server field errors beside their fields, the 409 conflict with both versions,
 * delete with confirmation and the "still in use" answer, and whether anything is unsaved.
 * Call it in a page's field initialiser (it injects what it needs).
 */
export function createRecordEditor<TRecord extends EditableRecord, TCreate extends object>(
  feature: RecordFeature<TRecord, TCreate>,
  form: RecordForm<TCreate>,
  options: RecordEditorOptions<TRecord, TCreate> = {},
) {
  const api = inject(AdminApiClient);
  const router = inject(Router);
  const dialog = inject(MatDialog);
  const notifier = inject(Notifier);
  const session = inject(SessionStore);
  const host = inject<ElementRef<HTMLElement>>(ElementRef);
  const destroyRef = inject(DestroyRef);

  const toRequest = options.toRequest ?? ((value: TCreate) => formToRequest(feature.fields, value));
  const without = (value: TCreate, keys: readonly string[] | undefined): TCreate => {
    if (!keys?.length) return value;
    const copy = { ...value } as Record<string, unknown>;
    for (const key of keys) delete copy[key];
    return copy as TCreate;
  };
  const record = signal<TRecord | null>(null);
  const loading = signal(false);
  const saving = signal(false);
  const loadError = signal<string | null>(null);
  const formErrors = signal<string[]>([]);
  const dependents = signal<{ message: string; items: readonly RecordDependents[] } | null>(null);
  const conflict = signal<Conflict<TRecord, TCreate> | null>(null);
  /** Other people who have this record open in their editor now. */
  const othersEditing = signal<PresenceEditor[]>([]);
  let presenceOf: string | null = null;
  let heartbeats: Subscription | null = null;
  /** Set when a save went through, so leaving right after does not ask. */
  let justSaved = false;

  const canWrite = computed(() => {
    const user = session.user();
    return user !== null && (feature.writeRoles ?? EDITORIAL_ROLES).includes(user.role);
  });
  const isNew = computed(() => record() === null);
  const conflictFields: ConflictField[] = feature.fields.map((field) => ({
    key: field.key,
    label: field.label,
  }));

  function formValueOf(value: TRecord): TCreate {
    return pickFormValue(feature.defaults(), value);
  }

  function adopt(saved: TRecord): void {
    record.set(saved);
    form.reset(formValueOf(saved));
    if (!canWrite()) form.disable({ emitEvent: true });
    announcePresence(saved.id);
    options.loaded?.(saved);
  }

  /**
   * While the form is open, tells the API every 20 s that this user has the record open, and keeps
   * the list of others who do; leaving the page releases it (a closed tab expires after a minute).
   */
  function announcePresence(id: string): void {
    const recordType = feature.recordType;
    if (!recordType || !canWrite() || presenceOf === id) return;
    releasePresence();
    presenceOf = id;
    heartbeats = timer(0, PRESENCE_HEARTBEAT_SECONDS * 1000)
      .pipe(switchMap(() => api.heartbeat(recordType, id).pipe(catchError(() => of(null)))))
      .subscribe((presence) => {
        if (presence) othersEditing.set(presence.others);
      });
  }

  function releasePresence(): void {
    heartbeats?.unsubscribe();
    heartbeats = null;
    if (presenceOf && feature.recordType) {
      api.releasePresence(feature.recordType, presenceOf).subscribe({ error: () => undefined });
    }
    presenceOf = null;
    othersEditing.set([]);
  }
  destroyRef.onDestroy(releasePresence);

  function startNew(initial: Partial<TCreate> = {}): void {
    releasePresence();
    record.set(null);
    form.reset({ ...feature.defaults(), ...initial });
    if (!canWrite()) form.disable();
  }

  function load(id: string): void {
    loading.set(true);
    loadError.set(null);
    api
      .get<TRecord>(feature.path, id)
      .pipe(
        finalize(() => loading.set(false)),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe({
        next: adopt,
        error: (error: unknown) =>
          loadError.set(
            error instanceof ApiError ? error.message : `This ${feature.singular} could not be loaded.`,
          ),
      });
  }

  function save(): void {
    if (saving() || !canWrite()) return;
    formErrors.set([]);
    dependents.set(null);
    if (form.invalid) {
      form.markAllAsTouched();
      formErrors.set(['Some fields need your attention: see the messages beside them.']);
      setTimeout(() => focusFirstInvalid(host.nativeElement));
      return;
    }
    const current = record();
    const request = without(
      toRequest(form.getRawValue() as TCreate),
      current ? feature.createOnly : feature.updateOnly,
    );
    let call: Observable<TRecord>;
    if (current) {
      const changes = changedFields(without(toRequest(formValueOf(current)), feature.createOnly), request);
      if (Object.keys(changes).length === 0) {
        notifier.success('Nothing to save: no field changed.');
        form.markAsPristine();
        return;
      }
      call = api.update<TRecord, Partial<TCreate> & { version: number }>(feature.path, current.id, {
        ...changes,
        version: current.version,
      });
    } else {
      call = api.create<TRecord>(feature.path, request);
    }
    saving.set(true);
    call.pipe(finalize(() => saving.set(false))).subscribe({
      next: (saved) => {
        adopt(saved);
        conflict.set(null);
        notifier.success(`Saved ${feature.singular} “${feature.title(saved)}”.`);
        if (!current) {
          justSaved = true;
          void router.navigate(['/', feature.path, saved.id], { replaceUrl: true });
        }
      },
      error: (error: unknown) => failedSave(error, request, current),
    });
  }

  function failedSave(error: unknown, mine: TCreate, base: TRecord | null): void {
    if (!(error instanceof ApiError)) {
      notifier.error(error);
      return;
    }
    if (error.isConflict && base) {
      const theirs = error.current as TRecord;
      conflict.set({ mine, base: toRequest(formValueOf(base)), theirs, theirAuthor: null });
      if (feature.recordType) {
        api.revisions(feature.path, base.id, 1, 1).subscribe({
          next: (page) => {
            const who = page.items[0]?.user?.name ?? null;
            conflict.update((c) => (c ? { ...c, theirAuthor: who } : c));
          },
          error: () => undefined,
        });
      }
      setTimeout(() =>
        host.nativeElement.querySelector<HTMLElement>('[data-testid="conflict-view"]')?.focus(),
      );
      return;
    }
    if (error.fields.length > 0) {
      const unplaced = applyServerErrors(form, error, fieldLabels(feature.fields));
      formErrors.set([error.message, ...unplaced]);
      setTimeout(() => focusFirstInvalid(host.nativeElement));
      return;
    }
    formErrors.set([error.message]);
    notifier.error(error);
  }

  /** Keeps the other person's version and drops the user's edits. */
  function reloadTheirs(): void {
    const c = conflict();
    if (!c) return;
    adopt(c.theirs);
    conflict.set(null);
    notifier.success('Loaded the saved version; your changes were discarded.');
  }

  /** Starts again from their version with the user's own changes laid on top, for review and saving. */
  function reapplyMine(): void {
    const c = conflict();
    if (!c) return;
    const mineChanged = changedFields(c.base, c.mine);
    adopt(c.theirs);
    form.patchValue(mineChanged as Parameters<typeof form.patchValue>[0]);
    for (const key of Object.keys(mineChanged)) {
      const control = form.get(key);
      control?.markAsDirty();
      control?.markAsTouched();
    }
    conflict.set(null);
    notifier.success('Your changes are on top of the saved version. Review them and save.');
  }

  function remove(): void {
    const current = record();
    if (!current || !canWrite()) return;
    dependents.set(null);
    confirmAction(dialog, {
      title: `Delete this ${feature.singular}?`,
      message: `“${feature.title(current)}” will be deleted from the working copy. The public site keeps showing it until the next publication, and it can be restored from its history.`,
      confirmLabel: 'Delete',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          saving.set(true);
          return api
            .remove(feature.path, current.id, current.version)
            .pipe(finalize(() => saving.set(false)));
        }),
      )
      .subscribe({
        next: () => {
          justSaved = true;
          form.markAsPristine();
          notifier.success(`Deleted ${feature.singular} “${feature.title(current)}”.`);
          void router.navigate(['/', feature.path]);
        },
        error: (error: unknown) => {
          if (error instanceof ApiError && error.dependents.length > 0) {
            dependents.set({ message: error.message, items: error.dependents });
            return;
          }
          if (error instanceof ApiError && error.isConflict) {
            adopt(error.current as TRecord);
            notifier.error(
              'Someone changed this record meanwhile; it is reloaded. Check it before deleting.',
            );
            return;
          }
          notifier.error(error);
        },
      });
  }

  function hasUnsavedChanges(): boolean {
    return !justSaved && form.dirty && canWrite();
  }

  // Closing or reloading the tab with unsaved edits gets the browser's own prompt.
  const beforeUnload = (event: BeforeUnloadEvent) => {
    if (hasUnsavedChanges()) event.preventDefault();
  };
  window.addEventListener('beforeunload', beforeUnload);
  destroyRef.onDestroy(() => window.removeEventListener('beforeunload', beforeUnload));

  return {
    feature,
    form,
    record: record.asReadonly(),
    loading: loading.asReadonly(),
    saving: saving.asReadonly(),
    loadError: loadError.asReadonly(),
    formErrors: formErrors.asReadonly(),
    dependents: dependents.asReadonly(),
    conflict: conflict.asReadonly(),
    othersEditing: othersEditing.asReadonly(),
    conflictFields,
    canWrite,
    isNew,
    load,
    startNew,
    save,
    reloadTheirs,
    reapplyMine,
    remove,
    hasUnsavedChanges,
    setJustSaved: () => (justSaved = true),
  };
}

export type RecordEditor<
  TRecord extends EditableRecord = EditableRecord,
  TCreate extends object = object,
> = ReturnType<typeof createRecordEditor<TRecord, TCreate>>;
