import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { Router } from '@angular/router';
import { AUTH_ERROR_CODES } from '@careerscope/shared';
import { finalize } from 'rxjs';

import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { safeReturnUrl } from '../core/auth/sign-in-url';

/** The error key a control carries while the server's complaint about it stands. */
const SERVER_ERROR = 'server';

type SignInForm = FormGroup<{
  email: FormControl<string>;
  password: FormControl<string>;
  totp: FormControl<string>;
}>;

@Component({
  selector: 'cs-sign-in-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
  ],
  templateUrl: './sign-in.page.html',
  styleUrl: './sign-in.page.scss',
})
export class SignInPage {
  /** `?returnUrl=` — where the user was going; bound by the router. */
  readonly returnUrl = input<string | undefined>();

  private readonly session = inject(SessionStore);
  private readonly router = inject(Router);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');

  protected readonly serverErrorKey = SERVER_ERROR;
  protected readonly form: SignInForm = new FormGroup({
    email: new FormControl('', { nonNullable: true, validators: [Validators.required, Validators.email] }),
    password: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    totp: new FormControl('', { nonNullable: true, validators: [Validators.pattern(/^\s*\d{6}\s*$/)] }),
  });
  /** The API asked for the second factor: the code field shows and is required. */
  protected readonly totpRequired = signal(false);
  private readonly totpInput = viewChild<ElementRef<HTMLInputElement>>('totpInput');
  protected readonly submitting = signal(false);
  protected readonly generalError = signal<string | null>(null);

  constructor() {
    afterNextRender(() => this.emailInput().nativeElement.focus());
  }

  protected submit(): void {
    if (this.submitting()) {
      return;
    }
    this.generalError.set(null);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.focusFirstInvalidField();
      return;
    }
    this.submitting.set(true);
    const { email, password, totp } = this.form.getRawValue();
    this.session
      .signIn(this.totpRequired() ? { email, password, totp: totp.trim() } : { email, password })
      .pipe(finalize(() => this.submitting.set(false)))
      .subscribe({
        next: () => void this.router.navigateByUrl(safeReturnUrl(this.returnUrl())),
        error: (error: unknown) => this.showError(error),
      });
  }

  private showError(error: unknown): void {
    if (!(error instanceof ApiError)) {
      this.generalError.set('Something went wrong. Try again.');
      return;
    }
    if (error.code === AUTH_ERROR_CODES.totpRequired) {
      const asked = this.totpRequired();
      this.totpRequired.set(true);
      this.form.controls.totp.addValidators(Validators.required);
      this.form.controls.totp.updateValueAndValidity();
      if (asked) {
        const unplaced = this.placeFieldErrors(error);
        this.generalError.set(
          unplaced.length ? unplaced.join(' ') : 'That code did not work. Enter the current code.',
        );
      } else {
        this.generalError.set('Enter the six-digit code from your authenticator app.');
      }
      setTimeout(() => this.totpInput()?.nativeElement.focus());
      return;
    }
    const unplaced = this.placeFieldErrors(error);
    if (error.fields.length > 0 && unplaced.length === 0) {
      this.generalError.set(error.message || 'Check the highlighted fields.');
      this.focusFirstInvalidField();
      return;
    }
    this.generalError.set([messageFor(error), ...unplaced].join(' '));
  }

  /** Shows each server field error beside its field; returns the messages for fields this form lacks. */
  private placeFieldErrors(error: ApiError): string[] {
    const unplaced: string[] = [];
    for (const { field, message } of error.fields) {
      const control =
        field === 'email' || field === 'password' || field === 'totp' ? this.form.controls[field] : null;
      if (control) {
        control.setErrors({ ...control.errors, [SERVER_ERROR]: message });
        control.markAsTouched();
      } else {
        unplaced.push(message);
      }
    }
    return unplaced;
  }

  private focusFirstInvalidField(): void {
    this.host.nativeElement.querySelector<HTMLElement>('input.ng-invalid')?.focus();
  }
}

function messageFor(error: ApiError): string {
  if (error.status === 429 && error.retryAfterSeconds !== null) {
    // The same words whether this address or this email has tried too often.
    const seconds = Math.max(1, error.retryAfterSeconds);
    return `Too many attempts. Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
  }
  if (error.fromApi) {
    // 401 wrong credentials, 429 without a wait given: the API's words.
    return error.message;
  }
  switch (error.status) {
    case 401:
      return 'Email or password is incorrect.';
    case 429:
      return 'Too many attempts. Wait a moment and try again.';
    default:
      return error.message;
  }
}
