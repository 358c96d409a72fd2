import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { FreshnessView, StaleFigure } from '@careerscope/shared';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { KIND_LABELS } from './import-figures';
import { ImportsNavComponent } from './imports-nav.component';

/** `/imports/freshness`: which figures lag behind the newest BLS release, and when the next ones are due. */
@Component({
  selector: 'cs-freshness-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, ImportsNavComponent],
  templateUrl: './freshness.page.html',
  styleUrl: './imports.scss',
})
export class FreshnessPage {
  private readonly api = inject(AdminApiClient);

  protected readonly kindLabels = KIND_LABELS;
  protected readonly freshness = signal<FreshnessView | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.error.set(null);
    this.api.freshness().subscribe({
      next: (view) => this.freshness.set(view),
      error: (error: unknown) =>
        this.error.set(
          error instanceof ApiError ? error.message : 'The freshness report could not be loaded.',
        ),
    });
  }

  protected recordLink(figure: StaleFigure): string[] {
    return [
      figure.recordType === 'wageStatistic' ? '/wage-statistics' : '/employment-projections',
      figure.id,
    ];
  }

  protected figureKind(figure: StaleFigure): string {
    return figure.recordType === 'wageStatistic' ? 'Wages' : 'Projection';
  }
}
