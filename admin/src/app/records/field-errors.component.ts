import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AbstractControl, ValidationErrors } from '@angular/forms';
import { startWith } from 'rxjs';

import { SERVER_ERROR } from './record-form';

/** The first thing wrong with a control, in words; used inside `<mat-error>`. */
export function errorMessage(errors: ValidationErrors | null, label: string): string | null {
  if (!errors) return null;
  if (errors[SERVER_ERROR]) return String(errors[SERVER_ERROR]);
  if (errors['required']) return `Enter the ${label.toLowerCase()}.`;
  if (errors['minlength']) return `Choose at least one.`;
  if (errors['min']) return `${label} must be at least ${(errors['min'] as { min: number }).min}.`;
  if (errors['max']) return `${label} must be at most ${(errors['max'] as { max: number }).max}.`;
  if (errors['decimals']) {
    const places = (errors['decimals'] as { decimals: number }).decimals;
    return places === 0
      ? `${label} must be a whole number.`
      : `${label} takes at most ${places} decimal place${places === 1 ? '' : 's'}.`;
  }
  if (errors['maxItems']) return `Choose at most ${(errors['maxItems'] as { max: number }).max}.`;
  if (errors['itemMaxLength'])
    return `Each of the ${label.toLowerCase()} must be at most ${(errors['itemMaxLength'] as { max: number }).max} characters.`;
  // A pattern says what the value should look like, which helps more than its length alone.
  if (errors['pattern']) {
    const words = (errors['pattern'] as { message?: string }).message;
    if (!words) return `${label} is not in the expected format.`;
    // A whole sentence ("ZIP code must be five digits") stands alone; a rule ("must be five digits")
    // completes the label, as the API's messages do; a hint ("like 31-9092") follows it.
    if (/^[A-Z]/.test(words)) return `${words.replace(/\.$/, '')}.`;
    return /^must\b/.test(words) ? `${label} ${words}.` : `${label}: ${words}.`;
  }
  if (errors['maxlength'])
    return `${label} is too long (at most ${(errors['maxlength'] as { requiredLength: number }).requiredLength} characters).`;
  if (errors['email']) return 'Enter an email address like name@example.org.';
  for (const value of Object.values(errors)) {
    if (typeof value === 'string') return value;
    if (value && typeof value === 'object' && 'message' in value) return String(value.message);
  }
  return `${label} is not valid.`;
}

@Component({
  selector: 'cs-field-errors',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `{{ message() }}`,
})
export class FieldErrorsComponent {
  readonly control = input.required<AbstractControl>();
  readonly label = input.required<string>();
  private readonly destroyRef = inject(DestroyRef);
  private readonly errors = signal<ValidationErrors | null>(null);
  protected readonly message = computed(() => errorMessage(this.errors(), this.label()));

  ngOnInit(): void {
    const control = this.control();
    control.statusChanges
      .pipe(startWith(control.status), takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.errors.set(control.errors));
  }
}
