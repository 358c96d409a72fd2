import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@careerscope/shared';
import { finalize } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { Notifier } from '../core/ui/notifier';
import { FieldErrorsComponent } from '../records/field-errors.component';
import { applyServerErrors } from '../records/record-form';
import { TwoFactorComponent } from './two-factor.component';

const sameAsNew = (control: AbstractControl): ValidationErrors | null => {
  const form = control.parent as FormGroup | null;
  const next = form?.get('newPassword')?.value as string | undefined;
  return next !== undefined && control.value !== next
    ? { mismatch: { message: 'The two new passwords differ.' } }
    : null;
};

/** The signed-in user's own account: change the password, turn two-step sign-in on or off. */
@Component({
  selector: 'cs-account-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorsComponent,
    TwoFactorComponent,
  ],
  template: `
    <h1>Your account</h1>
    @if (user(); as user) {
      <p>
        {{ user.name }} · {{ user.email }} · {{ user.role
        }}{{ user.twoFactorEnabled ? ' · two-step sign-in on' : '' }}
      </p>
    }
    <section aria-labelledby="password-title">
      <h2 id="password-title">Change your password</h2>
      <form [formGroup]="form" (ngSubmit)="submit()" novalidate class="account__form">
        <div role="alert" data-testid="password-error">
          @if (error(); as message) {
            <p class="account__error">{{ message }}</p>
          }
        </div>
        <mat-form-field appearance="outline">
          <mat-label>Current password</mat-label>
          <input
            matInput
            type="password"
            formControlName="currentPassword"
            autocomplete="current-password"
            required
          />
          <mat-error
            ><cs-field-errors [control]="form.controls.currentPassword" label="Current password"
          /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>New password</mat-label>
          <input
            matInput
            type="password"
            formControlName="newPassword"
            autocomplete="new-password"
            required
          />
          <mat-hint>At least {{ minLength }} characters; a passphrase is easiest.</mat-hint>
          <mat-error
            ><cs-field-errors [control]="form.controls.newPassword" label="New password"
          /></mat-error>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>New password again</mat-label>
          <input matInput type="password" formControlName="repeat" autocomplete="new-password" required />
          <mat-error
            ><cs-field-errors [control]="form.controls.repeat" label="New password again"
          /></mat-error>
        </mat-form-field>
        <button mat-flat-button type="submit" [disabled]="saving()">Change password</button>
      </form>
    </section>
    <cs-two-factor />
  `,
  styles: `
    h1 {
      font: var(--mat-sys-headline-small);
    }
    .account__form {
      display: flex;
      flex-direction: column;
      max-width: 420px;
      gap: 4px;
    }
    .account__error {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class AccountPage {
  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  protected readonly user = inject(SessionStore).user;
  protected readonly minLength = PASSWORD_MIN_LENGTH;
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly form = new FormGroup({
    currentPassword: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    newPassword: new FormControl('', {
      nonNullable: true,
      validators: [
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
        Validators.maxLength(PASSWORD_MAX_LENGTH),
      ],
    }),
    repeat: new FormControl('', { nonNullable: true, validators: [Validators.required, sameAsNew] }),
  });

  protected submit(): void {
    this.error.set(null);
    this.form.controls.repeat.updateValueAndValidity();
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { currentPassword, newPassword } = this.form.getRawValue();
    this.saving.set(true);
    this.api
      .changePassword({ currentPassword, newPassword })
      .pipe(finalize(() => this.saving.set(false)))
      .subscribe({
        next: () => {
          this.form.reset();
          this.notifier.success('Your password is changed.');
        },
        error: (error: unknown) => {
          if (error instanceof ApiError) {
            const unplaced = applyServerErrors(this.form, error);
            this.error.set([error.message, ...unplaced].join(' '));
          } else {
            this.notifier.error(error);
          }
        },
      });
  }
}
