import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import type { HealthResponse } from '@careerscope/shared';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { ScheduleNoticeComponent } from '../publishing/schedule-notice.component';
import { DashboardOverviewComponent } from './dashboard-overview.component';

type HealthState =
  | { readonly kind: 'checking' }
  | { readonly kind: 'up'; readonly health: HealthResponse }
  | { readonly kind: 'down'; readonly message: string };

@Component({
  selector: 'cs-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatCardModule, DashboardOverviewComponent, ScheduleNoticeComponent],
  templateUrl: './dashboard.page.html',
  styleUrl: './dashboard.page.scss',
})
export class DashboardPage {
  private readonly api = inject(AdminApiClient);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly user = inject(SessionStore).user;
  protected readonly health = signal<HealthState>({ kind: 'checking' });

  constructor() {
    this.checkHealth();
  }

  protected checkHealth(): void {
    this.health.set({ kind: 'checking' });
    this.api
      .health()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (health) => this.health.set({ kind: 'up', health }),
        error: (error: unknown) =>
          this.health.set({
            kind: 'down',
            message: error instanceof ApiError ? error.message : 'The health check failed.',
          }),
      });
  }
}
