import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatExpansionModule } from '@angular/material/expansion';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { DraftDiff, FieldError, PublicationDiff, PublicationSummary } from '@careerscope/shared';
import { filter, finalize, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { DiffGroupsComponent } from './diff-groups.component';
import { SchedulePanelComponent } from './schedule-panel.component';
import { type TypeGroup, problemRows, reviewGroups } from './diff-review';

/** A publication's diff with its changes grouped as the review shows them. */
type ShownDiff = PublicationDiff & { groups: TypeGroup[] };

type ReviewState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly diff: DraftDiff };

/**
 * Review what the working copy changed since the current publication (created, changed and deleted
 * records, as the API diffs them) and what would stop publishing, preview it, publish it with a note;
 * the publications, what each changed, and rollback.
 */
@Component({
  selector: 'cs-publishing-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatExpansionModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    DiffGroupsComponent,
    SchedulePanelComponent,
  ],
  templateUrl: './publishing.page.html',
  styleUrl: './publishing.page.scss',
})
export class PublishingPage implements OnInit {
  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);

  protected readonly publications = signal<PublicationSummary[] | null>(null);
  protected readonly current = computed(() => this.publications()?.find((p) => p.current) ?? null);
  protected readonly review = signal<ReviewState>({ kind: 'loading' });
  protected readonly groups = computed(() => {
    const state = this.review();
    return state.kind === 'ready' ? reviewGroups(state.diff) : [];
  });
  protected readonly draftProblems = computed(() => {
    const state = this.review();
    return state.kind === 'ready' ? problemRows(state.diff.problems) : [];
  });
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(500)],
  });
  protected readonly publishing = signal(false);
  protected readonly problems = signal<FieldError[]>([]);
  protected readonly problemMessage = signal<string | null>(null);
  /** What each opened publication changed, grouped for display once, when it arrives. */
  protected readonly diffs = signal<Record<number, ShownDiff | 'loading' | 'failed'>>({});

  ngOnInit(): void {
    this.reload();
  }

  protected publish(): void {
    if (this.note.invalid) {
      this.note.markAsTouched();
      return;
    }
    this.problems.set([]);
    this.problemMessage.set(null);
    this.publishing.set(true);
    this.api
      .publish({ note: this.note.value.trim() })
      .pipe(finalize(() => this.publishing.set(false)))
      .subscribe({
        next: (publication) => {
          this.note.reset();
          this.notifier.success(`Published publication ${publication.number}. The portal shows it now.`);
          this.reload();
        },
        error: (error: unknown) => {
          if (error instanceof ApiError && error.status === 422) {
            this.problemMessage.set(error.message);
            this.problems.set([...error.fields]);
            this.loadReview();
            return;
          }
          this.notifier.error(error);
        },
      });
  }

  protected rollback(publication: PublicationSummary): void {
    confirmAction(this.dialog, {
      title: `Roll back to publication ${publication.number}?`,
      message:
        `The portal goes back to what publication ${publication.number} (“${publication.note}”) showed, published again under a new number. The working copy is not changed.` +
        // The API keeps schools as they are for an editor's rollback: say so before, not after.
        (this.session.hasRole('admin')
          ? ''
          : ' Schools and programs stay as the portal shows them now: only an admin’s rollback brings back schools.'),
      confirmLabel: `Roll back to ${publication.number}`,
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.publishing.set(true);
          return this.api
            .restorePublication(publication.number, { note: `Rollback to publication ${publication.number}` })
            .pipe(finalize(() => this.publishing.set(false)));
        }),
      )
      .subscribe({
        next: (restored) => {
          this.notifier.success(
            `Rolled back: publication ${restored.number} repeats publication ${publication.number}.`,
          );
          this.reload();
        },
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  /** Loads what a publication changed compared with the one before it, when its panel opens. */
  protected loadDiff(publication: PublicationSummary): void {
    const all = this.publications() ?? [];
    const index = all.findIndex((p) => p.number === publication.number);
    const previous = all[index + 1];
    if (!previous || this.diffs()[publication.number]) return;
    this.diffs.update((d) => ({ ...d, [publication.number]: 'loading' }));
    this.api.publicationDiff(previous.number, publication.number).subscribe({
      next: (diff) =>
        this.diffs.update((d) => ({ ...d, [publication.number]: { ...diff, groups: reviewGroups(diff) } })),
      error: () => this.diffs.update((d) => ({ ...d, [publication.number]: 'failed' })),
    });
  }

  protected diffOf(number: number): ShownDiff | null {
    const diff = this.diffs()[number];
    return typeof diff === 'object' ? diff : null;
  }

  protected diffState(number: number): 'loading' | 'failed' | 'ready' | 'none' {
    const diff = this.diffs()[number];
    return diff === undefined ? 'none' : typeof diff === 'object' ? 'ready' : diff;
  }

  /** What the working copy changed since the current publication, from the API. */
  protected loadReview(): void {
    this.review.set({ kind: 'loading' });
    this.api.draftDiff().subscribe({
      next: (diff) => this.review.set({ kind: 'ready', diff }),
      error: (error: unknown) =>
        this.review.set({
          kind: 'failed',
          message: error instanceof ApiError ? error.message : 'The changes could not be loaded.',
        }),
    });
  }

  private reload(): void {
    this.loadReview();
    this.api.publications().subscribe({
      next: (publications) => {
        this.publications.set(publications);
        this.diffs.set({});
      },
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
