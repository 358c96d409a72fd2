import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatListModule } from '@angular/material/list';
import { RouterLink } from '@angular/router';

import { AdminApiClient } from '../core/api/admin-api.client';
import type { RelatedList } from './record-feature';

interface RelatedItem {
  id: string;
  label: string;
}

/** Records of another type that belong to this one, with links to edit them and to add one. */
@Component({
  selector: 'cs-related-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatButtonModule, MatListModule],
  template: `
    <section class="related" [attr.aria-labelledby]="headingId">
      <h2 class="related__title" [id]="headingId">{{ related().label }}</h2>
      @if (loading()) {
        <p>Loading…</p>
      } @else if (items().length === 0) {
        <p class="related__empty">None yet.</p>
      } @else {
        <ul class="related__list">
          @for (item of items(); track item.id) {
            <li>
              <a [routerLink]="['/', related().path, item.id]">{{ item.label }}</a>
            </li>
          }
        </ul>
        @if (total() > items().length) {
          <p>
            <a [routerLink]="['/', related().path]" [queryParams]="filter()">All {{ total() }}</a>
          </p>
        }
      }
      @if (canWrite()) {
        <a mat-stroked-button [routerLink]="['/', related().path, 'new']" [queryParams]="filter()">Add</a>
      }
    </section>
  `,
  styles: `
    .related {
      max-width: 1100px;
      margin-top: 24px;
      padding-top: 8px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .related__title {
      font: var(--mat-sys-title-medium);
    }
    .related__list {
      padding-left: 20px;
      li {
        margin: 4px 0;
      }
    }
    .related__empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class RelatedListComponent implements OnInit {
  readonly related = input.required<RelatedList>();
  readonly ownerId = input.required<string>();
  readonly canWrite = input(false);

  private readonly api = inject(AdminApiClient);
  private readonly destroyRef = inject(DestroyRef);
  private static nextId = 0;
  protected readonly headingId = `cs-related-${RelatedListComponent.nextId++}`;
  protected readonly items = signal<RelatedItem[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly filter = () => ({ [this.related().filterKey]: this.ownerId() });

  ngOnInit(): void {
    const related = this.related();
    this.api
      .list<Record<string, unknown>>(related.path, { ...this.filter(), sort: related.sort, pageSize: 50 })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.items.set(
            page.items.map((item) => ({ id: String(item['id']), label: related.itemLabel(item) })),
          );
          this.total.set(page.total);
          this.loading.set(false);
        },
        error: () => this.loading.set(false),
      });
  }
}
