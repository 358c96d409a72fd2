import {
  ChangeDetectionStrategy,
  Component,
  OnInit,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { DEFAULT_RELEASE_TIME, type PublicationScheduleView } from '@careerscope/shared';
import { filter, finalize, startWith, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { easternRelease, easternToday, editorTimeZone, inBothZones } from './release-time';

/**
 * Publish the working copy at a set time: a date and a time in Eastern time (BLS releases at 10:00
 * Eastern), shown in the editor's zone too; the waiting publish can be moved or cancelled.
 */
@Component({
  selector: 'cs-schedule-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule],
  template: `
    @if (waiting(); as schedule) {
      <div class="schedule__waiting" data-testid="schedule-waiting">
        <p>
          <strong>Scheduled:</strong> “{{ schedule.note }}” goes live {{ zones(schedule.dueAt).editor }} (your
          time{{ zones(schedule.dueAt).eastern ? '' : ', Eastern' }})
          @if (zones(schedule.dueAt).eastern; as eastern) {
            · {{ eastern }} Eastern
          }
          @if (schedule.createdBy) {
            · set by {{ schedule.createdBy.name }}
          }
        </p>
      </div>
    }
    <form class="schedule__form" [formGroup]="form" (submit)="$event.preventDefault(); save()" novalidate>
      <mat-form-field appearance="outline">
        <mat-label>Day (Eastern time)</mat-label>
        <input matInput type="date" formControlName="date" required />
        <mat-error>Choose a day.</mat-error>
      </mat-form-field>
      <mat-form-field appearance="outline">
        <mat-label>Time (Eastern time)</mat-label>
        <input matInput type="time" formControlName="time" required />
        <mat-hint>BLS releases at 10:00 Eastern</mat-hint>
        <mat-error>Choose a time.</mat-error>
      </mat-form-field>
      @if (!waiting()) {
        <mat-form-field appearance="outline" class="schedule__note">
          <mat-label>Note for the publication</mat-label>
          <input matInput formControlName="note" required />
          <mat-error>Write a short note about what this publication changes.</mat-error>
        </mat-form-field>
      }
      <p class="schedule__preview" aria-live="polite" data-testid="schedule-preview">
        @if (preview(); as shown) {
          Goes live {{ shown.editor }} (your time, {{ zone }})
          @if (shown.eastern) {
            · {{ shown.eastern }}
          }
        } @else {
          Choose a day and a time.
        }
      </p>
      @if (dueError(); as message) {
        <p class="schedule__error" role="alert">{{ message }}</p>
      }
      <div class="schedule__actions">
        <button mat-flat-button type="submit" [disabled]="busy()" disabledInteractive>
          {{ waiting() ? 'Move the publish' : 'Schedule the publish' }}
        </button>
        @if (waiting(); as schedule) {
          <button
            mat-stroked-button
            type="button"
            class="cs-danger-text"
            [disabled]="busy()"
            (click)="cancel(schedule)"
          >
            Cancel the scheduled publish
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    .schedule__form {
      display: flex;
      flex-wrap: wrap;
      gap: 0 12px;
      align-items: baseline;
    }
    .schedule__note {
      flex: 1 1 280px;
    }
    .schedule__preview,
    .schedule__actions {
      flex-basis: 100%;
    }
    .schedule__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
    }
    .schedule__error {
      flex-basis: 100%;
      color: var(--mat-sys-error);
    }
  `,
})
export class SchedulePanelComponent implements OnInit {
  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  private readonly dialog = inject(MatDialog);

  /** A note suggested for the publication (the review's). */
  readonly suggestedNote = input('');
  readonly changed = output<void>();

  protected readonly zone = editorTimeZone();
  protected readonly waiting = signal<PublicationScheduleView | null>(null);
  protected readonly busy = signal(false);
  protected readonly dueError = signal<string | null>(null);
  protected readonly form = new FormGroup({
    date: new FormControl(easternToday(), { nonNullable: true, validators: [Validators.required] }),
    time: new FormControl(DEFAULT_RELEASE_TIME, { nonNullable: true, validators: [Validators.required] }),
    note: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(500)],
    }),
  });
  private readonly value = toSignal(this.form.valueChanges.pipe(startWith(this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });
  protected readonly preview = computed(() => {
    const { date, time } = this.value();
    const due = date && time ? easternRelease(date, time) : null;
    return due ? inBothZones(due.toISOString(), this.zone) : null;
  });

  ngOnInit(): void {
    this.form.controls.note.setValue(this.suggestedNote());
    this.load();
  }

  protected zones(iso: string) {
    return inBothZones(iso, this.zone);
  }

  protected save(): void {
    const waiting = this.waiting();
    if (waiting) this.form.controls.note.disable();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.form.controls.note.enable();
      return;
    }
    this.form.controls.note.enable();
    const { date, time, note } = this.form.getRawValue();
    const due = easternRelease(date, time);
    if (!due) {
      this.dueError.set('Choose a day and a time.');
      return;
    }
    this.dueError.set(null);
    this.busy.set(true);
    const request = waiting
      ? this.api.moveSchedule(waiting.id, { version: waiting.version, dueAt: due.toISOString() })
      : this.api.schedulePublication({ note: note.trim(), dueAt: due.toISOString() });
    request.pipe(finalize(() => this.busy.set(false))).subscribe({
      next: (schedule) => {
        this.waiting.set(schedule);
        this.notifier.success(`The publish goes live ${inBothZones(schedule.dueAt, this.zone).editor}.`);
        this.changed.emit();
      },
      error: (error: unknown) => {
        if (error instanceof ApiError && error.fields.some((field) => field.field === 'dueAt')) {
          this.dueError.set(error.fields.find((field) => field.field === 'dueAt')!.message);
          return;
        }
        this.notifier.error(error);
        this.load();
      },
    });
  }

  protected cancel(schedule: PublicationScheduleView): void {
    confirmAction(this.dialog, {
      title: 'Cancel the scheduled publish?',
      message: `“${schedule.note}” will not go live at ${inBothZones(schedule.dueAt, this.zone).editor}. The working copy and any approval stay as they are.`,
      confirmLabel: 'Cancel the publish',
      cancelLabel: 'Keep it',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.api
            .cancelSchedule(schedule.id, { version: schedule.version })
            .pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: () => {
          this.waiting.set(null);
          this.notifier.success('The scheduled publish is cancelled.');
          this.changed.emit();
        },
        error: (error: unknown) => {
          this.notifier.error(error);
          this.load();
        },
      });
  }

  private load(): void {
    this.api.publicationSchedules().subscribe({
      next: (schedules) =>
        this.waiting.set(schedules.find((schedule) => schedule.status === 'scheduled') ?? null),
      error: (error: unknown) => this.notifier.error(error),
    });
  }
}
