import { ChangeDetectionStrategy, Component, DestroyRef, OnInit, inject, input, signal } from '@angular/core';
import { moveItemInArray } from '@angular/cdk/drag-drop';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import type { ErrorStateMatcher } from '@angular/material/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { startWith } from 'rxjs';

import { FieldErrorsComponent } from './field-errors.component';
import { type ChosenMove, ChosenListComponent } from './chosen-list.component';

/**
 * A list of short texts (skills, specializations), shown in this order: type one and press Enter;
 * reorder by dragging or with the move buttons; remove with its button.
 */
@Component({
  selector: 'cs-list-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorsComponent,
    ChosenListComponent,
  ],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ label() }}</mat-label>
      <input
        matInput
        [formControl]="draft"
        [errorStateMatcher]="errorState"
        (keydown.enter)="$event.preventDefault(); add()"
      />
      <mat-hint>{{ hint() ?? 'Type one and press Enter to add it' }}</mat-hint>
      <mat-error><cs-field-errors [control]="control()" [label]="label()" /></mat-error>
    </mat-form-field>
    <cs-chosen-list
      [label]="label()"
      [items]="items()"
      [removable]="draft.enabled"
      [reorderable]="draft.enabled"
      (remove)="remove($event.value)"
      (reorder)="move($event)"
    />
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class ListFieldComponent implements OnInit {
  readonly control = input.required<FormControl<string[]>>();
  readonly label = input.required<string>();
  readonly hint = input<string | undefined>();

  private readonly destroyRef = inject(DestroyRef);
  protected readonly draft = new FormControl('', { nonNullable: true });
  protected readonly items = signal<{ value: string; label: string }[]>([]);
  protected readonly errorState: ErrorStateMatcher = {
    isErrorState: () => this.control().invalid && (this.control().touched || this.control().dirty),
  };

  ngOnInit(): void {
    const control = this.control();
    control.valueChanges
      .pipe(startWith(control.value), takeUntilDestroyed(this.destroyRef))
      .subscribe((values) => this.items.set(values.map((value) => ({ value, label: value }))));
    control.statusChanges
      .pipe(startWith(control.status), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => {
        if (control.disabled && this.draft.enabled) this.draft.disable({ emitEvent: false });
        if (control.enabled && this.draft.disabled) this.draft.enable({ emitEvent: false });
      });
  }

  protected add(): void {
    const value = this.draft.value.trim();
    const control = this.control();
    if (value && !control.value.includes(value)) {
      control.setValue([...control.value, value]);
      control.markAsDirty();
    }
    this.draft.setValue('');
  }

  protected move({ from, to }: ChosenMove): void {
    const control = this.control();
    const values = [...control.value];
    moveItemInArray(values, from, to);
    control.setValue(values);
    control.markAsDirty();
  }

  protected remove(value: string): void {
    const control = this.control();
    control.setValue(control.value.filter((item) => item !== value));
    control.markAsDirty();
  }
}
