import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { ImportSummary, Page } from '@careerscope/shared';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { KIND_LABELS, STATUS_LABELS } from './import-figures';
import { ImportsNavComponent } from './imports-nav.component';

/** `/imports`: every uploaded file, newest first, and the way to upload the next one. */
@Component({
  selector: 'cs-import-history-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    RouterLink,
    MatButtonModule,
    MatTableModule,
    MatPaginatorModule,
    MatProgressBarModule,
    ImportsNavComponent,
  ],
  templateUrl: './import-history.page.html',
  styleUrl: './imports.scss',
})
export class ImportHistoryPage {
  private readonly api = inject(AdminApiClient);

  protected readonly columns = ['file', 'kind', 'period', 'status', 'counts', 'by', 'when'];
  protected readonly page = signal<Page<ImportSummary> | null>(null);
  protected readonly error = signal<string | null>(null);

  constructor() {
    this.load(1, 20);
  }

  protected kindLabel(item: ImportSummary): string {
    return KIND_LABELS[item.kind];
  }

  protected statusLabel(item: ImportSummary): string {
    return STATUS_LABELS[item.status];
  }

  protected onPage(event: PageEvent): void {
    this.load(event.pageIndex + 1, event.pageSize);
  }

  protected load(page: number, pageSize: number): void {
    this.error.set(null);
    this.api.imports(page, pageSize).subscribe({
      next: (result) => this.page.set(result),
      error: (error: unknown) =>
        this.error.set(error instanceof ApiError ? error.message : 'The imports could not be loaded.'),
    });
  }
}
