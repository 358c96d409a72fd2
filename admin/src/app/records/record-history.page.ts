import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { fieldLabel, type EditableRecord, type RevisionRecord } from '@careerscope/shared';
import { catchError, filter, of, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { formatValue } from './format-value';
import { EDITORIAL_ROLES, type RecordFeature } from './record-feature';
import { FEATURE } from './record-edit.page';
import { type DiffPart, wordDiff } from './word-diff';

const ACTION_LABELS: Record<RevisionRecord['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  restore: 'Restored',
};

interface FieldChangeRow {
  field: string;
  label: string;
  parts: DiffPart[];
}

const PAGE_SIZE = 50;

/**
 * Every save of one record, newest first: who, when, and each changed field with the changed words
 * marked; any earlier version can be restored (after a confirmation), as a new version.
 */
@Component({
  selector: 'cs-record-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatProgressBarModule],
  templateUrl: './record-history.page.html',
  styleUrl: './record-history.page.scss',
})
export class RecordHistoryPage implements OnInit {
  readonly id = input.required<string>();

  private readonly api = inject(AdminApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly feature = inject(ActivatedRoute).snapshot.data[FEATURE] as RecordFeature;

  protected readonly revisions = signal<RevisionRecord[] | null>(null);
  protected readonly current = signal<EditableRecord | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly restoring = signal(false);
  protected readonly total = signal(0);
  protected readonly loadingMore = signal(false);
  protected readonly canWrite = computed(() => {
    const user = this.session.user();
    return user !== null && (this.feature.writeRoles ?? EDITORIAL_ROLES).includes(user.role);
  });
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly title = computed(() => {
    const current = this.current();
    if (current) return this.feature.title(current);
    const latest = this.revisions()?.[0];
    const last = latest?.after ?? latest?.before;
    return last ? this.feature.title(last as unknown as EditableRecord) : this.feature.singular;
  });

  ngOnInit(): void {
    this.reload();
  }

  protected changes(revision: RevisionRecord): FieldChangeRow[] {
    const labels = new Map(this.feature.fields.map((field) => [field.key as string, field.label]));
    return revision.changedFields
      .filter((field) => !['version', 'updatedAt', 'createdAt', 'id'].includes(field))
      .map((field) => {
        const before = revision.before?.[field];
        const after = revision.after?.[field];
        return {
          field,
          label: labels.get(field) ?? capitalise(fieldLabel(field)),
          parts: wordDiff(textOf(before), textOf(after)),
        };
      });
  }

  protected restore(revision: RevisionRecord): void {
    const latest = this.revisions()?.[0];
    const version = this.current()?.version ?? latest?.version;
    if (version === undefined) return;
    const when = new Date(revision.at).toLocaleString();
    const who = revision.user?.name ?? 'the system';
    confirmAction(this.dialog, {
      title:
        revision.action === 'delete'
          ? 'Restore as before the deletion?'
          : `Restore version ${revision.version}?`,
      message: `“${this.title()}” goes back to how it was ${revision.action === 'delete' ? 'before it was deleted' : `after ${who} saved it on ${when}`}. This is saved as a new version in the working copy; nothing is lost, and the public site changes only at the next publication.`,
      confirmLabel: 'Restore',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.restoring.set(true);
          return this.api.restoreRevision<EditableRecord>(this.feature.path, this.id(), revision.id, version);
        }),
      )
      .subscribe({
        next: () => {
          this.restoring.set(false);
          this.notifier.success('Restored. The working copy has it now; publish to make it public.');
          this.reload();
        },
        error: (error: unknown) => {
          this.restoring.set(false);
          this.notifier.error(error);
          this.reload();
        },
      });
  }

  protected loadMore(): void {
    const loaded = this.revisions() ?? [];
    this.loadingMore.set(true);
    this.api
      .revisions(this.feature.path, this.id(), Math.floor(loaded.length / PAGE_SIZE) + 1, PAGE_SIZE)
      .subscribe({
        next: (page) => {
          const known = new Set(loaded.map((revision) => revision.id));
          this.revisions.set([...loaded, ...page.items.filter((revision) => !known.has(revision.id))]);
          this.total.set(page.total);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.loadingMore.set(false);
          this.notifier.error(error);
        },
      });
  }

  protected openRecord(): void {
    void this.router.navigate(['/', this.feature.path, this.id()]);
  }

  private reload(): void {
    this.api
      .get<EditableRecord>(this.feature.path, this.id())
      .pipe(catchError(() => of(null)))
      .subscribe((record) => this.current.set(record));
    this.api.revisions(this.feature.path, this.id(), 1, PAGE_SIZE).subscribe({
      next: (page) => {
        this.revisions.set(page.items);
        this.total.set(page.total);
      },
      error: (error: unknown) =>
        this.error.set(error instanceof ApiError ? error.message : 'The history could not be loaded.'),
    });
  }
}

/** A value as diffable text: texts as they are, everything else in words. */
function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : formatValue(value);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
