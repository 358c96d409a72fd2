import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { moveItemInArray } from '@angular/cdk/drag-drop';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatAutocompleteModule, MatAutocompleteSelectedEvent } from '@angular/material/autocomplete';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { catchError, debounceTime, distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { type ChosenMove, ChosenListComponent } from './chosen-list.component';
import { FieldErrorsComponent } from './field-errors.component';
import type { Option, RecordLookup } from './record-feature';

let nextId = 0;

/**
 * Chooses records of another type by searching for them (never by typing ids): one (`sourceId`)
 * or several (`occupationIds`, in the order chosen). Works on the form's own control.
 */
@Component({
  selector: 'cs-record-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatAutocompleteModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorsComponent,
    ChosenListComponent,
  ],
  templateUrl: './record-picker.component.html',
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class RecordPickerComponent implements OnInit {
  /** `FormControl<string | null>` for one record, `FormControl<string[]>` for several. */
  readonly control = input.required<FormControl<string | null> | FormControl<string[]>>();
  readonly lookup = input.required<RecordLookup>();
  readonly label = input.required<string>();
  readonly hint = input<string | undefined>();
  readonly required = input(false);

  private readonly api = inject(AdminApiClient);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly inputId = `cs-record-picker-${nextId++}`;
  protected readonly search = new FormControl<string | Option>('', { nonNullable: true });
  protected readonly options = signal<Option[]>([]);
  protected readonly searching = signal(false);
  /** Labels of chosen records, by id. */
  private readonly labels = signal<Record<string, string>>({});
  protected readonly selected = signal<string[]>([]);
  protected readonly multiple = signal(false);
  protected readonly chosen = computed(() =>
    this.selected().map((id) => ({ value: id, label: this.labels()[id] ?? 'Loading…' })),
  );

  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => {
      const control = this.control();
      return control.invalid && (control.touched || control.dirty);
    },
  };

  protected readonly displayWith = (value: string | Option | null): string =>
    value === null ? '' : typeof value === 'string' ? value : value.label;

  ngOnInit(): void {
    const control = this.control() as FormControl<string | null | string[]>;
    this.multiple.set(Array.isArray(control.value));
    control.valueChanges
      .pipe(startWith(control.value), takeUntilDestroyed(this.destroyRef))
      .subscribe((value: string | null | string[]) => this.adopt(value));
    control.statusChanges
      .pipe(startWith(control.status), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        if (control.disabled && this.search.enabled) this.search.disable({ emitEvent: false });
        if (control.enabled && this.search.disabled) this.search.enable({ emitEvent: false });
      });

    this.search.valueChanges
      .pipe(
        map((value) => (typeof value === 'string' ? value.trim() : null)),
        debounceTime(250),
        distinctUntilChanged(),
        switchMap((q) => {
          if (q === null) return of(null);
          this.searching.set(true);
          const lookup = this.lookup();
          return this.api
            .list<Record<string, unknown>>(lookup.path, { q, pageSize: 20, sort: lookup.sort })
            .pipe(
              map((page) =>
                page.items.map((item) => ({ value: String(item['id']), label: lookup.label(item) })),
              ),
              catchError(() => of([] as Option[])),
            );
        }),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((options) => {
        this.searching.set(false);
        if (options) this.options.set(options);
      });
  }

  /** Loads the first page of choices when the field gets focus, before anything is typed. */
  protected openChoices(): void {
    if (this.options().length === 0)
      this.search.setValue(typeof this.search.value === 'string' ? this.search.value : '');
  }

  protected choose(event: MatAutocompleteSelectedEvent): void {
    const option = event.option.value as Option;
    this.labels.update((labels) => ({ ...labels, [option.value]: option.label }));
    const control = this.control();
    if (Array.isArray(control.value)) {
      const ids = control.value;
      if (!ids.includes(option.value)) (control as FormControl<string[]>).setValue([...ids, option.value]);
      this.search.setValue('', { emitEvent: false });
    } else {
      (control as FormControl<string | null>).setValue(option.value);
    }
    control.markAsDirty();
    control.markAsTouched();
  }

  protected removeChosen(id: string): void {
    const control = this.control() as FormControl<string[]>;
    control.setValue(control.value.filter((value) => value !== id));
    control.markAsDirty();
  }

  /** Several records are kept in the order chosen (a comparison's columns): move one. */
  protected moveChosen({ from, to }: ChosenMove): void {
    const control = this.control() as FormControl<string[]>;
    const ids = [...control.value];
    moveItemInArray(ids, from, to);
    control.setValue(ids);
    control.markAsDirty();
  }

  protected clear(): void {
    const control = this.control() as FormControl<string | null>;
    control.setValue(null);
    control.markAsDirty();
    this.search.setValue('', { emitEvent: false });
  }

  /** Back to the chosen record's name when the user typed but did not choose. */
  protected restoreLabel(): void {
    if (this.multiple()) return;
    const id = this.selected()[0];
    if (typeof this.search.value === 'string') {
      this.search.setValue(id ? { value: id, label: this.labels()[id] ?? '' } : '', { emitEvent: false });
    }
  }

  private adopt(value: string | null | string[]): void {
    const ids = Array.isArray(value) ? value : value ? [value] : [];
    this.selected.set(ids);
    const unknown = ids.filter((id) => !(id in this.labels()));
    for (const id of unknown) {
      this.api
        .get<Record<string, unknown>>(this.lookup().path, id)
        .pipe(takeUntilDestroyed(this.destroyRef))
        .subscribe({
          next: (record) => {
            this.labels.update((labels) => ({ ...labels, [id]: this.lookup().label(record) }));
            if (!this.multiple()) this.restoreLabelFor(id);
          },
          error: () => this.labels.update((labels) => ({ ...labels, [id]: 'Unknown record' })),
        });
    }
    if (!Array.isArray(value)) {
      if (value && value in this.labels()) this.restoreLabelFor(value);
      if (!value) this.search.setValue('', { emitEvent: false });
    }
  }

  private restoreLabelFor(id: string): void {
    if (this.selected()[0] === id) {
      this.search.setValue({ value: id, label: this.labels()[id] ?? '' }, { emitEvent: false });
    }
  }
}
