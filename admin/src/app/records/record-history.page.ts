import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { EditableRecord, RevisionRecord } from '@careerscope/shared';
import { catchError, filter, of, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { formatValue } from './format-value';
import { EDITORIAL_ROLES, type RecordFeature } from './record-feature';
import { FEATURE } from './record-edit.page';

const ACTION_LABELS: Record<RevisionRecord['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  restore: 'Restored',
};

interface FieldChangeRow {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** Every save of one record, newest first: who, when, which fields from what to what; restore any. */
@Component({
  selector: 'cs-record-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink, MatButtonModule, MatExpansionModule, MatProgressBarModule],
  templateUrl: './record-history.page.html',
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    table {
      width: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: 6px 8px;
      text-align: left;
      vertical-align: top;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      word-break: break-word;
    }
    .history__actions {
      margin-top: 8px;
    }
  `,
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
      .map((field) => ({
        field,
        label: labels.get(field) ?? field,
        before: formatValue(revision.before?.[field]),
        after: formatValue(revision.after?.[field]),
      }));
  }

  protected restore(revision: RevisionRecord): void {
    const latest = this.revisions()?.[0];
    const version = this.current()?.version ?? latest?.version;
    if (version === undefined) return;
    confirmAction(this.dialog, {
      title: 'Restore this version?',
      message: `The ${this.feature.singular} goes back to how it was ${revision.action === 'delete' ? 'before it was deleted' : 'after this save'} (${new Date(revision.at).toLocaleString()}). This is saved as a new revision; nothing is lost.`,
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

  protected openRecord(): void {
    void this.router.navigate(['/', this.feature.path, this.id()]);
  }

  private reload(): void {
    this.api
      .get<EditableRecord>(this.feature.path, this.id())
      .pipe(catchError(() => of(null)))
      .subscribe((record) => this.current.set(record));
    this.api.revisions(this.feature.path, this.id(), 1, 100).subscribe({
      next: (page) => this.revisions.set(page.items),
      error: (error: unknown) =>
        this.error.set(error instanceof ApiError ? error.message : 'The history could not be loaded.'),
    });
  }
}
