import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import type { PublicationScheduleView } from '@careerscope/shared';
import { catchError, of } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { inBothZones } from './release-time';

/**
 * The dashboard's word on scheduled publishing: the publish waiting to go live, or why the last one
 * failed (nothing was published then).
 */
@Component({
  selector: 'cs-schedule-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    @if (latest(); as schedule) {
      @if (schedule.status === 'failed') {
        <section
          class="notice notice--failed"
          aria-labelledby="schedule-failed-title"
          data-testid="schedule-failed"
        >
          <h2 id="schedule-failed-title">The scheduled publish failed</h2>
          <p>
            “{{ schedule.note }}”, due {{ zones(schedule.dueAt).editor }}, published nothing:
            {{ schedule.failureReason }}
          </p>
          @if (schedule.failureFields.length > 0) {
            <ul>
              @for (problem of schedule.failureFields; track problem.field) {
                <li>{{ problem.message }}</li>
              }
            </ul>
          }
          <p><a routerLink="/publishing">Fix the working copy and publish or schedule again</a></p>
        </section>
      } @else if (schedule.status === 'scheduled') {
        <section class="notice" aria-labelledby="schedule-waiting-title" data-testid="schedule-next">
          <h2 id="schedule-waiting-title">Scheduled publish</h2>
          <p>
            “{{ schedule.note }}” goes live {{ zones(schedule.dueAt).editor }}
            @if (zones(schedule.dueAt).eastern; as eastern) {
              ({{ eastern }})
            }
            . <a routerLink="/publishing">Move or cancel it</a>
          </p>
        </section>
      }
    }
  `,
  styles: `
    .notice {
      margin: 16px 0;
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    .notice h2 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    .notice--failed {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .notice--failed a {
      color: inherit;
    }
  `,
})
export class ScheduleNoticeComponent {
  private readonly schedules = toSignal(
    inject(AdminApiClient)
      .publicationSchedules()
      .pipe(catchError(() => of([] as PublicationScheduleView[]))),
    { initialValue: [] as PublicationScheduleView[] },
  );
  /** The newest schedule that is waiting, or that failed with nothing newer after it. */
  protected readonly latest = computed(() => {
    const list = this.schedules();
    return (
      list.find((schedule) => schedule.status === 'scheduled') ??
      list.find((s) => s.status !== 'cancelled') ??
      null
    );
  });

  protected zones(iso: string) {
    return inBothZones(iso);
  }
}
