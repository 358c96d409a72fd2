import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { Router } from '@angular/router';
import { PASSWORD_MIN_LENGTH, type UserRecord } from '@careerscope/shared';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { SIGN_IN_PATH } from '../core/auth/sign-in-url';
import { Notifier } from '../core/ui/notifier';
import { FieldErrorsComponent } from '../records/field-errors.component';
import { RecordEditorShellComponent } from '../records/record-editor-shell.component';
import { createRecordEditor } from '../records/record-editor';
import { RecordFieldsComponent } from '../records/record-fields.component';
import { SERVER_ERROR, buildRecordForm } from '../records/record-form';
import type { HasUnsavedChanges } from '../records/unsaved-changes.guard';
import { UserAccessComponent } from './user-access.component';
import { USERS } from './users.feature';

/**
 * A user account: name, email, role, status; a first password when creating, a new one later; and
 * their sign-in state with unlock, reset two-step sign-in and delete.
 */
@Component({
  selector: 'cs-user-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    FieldErrorsComponent,
    RecordEditorShellComponent,
    RecordFieldsComponent,
    UserAccessComponent,
  ],
  template: `
    <cs-record-editor-shell [editor]="editor" [deletable]="false">
      <cs-record-fields [form]="editor.form" [fields]="fields" [hidden]="hidden()" />
    </cs-record-editor-shell>
    @if (editor.record(); as user) {
      <section class="password" aria-labelledby="password-title">
        <h2 id="password-title">Set a new password</h2>
        <p>The user’s sessions end; tell them the new password another way.</p>
        <form (submit)="$event.preventDefault(); setPassword(user)" class="password__form">
          <mat-form-field appearance="outline">
            <mat-label>New password</mat-label>
            <input matInput type="password" autocomplete="new-password" [formControl]="password" />
            <mat-error><cs-field-errors [control]="password" label="New password" /></mat-error>
          </mat-form-field>
          <button mat-stroked-button type="submit" [disabled]="settingPassword()">Set password</button>
        </form>
      </section>
      <cs-user-access [user]="user" (changed)="editor.load(user.id)" (deleted)="leave($event)" />
    }
  `,
  styles: `
    .password {
      max-width: 1100px;
      margin-top: 24px;
    }
    .password__form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: baseline;
    }
  `,
})
export class UserPage implements OnInit, HasUnsavedChanges {
  readonly id = input<string>();

  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);
  private readonly router = inject(Router);
  private readonly session = inject(SessionStore);
  protected readonly fields = USERS.fields;
  protected readonly editor = createRecordEditor(USERS, buildRecordForm(USERS.fields, USERS.defaults()));
  protected readonly hidden = computed<string[]>(() => (this.editor.isNew() ? ['status'] : ['password']));
  protected readonly password = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
  });
  protected readonly settingPassword = signal(false);

  ngOnInit(): void {
    const id = this.id();
    if (id) {
      this.editor.load(id);
    } else {
      this.editor.form.controls.password.addValidators([
        Validators.required,
        Validators.minLength(PASSWORD_MIN_LENGTH),
      ]);
      this.editor.startNew();
    }
  }

  protected setPassword(user: UserRecord): void {
    if (this.password.invalid) {
      this.password.markAsTouched();
      return;
    }
    this.settingPassword.set(true);
    this.api.resetUserPassword(user.id, { version: user.version, password: this.password.value }).subscribe({
      next: () => {
        this.settingPassword.set(false);
        this.password.reset();
        this.notifier.success(`Set a new password for ${user.email}.`);
        this.editor.load(user.id);
      },
      error: (error: unknown) => {
        this.settingPassword.set(false);
        if (error instanceof ApiError && error.fields.length > 0) {
          this.password.setErrors({ [SERVER_ERROR]: error.fields.map((f) => f.message).join(' ') });
          this.password.markAsTouched();
        } else {
          this.notifier.error(error);
        }
      },
    });
  }

  /** After a delete: back to the list, or to sign-in when the admin deleted their own account. */
  protected leave(user: UserRecord): void {
    this.editor.setJustSaved();
    if (this.session.user()?.id === user.id) {
      this.session.signOut().subscribe(() => void this.router.navigateByUrl(SIGN_IN_PATH));
    } else {
      void this.router.navigate(['/', USERS.path]);
    }
  }

  hasUnsavedChanges(): boolean {
    return this.editor.hasUnsavedChanges();
  }
}
