import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { ReviewCommentRequest, ReviewCommentView, ReviewDetail } from '@careerscope/shared';
import { filter, finalize, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { ReviewBadge } from '../core/layout/review-badge';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { DiffGroupsComponent } from '../publishing/diff-groups.component';
import { problemRows, reviewGroups } from '../publishing/diff-review';
import { SchedulePanelComponent } from '../publishing/schedule-panel.component';
import { REVIEW_STATUS_LABELS } from './review-status';

/** What a comment can be about: the whole review, a record of the diff, or one of its fields. */
interface CommentTarget {
  key: string;
  label: string;
  request: Omit<ReviewCommentRequest, 'body'>;
}

type PageState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly review: ReviewDetail };

/**
 * One review: the working copy's diff as the publishing page shows it, comments on the review, a
 * record or a field, and the decision (approve, ask for changes; hand back; withdraw); once approved,
 * a publish can be scheduled.
 */
@Component({
  selector: 'cs-review-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    DiffGroupsComponent,
    SchedulePanelComponent,
  ],
  templateUrl: './review.page.html',
  styleUrl: './reviews.scss',
})
export class ReviewPage implements OnInit {
  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);
  private readonly session = inject(SessionStore);
  private readonly badge = inject(ReviewBadge);

  /** From the route (`/reviews/:id`). */
  readonly id = input.required<string>();

  protected readonly labels = REVIEW_STATUS_LABELS;
  protected readonly state = signal<PageState>({ kind: 'loading' });
  protected readonly busy = signal(false);
  protected readonly review = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.review : null;
  });
  protected readonly groups = computed(() => {
    const diff = this.review()?.diff;
    return diff ? reviewGroups(diff) : [];
  });
  protected readonly problems = computed(() => {
    const diff = this.review()?.diff;
    return diff ? problemRows(diff.problems) : [];
  });
  protected readonly isSubmitter = computed(() => this.review()?.submittedBy?.id === this.session.user()?.id);
  protected readonly canWithdraw = computed(() => {
    const review = this.review();
    return (
      !!review &&
      ['pending', 'changes_requested', 'approved'].includes(review.status) &&
      (this.isSubmitter() || this.session.hasRole('admin'))
    );
  });
  protected readonly targets = computed<CommentTarget[]>(() => {
    const review = this.review();
    const whole: CommentTarget = { key: 'review', label: 'The whole review', request: {} };
    if (!review?.diff) return [whole];
    return [
      whole,
      ...review.diff.changes.flatMap((change) => {
        const record = { collection: change.collection, recordKey: change.key, recordLabel: change.label };
        return [
          { key: `${change.collection}/${change.key}`, label: change.label, request: record },
          ...change.fields.map((field) => ({
            key: `${change.collection}/${change.key}/${field.path}`,
            label: `${change.label} › ${field.label}`,
            request: { ...record, fieldPath: field.path, fieldLabel: field.label },
          })),
        ];
      }),
    ];
  });

  protected readonly commentTarget = new FormControl('review', { nonNullable: true });
  protected readonly commentBody = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(4000)],
  });
  protected readonly decisionNote = new FormControl('', {
    nonNullable: true,
    validators: [Validators.maxLength(2000)],
  });
  protected readonly decisionError = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected targetOf(comment: ReviewCommentView): string {
    if (!comment.recordKey) return 'On the whole review';
    return comment.fieldLabel
      ? `On ${comment.recordLabel} › ${comment.fieldLabel}`
      : `On ${comment.recordLabel}`;
  }

  protected comment(): void {
    if (this.commentBody.invalid) {
      this.commentBody.markAsTouched();
      return;
    }
    const target = this.targets().find((item) => item.key === this.commentTarget.value) ?? this.targets()[0];
    this.busy.set(true);
    this.api
      .commentOnReview(this.id(), { ...target.request, body: this.commentBody.value.trim() })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.commentBody.reset();
          this.notifier.success('Comment added.');
          this.load();
        },
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  protected decide(action: 'approve' | 'request-changes' | 'resubmit'): void {
    this.decisionError.set(null);
    const note = this.decisionNote.value.trim();
    if (action === 'request-changes' && note === '') {
      this.decisionError.set('Say what should change before asking for changes.');
      return;
    }
    this.busy.set(true);
    this.api
      .decideReview(this.id(), action, { note })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: () => {
          this.decisionNote.reset();
          this.notifier.success(
            action === 'approve'
              ? 'Approved. Publish it now or schedule it.'
              : action === 'resubmit'
                ? 'Handed back to the reviewers.'
                : 'Changes requested. The submitter sees your note.',
          );
          this.badge.refresh();
          this.load();
        },
        error: (error: unknown) => {
          if (error instanceof ApiError && error.fields.length > 0) {
            this.decisionError.set(error.fields[0].message);
            return;
          }
          this.notifier.error(error);
          this.load();
        },
      });
  }

  protected withdraw(): void {
    confirmAction(this.dialog, {
      title: 'Withdraw this review?',
      message: 'The review closes with its comments. The working copy stays as it is; submit it again later.',
      confirmLabel: 'Withdraw',
      cancelLabel: 'Keep it open',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.api.decideReview(this.id(), 'withdraw').pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: () => {
          this.notifier.success('The review is withdrawn.');
          this.badge.refresh();
          this.load();
        },
        error: (error: unknown) => this.notifier.error(error),
      });
  }

  protected load(): void {
    if (this.state().kind !== 'ready') this.state.set({ kind: 'loading' });
    this.api.review(this.id()).subscribe({
      next: (review) => this.state.set({ kind: 'ready', review }),
      error: (error: unknown) =>
        this.state.set({
          kind: 'failed',
          message: error instanceof ApiError ? error.message : 'The review could not be loaded.',
        }),
    });
  }
}
