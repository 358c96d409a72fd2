import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import type { UserRecord } from '@careerscope/shared';
import { Observable, filter, finalize, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { type ConfirmData, confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';

/**
 * A user's sign-in state (lockout, two-step sign-in) and what an admin can do about it: unlock,
 * reset two-step sign-in, delete. Each asks first, names the user, and sends the version the page
 * shows; the page reloads the user after a change and leaves after a delete.
 */
@Component({
  selector: 'cs-user-access',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, MatButtonModule],
  template: `
    @let u = user();
    <section class="access" aria-labelledby="access-title">
      <h2 id="access-title">Sign-in and access</h2>
      <dl class="access__facts">
        <dt>Lockout</dt>
        <dd data-testid="lock-state">
          @if (u.lockedUntil) {
            <strong>Locked</strong> after too many failed sign-ins, until
            {{ u.lockedUntil | date: 'medium' }}
          } @else {
            Not locked
          }
        </dd>
        <dt>Two-step sign-in</dt>
        <dd data-testid="user-two-factor-state">{{ u.twoFactorEnabled ? 'On' : 'Off' }}</dd>
      </dl>
      <div role="alert" data-testid="access-error">
        @if (error(); as message) {
          <p class="access__error">{{ message }}</p>
        }
      </div>
      <div class="access__actions">
        @if (u.lockedUntil) {
          <button mat-stroked-button type="button" (click)="unlock()" [disabled]="busy()">Unlock</button>
        }
        @if (u.twoFactorEnabled) {
          <button mat-stroked-button type="button" (click)="resetTwoFactor()" [disabled]="busy()">
            Reset two-step sign-in
          </button>
        }
        <button
          mat-stroked-button
          type="button"
          class="cs-danger-text"
          (click)="remove()"
          [disabled]="busy()"
        >
          Delete user
        </button>
      </div>
    </section>
  `,
  styles: `
    .access {
      max-width: 1100px;
      margin-top: 24px;
    }
    .access__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    .access__facts dt {
      color: var(--mat-sys-on-surface-variant);
    }
    .access__facts dd {
      margin: 0;
    }
    .access__error {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .access__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class UserAccessComponent {
  readonly user = input.required<UserRecord>();
  /** The user changed on the server (or someone else changed them first): load them again. */
  readonly changed = output<void>();
  readonly deleted = output<UserRecord>();

  private readonly api = inject(AdminApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly session = inject(SessionStore);

  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  private readonly isSelf = computed(() => this.session.user()?.id === this.user().id);
  private readonly who = computed(() => `${this.user().name} <${this.user().email}>`);

  protected unlock(): void {
    const user = this.user();
    this.run(
      {
        title: `Unlock ${user.name}?`,
        message: `${this.who()} can sign in again at once instead of waiting until the lockout ends. Their count of failed sign-ins starts again from zero.`,
        confirmLabel: 'Unlock',
      },
      () => this.api.unlockUser(user.id, { version: user.version }),
      () => {
        this.notifier.success(`Unlocked ${user.email}.`);
        this.changed.emit();
      },
    );
  }

  protected resetTwoFactor(): void {
    const user = this.user();
    this.run(
      {
        title: `Reset two-step sign-in for ${user.name}?`,
        message: `${this.who()} signs in with the password alone until they set up two-step sign-in again; their authenticator app stops working for Careerscope. Every session of theirs ends${
          this.isSelf() ? ', including this one' : ''
        }. Do this when they have lost their phone.`,
        confirmLabel: 'Reset two-step sign-in',
        danger: true,
      },
      () => this.api.resetUserTwoFactor(user.id, { version: user.version }),
      () => {
        this.notifier.success(`Reset two-step sign-in for ${user.email}.`);
        this.changed.emit();
      },
    );
  }

  protected remove(): void {
    const user = this.user();
    this.run(
      {
        title: `Delete ${user.name}?`,
        message: `${this.who()} can no longer sign in, and this cannot be undone. What they published and changed stays in the history, without their name.${
          this.isSelf() ? ' This is your own account: you will be signed out.' : ''
        }`,
        confirmLabel: 'Delete user',
        danger: true,
      },
      () => this.api.deleteUser(user.id, user.version),
      () => {
        this.notifier.success(`Deleted user ${user.email}.`);
        this.deleted.emit(user);
      },
    );
  }

  /** Confirm, call, then report: the API's words on failure (e.g. the last active admin stays). */
  private run(confirm: ConfirmData, call: () => Observable<unknown>, done: () => void): void {
    if (this.busy()) return;
    this.error.set(null);
    confirmAction(this.dialog, confirm)
      .pipe(
        filter(Boolean),
        switchMap(() => {
          this.busy.set(true);
          return call().pipe(finalize(() => this.busy.set(false)));
        }),
      )
      .subscribe({
        next: done,
        error: (error: unknown) => {
          if (error instanceof ApiError && error.isConflict) {
            this.error.set('Someone changed this user meanwhile; it is reloaded. Check it and try again.');
            this.changed.emit();
          } else {
            this.error.set(error instanceof ApiError ? error.message : 'Something went wrong. Try again.');
          }
        },
      });
  }
}
