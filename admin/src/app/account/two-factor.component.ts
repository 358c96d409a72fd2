import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal } from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { PASSWORD_MAX_LENGTH, type SessionUser, type TotpSetupResponse } from '@careerscope/shared';
import { filter, finalize, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { FieldErrorsComponent } from '../records/field-errors.component';
import { applyServerErrors } from '../records/record-form';

/** What the section shows: the state, a set-up in progress, or the form that turns it off. */
type Step = 'idle' | 'enrolling' | 'disabling';

/** Six digits, as apps show them (some with a space in the middle). */
const sixDigits = (control: AbstractControl<string>): ValidationErrors | null =>
  control.value === '' || /^\s*\d{3}\s?\d{3}\s*$/.test(control.value)
    ? null
    : { sixDigits: { message: 'Enter the six digits the app shows.' } };

/** `JBSWY3DPEHPK3PXP` → `JBSW Y3DP EHPK 3PXP`: easier to read out and type in by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Two-step sign-in (TOTP) for the signed-in user: turn it on with an authenticator app (QR code or
 * the key typed in, then the first code), or off again with the password. The session store learns
 * the outcome, so the rest of the app (and the guard keeping an admin to set it up) follows at once.
 */
@Component({
  selector: 'cs-two-factor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, FieldErrorsComponent],
  template: `
    <section aria-labelledby="two-factor-title" class="two-factor">
      <h2 id="two-factor-title" tabindex="-1">Two-step sign-in</h2>
      @if (user(); as user) {
        @if (user.twoFactorRequired) {
          <p class="two-factor__required" role="note" data-testid="two-factor-required">
            Admins must use two-step sign-in on this site. Turn it on to use the rest of the admin.
          </p>
        }
        <p data-testid="two-factor-state">
          @if (user.twoFactorEnabled) {
            <strong>On.</strong> Signing in asks for your password and a six-digit code from your
            authenticator app.
          } @else {
            <strong>Off.</strong> Signing in asks only for your password. Turn two-step sign-in on to also ask
            for a code from an authenticator app on your phone, so a stolen password is not enough.
          }
        </p>

        <div role="alert" data-testid="two-factor-error">
          @if (error(); as message) {
            <p class="two-factor__error">{{ message }}</p>
          }
        </div>

        @switch (step()) {
          @case ('idle') {
            @if (user.twoFactorEnabled) {
              <button mat-stroked-button type="button" (click)="startDisable()">Turn off</button>
            } @else {
              <button mat-flat-button type="button" (click)="startSetup()" [disabled]="busy()">
                {{ busy() ? 'Starting…' : 'Turn on' }}
              </button>
            }
          }
          @case ('enrolling') {
            @if (setup(); as setup) {
              <ol class="two-factor__steps">
                <li>
                  <p>
                    Open an authenticator app (for example Google Authenticator, Microsoft Authenticator or
                    1Password) and scan this QR code:
                  </p>
                  <img
                    class="two-factor__qr"
                    [src]="setup.qrCodeDataUrl"
                    width="200"
                    height="200"
                    alt="QR code that adds your Careerscope account to an authenticator app"
                  />
                </li>
                <li>
                  <p id="secret-label">Or, if you cannot scan it, type in this key:</p>
                  <p class="two-factor__secret">
                    <code data-testid="totp-secret" aria-labelledby="secret-label">{{
                      groupedSecret()
                    }}</code>
                    <button mat-button type="button" (click)="copySecret(setup.secret)">Copy key</button>
                  </p>
                </li>
                <li>
                  <form [formGroup]="confirmForm" (ngSubmit)="confirm()" novalidate class="two-factor__form">
                    <mat-form-field appearance="outline">
                      <mat-label>Six-digit code from the app</mat-label>
                      <input
                        matInput
                        formControlName="code"
                        inputmode="numeric"
                        autocomplete="one-time-code"
                        maxlength="7"
                        required
                      />
                      <mat-error
                        ><cs-field-errors [control]="confirmForm.controls.code" label="Code"
                      /></mat-error>
                    </mat-form-field>
                    <div class="two-factor__actions">
                      <button mat-flat-button type="submit" [disabled]="busy()">
                        {{ busy() ? 'Checking…' : 'Confirm and turn on' }}
                      </button>
                      <button mat-button type="button" (click)="cancel()">Cancel</button>
                    </div>
                  </form>
                </li>
              </ol>
            }
          }
          @case ('disabling') {
            <form [formGroup]="disableForm" (ngSubmit)="disable()" novalidate class="two-factor__form">
              <p>Enter your password to turn two-step sign-in off.</p>
              <mat-form-field appearance="outline">
                <mat-label>Your password</mat-label>
                <input
                  matInput
                  type="password"
                  formControlName="password"
                  autocomplete="current-password"
                  required
                />
                <mat-error
                  ><cs-field-errors [control]="disableForm.controls.password" label="Your password"
                /></mat-error>
              </mat-form-field>
              <div class="two-factor__actions">
                <button mat-flat-button type="submit" class="cs-danger" [disabled]="busy()">
                  {{ busy() ? 'Turning off…' : 'Turn off two-step sign-in' }}
                </button>
                <button mat-button type="button" (click)="cancel()">Cancel</button>
              </div>
            </form>
          }
        }
      }
    </section>
  `,
  styles: `
    .two-factor {
      max-width: 640px;
      margin-top: 32px;
    }
    .two-factor__required {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .two-factor__error {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .two-factor__steps {
      padding-left: 20px;
    }
    .two-factor__steps > li {
      margin-bottom: 16px;
    }
    .two-factor__qr {
      display: block;
      background: #fff;
      border-radius: 4px;
    }
    .two-factor__secret {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .two-factor__secret code {
      padding: 4px 8px;
      border-radius: 4px;
      background: var(--mat-sys-surface-container-high);
      font-size: 1.1em;
      letter-spacing: 0.05em;
      word-spacing: 0.3em;
    }
    .two-factor__form {
      display: flex;
      flex-direction: column;
      max-width: 420px;
      gap: 4px;
    }
    .two-factor__actions {
      display: flex;
      gap: 8px;
    }
  `,
})
export class TwoFactorComponent {
  private readonly api = inject(AdminApiClient);
  private readonly session = inject(SessionStore);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly clipboard = inject(Clipboard);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly user = this.session.user;
  protected readonly step = signal<Step>('idle');
  protected readonly setup = signal<TotpSetupResponse | null>(null);
  protected readonly groupedSecret = computed(() => groupSecret(this.setup()?.secret ?? ''));
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly confirmForm = new FormGroup({
    code: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, sixDigits],
    }),
  });
  protected readonly disableForm = new FormGroup({
    password: new FormControl('', {
      nonNullable: true,
      validators: [Validators.required, Validators.maxLength(PASSWORD_MAX_LENGTH)],
    }),
  });

  protected startSetup(): void {
    this.error.set(null);
    this.busy.set(true);
    this.api
      .setUpTotp()
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (setup) => {
          this.setup.set(setup);
          this.confirmForm.reset();
          this.step.set('enrolling');
          this.focus('input[formControlName="code"]');
        },
        error: (error: unknown) => this.fail(error),
      });
  }

  protected copySecret(secret: string): void {
    if (this.clipboard.copy(secret)) {
      this.notifier.success('Key copied.');
    } else {
      this.notifier.error('The key could not be copied; select it and copy it yourself.');
    }
  }

  protected confirm(): void {
    if (this.busy()) return;
    this.error.set(null);
    if (this.confirmForm.invalid) {
      this.confirmForm.markAllAsTouched();
      this.focus('input[formControlName="code"]');
      return;
    }
    const code = this.confirmForm.controls.code.value.replace(/\s/g, '');
    this.busy.set(true);
    this.api
      .confirmTotp({ code })
      .pipe(finalize(() => this.busy.set(false)))
      .subscribe({
        next: (user) =>
          this.done(user, 'Two-step sign-in is on. From now on, signing in asks for a code from your app.'),
        error: (error: unknown) => {
          this.fail(error, this.confirmForm);
          this.focus('input[formControlName="code"]');
        },
      });
  }

  protected startDisable(): void {
    this.error.set(null);
    this.disableForm.reset();
    this.step.set('disabling');
    this.focus('input[formControlName="password"]');
  }

  protected disable(): void {
    if (this.busy()) return;
    this.error.set(null);
    if (this.disableForm.invalid) {
      this.disableForm.markAllAsTouched();
      this.focus('input[formControlName="password"]');
      return;
    }
    const { password } = this.disableForm.getRawValue();
    confirmAction(this.dialog, {
      title: 'Turn off two-step sign-in?',
      message:
        'Signing in will ask only for your password. You can turn it on again at any time, with a new key for your app.',
      confirmLabel: 'Turn off',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return this.api.disableTotp({ password }).pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: (user) => this.done(user, 'Two-step sign-in is off. Signing in asks only for your password.'),
        error: (error: unknown) => {
          this.fail(error, this.disableForm);
          if (error instanceof ApiError && error.fields.length > 0) {
            this.focus('input[formControlName="password"]');
          }
        },
      });
  }

  protected cancel(): void {
    this.error.set(null);
    this.setup.set(null);
    this.step.set('idle');
    this.focus('#two-factor-title');
  }

  private done(user: SessionUser, message: string): void {
    this.session.update(user);
    this.setup.set(null);
    this.step.set('idle');
    this.notifier.success(message);
    this.focus('#two-factor-title');
  }

  /**
   * A field error goes beside its field (focus moves there, so it is read out); anything else, such
   * as "Admins must keep two-step sign-in on", is the API's words above the form.
   */
  private fail(error: unknown, form?: FormGroup): void {
    if (!(error instanceof ApiError)) {
      this.notifier.error(error);
      return;
    }
    const unplaced = form ? applyServerErrors(form, error) : [];
    const placed = error.fields.length - unplaced.length;
    this.error.set((placed > 0 ? unplaced : [error.message, ...unplaced]).join(' ') || null);
  }

  /** After the view changed, so the element exists. */
  private focus(selector: string): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus());
  }
}
