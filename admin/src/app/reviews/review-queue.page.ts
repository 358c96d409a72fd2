import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { OPEN_REVIEW_STATUSES, type ReviewSummary } from '@careerscope/shared';
import { finalize } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { Notifier } from '../core/ui/notifier';
import { ReviewBadge } from '../core/layout/review-badge';
import { REVIEW_STATUS_LABELS } from './review-status';

/** The review queue: submit the pending changes for review; open reviews first, then recent ones. */
@Component({
  selector: 'cs-review-queue-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
  ],
  templateUrl: './review-queue.page.html',
  styleUrl: './reviews.scss',
})
export class ReviewQueuePage implements OnInit {
  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly badge = inject(ReviewBadge);

  protected readonly labels = REVIEW_STATUS_LABELS;
  protected readonly reviews = signal<ReviewSummary[] | null>(null);
  protected readonly failed = signal<string | null>(null);
  protected readonly open = computed(
    () => this.reviews()?.find((review) => OPEN_REVIEW_STATUSES.includes(review.status)) ?? null,
  );
  protected readonly closed = computed(
    () => this.reviews()?.filter((review) => !OPEN_REVIEW_STATUSES.includes(review.status)) ?? [],
  );
  protected readonly note = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(1000)],
  });
  protected readonly submitting = signal(false);
  protected readonly noteError = signal<string | null>(null);

  ngOnInit(): void {
    this.load();
  }

  protected submit(): void {
    this.noteError.set(null);
    if (this.note.invalid) {
      this.note.markAsTouched();
      return;
    }
    this.submitting.set(true);
    this.api
      .submitReview({ note: this.note.value.trim() })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: (review) => {
          this.notifier.success('Submitted for review. Another editor or an admin reviews it.');
          this.badge.refresh();
          void this.router.navigate(['/reviews', review.id]);
        },
        error: (error: unknown) => {
          if (error instanceof ApiError && error.status === 400 && error.fields.length > 0) {
            this.noteError.set(error.fields[0].message);
            return;
          }
          this.notifier.error(error);
          this.load();
        },
      });
  }

  protected load(): void {
    this.failed.set(null);
    this.api.reviews().subscribe({
      next: (reviews) => this.reviews.set(reviews),
      error: (error: unknown) =>
        this.failed.set(error instanceof ApiError ? error.message : 'The reviews could not be loaded.'),
    });
  }
}
