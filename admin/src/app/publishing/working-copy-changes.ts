import { Injectable, inject } from '@angular/core';
import {
  MAX_PAGE_SIZE,
  RECORD_PATHS,
  RECORD_TYPES,
  type EditableRecord,
  type RecordType,
  type RevisionRecord,
} from '@careerscope/shared';
import { Observable, catchError, expand, forkJoin, map, of, reduce, switchMap, EMPTY } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { sameValue } from '../records/record-form';

export interface WorkingCopyFieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** One record saved since the last publication, with what changed field by field. */
export interface WorkingCopyChange {
  type: RecordType;
  id: string;
  /** Created since the publication (no earlier state to compare with). */
  created: boolean;
  record: EditableRecord;
  fields: WorkingCopyFieldChange[];
  /** Who saved it, newest save first, without repeats. */
  by: string[];
  at: string;
}

const IGNORED = new Set(['id', 'version', 'createdAt', 'updatedAt']);

/** Records of one type saved after `since`: newest first, page after page until an older one shows up. */
function savedSince(api: AdminApiClient, type: RecordType, since: string): Observable<EditableRecord[]> {
  const path = RECORD_PATHS[type];
  const pageOf = (page: number) =>
    api
      .list<EditableRecord>(path, { sort: '-updatedAt', pageSize: MAX_PAGE_SIZE, page })
      .pipe(map((result) => ({ page, result })));
  return pageOf(1).pipe(
    expand(({ page, result }) => {
      const all = result.items.every((item) => item.updatedAt > since);
      return all && page * result.pageSize < result.total ? pageOf(page + 1) : EMPTY;
    }),
    map(({ result }) => result.items.filter((item) => item.updatedAt > since)),
    reduce((all, items) => [...all, ...items], [] as EditableRecord[]),
    catchError(() => of([])),
  );
}

/**
 * What the working copy changed since a point in time (the current publication), record by record and
 * field by field, from each record's revisions. The API has no endpoint for this yet, so it is put
 * together from the list endpoints (sorted by `-updatedAt`) and the revision history; deleted
 * records do not show (they are gone from the lists).
 */
@Injectable({ providedIn: 'root' })
export class WorkingCopyChanges {
  private readonly api = inject(AdminApiClient);

  since(since: string): Observable<WorkingCopyChange[]> {
    return forkJoin(
      RECORD_TYPES.map((type) =>
        savedSince(this.api, type, since).pipe(map((records) => ({ type, records }))),
      ),
    ).pipe(
      switchMap((groups) => {
        const changed = groups.flatMap(({ type, records }) => records.map((record) => ({ type, record })));
        if (changed.length === 0) return of([]);
        return forkJoin(
          changed.map(({ type, record }) =>
            this.api.revisions(RECORD_PATHS[type], record.id, 1, MAX_PAGE_SIZE).pipe(
              map((page) =>
                toChange(
                  type,
                  record,
                  page.items.filter((r) => r.at > since),
                ),
              ),
              catchError(() => of(toChange(type, record, []))),
            ),
          ),
        );
      }),
      map((changes) => changes.filter((change) => change.created || change.fields.length > 0)),
      map((changes) => changes.sort((a, b) => b.at.localeCompare(a.at))),
    );
  }
}

/** Compares the state before the first save since the publication with the record now. */
export function toChange(
  type: RecordType,
  record: EditableRecord,
  revisions: RevisionRecord[],
): WorkingCopyChange {
  const oldest = revisions[revisions.length - 1];
  const before = oldest ? oldest.before : null;
  const after = record as unknown as Record<string, unknown>;
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  const fields: WorkingCopyFieldChange[] = [];
  if (before) {
    for (const key of keys) {
      if (IGNORED.has(key)) continue;
      if (!sameValue(before[key], after[key]))
        fields.push({ field: key, before: before[key], after: after[key] });
    }
  }
  const by = [...new Set(revisions.map((r) => r.user?.name ?? 'System'))];
  return {
    type,
    id: record.id,
    created: oldest ? oldest.before === null : false,
    record,
    fields,
    by,
    at: record.updatedAt,
  };
}
