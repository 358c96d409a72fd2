import { Injectable, inject, signal } from '@angular/core';

import { AdminApiClient } from '../api/admin-api.client';

/** How many reviews wait on the signed-in user, for the badge in the navigation. */
@Injectable({ providedIn: 'root' })
export class ReviewBadge {
  private readonly api = inject(AdminApiClient);
  readonly count = signal(0);

  refresh(): void {
    this.api.reviewsWaiting().subscribe({
      next: (waiting) => this.count.set(waiting.count),
      // A badge that cannot be counted is left as it was; the reviews page says what went wrong.
      error: () => undefined,
    });
  }
}
