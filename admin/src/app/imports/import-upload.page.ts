import { HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router } from '@angular/router';
import type { ImportUploadFields } from '@careerscope/shared';
import { Subscription } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { FileDropComponent } from './file-drop.component';
import { ImportsNavComponent } from './imports-nav.component';

/** The API refuses larger files with 413; say so before sending 20 MB for nothing. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
/** Spreadsheets as BLS publishes them (old OEWS years are .xls) and O*NET's tab-separated .txt files. */
const ACCEPTED = /\.(xlsx|xls|csv|txt)$/i;
/** As the API checks it: "29.3". */
const RELEASE_PATTERN = /^\s*\d{1,2}\.\d{1,2}\s*$/;

type UploadState = { phase: 'idle' } | { phase: 'sending'; percent: number | null } | { phase: 'reading' };

/** `/imports/upload`: send a BLS, Projections Central or O*NET file for a preview; nothing is written until the preview is applied. */
@Component({
  selector: 'cs-import-upload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    FileDropComponent,
    ImportsNavComponent,
  ],
  templateUrl: './import-upload.page.html',
  styleUrl: './imports.scss',
})
export class ImportUploadPage {
  private readonly api = inject(AdminApiClient);
  private readonly router = inject(Router);
  private upload?: Subscription;

  protected readonly form = new FormGroup({
    periodYear: new FormControl('', {
      nonNullable: true,
      validators: [Validators.pattern(/^\s*(19|20)\d{2}\s*$/)],
    }),
    release: new FormControl('', { nonNullable: true, validators: [Validators.pattern(RELEASE_PATTERN)] }),
  });
  protected readonly file = signal<File | null>(null);
  protected readonly fileErrors = signal<readonly string[]>([]);
  protected readonly yearErrors = signal<readonly string[]>([]);
  protected readonly releaseErrors = signal<readonly string[]>([]);
  /** A failure that concerns no field (network, session, server). */
  protected readonly formError = signal<string | null>(null);
  protected readonly state = signal<UploadState>({ phase: 'idle' });
  protected readonly busy = computed(() => this.state().phase !== 'idle');
  /** Percent sent, or null while the browser cannot tell. */
  protected readonly sendingPercent = computed(() => {
    const state = this.state();
    return state.phase === 'sending' ? state.percent : null;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.upload?.unsubscribe());
  }

  protected onFile(file: File): void {
    this.file.set(file);
    this.formError.set(null);
    this.fileErrors.set(this.checkFile(file));
  }

  protected submit(): void {
    this.form.markAllAsTouched();
    const file = this.file();
    if (!file) {
      this.fileErrors.set(['Choose a file to upload.']);
      return;
    }
    const problems = this.checkFile(file);
    this.fileErrors.set(problems);
    if (problems.length > 0 || this.form.invalid) return;

    const year = this.form.controls.periodYear.value.trim();
    const release = this.form.controls.release.value.trim();
    const fields: ImportUploadFields = {
      ...(year ? { periodYear: Number(year) } : {}),
      ...(release ? { release } : {}),
    };
    this.yearErrors.set([]);
    this.releaseErrors.set([]);
    this.formError.set(null);
    this.state.set({ phase: 'sending', percent: 0 });
    this.upload = this.api.uploadImport(file, fields).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const percent = event.total ? Math.round((100 * event.loaded) / event.total) : null;
          this.state.set(percent === 100 ? { phase: 'reading' } : { phase: 'sending', percent });
        } else if (event.type === HttpEventType.Response && event.body) {
          this.state.set({ phase: 'idle' });
          void this.router.navigate(['/imports', event.body.id]);
        }
      },
      error: (error: unknown) => this.showError(error),
    });
  }

  protected cancel(): void {
    this.upload?.unsubscribe();
    this.state.set({ phase: 'idle' });
  }

  private checkFile(file: File): string[] {
    const problems: string[] = [];
    if (!ACCEPTED.test(file.name)) {
      problems.push(
        `“${file.name}” is not an .xlsx, .xls, .csv or .txt file. Upload the file as BLS or O*NET publishes it.`,
      );
    }
    if (file.size > MAX_IMPORT_BYTES) {
      problems.push('The file is larger than 20 MB, the most the server accepts.');
    }
    return problems;
  }

  private showError(error: unknown): void {
    this.state.set({ phase: 'idle' });
    if (!(error instanceof ApiError)) {
      this.formError.set('The upload failed. Try again.');
      return;
    }
    const onFile = error.messagesFor('file');
    const onYear = error.messagesFor('periodYear');
    const onRelease = error.messagesFor('release');
    this.yearErrors.set(onYear);
    this.releaseErrors.set(onRelease);
    const onOtherField = onYear.length + onRelease.length > 0;
    if (error.status === 429) {
      const wait = error.retryAfterSeconds;
      this.formError.set(
        `Too many uploads in a short time. Wait ${wait ? `${wait} ${wait === 1 ? 'second' : 'seconds'}` : 'a minute'}, then upload again.`,
      );
    } else if (error.status === 413) {
      this.fileErrors.set([
        error.fromApi ? error.message : 'The file is larger than 20 MB, the most the server accepts.',
      ]);
    } else if (onFile.length > 0) {
      // The field message may be shorter than the overall one (which names the row and column): show both.
      this.fileErrors.set(onFile.includes(error.message) ? onFile : [error.message, ...onFile]);
    } else if (!onOtherField && error.status === 400) {
      this.fileErrors.set([error.message]);
    } else if (!onOtherField) {
      this.formError.set(error.message);
    }
  }
}
