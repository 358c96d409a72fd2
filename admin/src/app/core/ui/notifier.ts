import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

import { ApiError } from '../api/api-error';

/** Toasts for the outcome of an action; screen readers hear them through the snack bar's live region. */
@Injectable({ providedIn: 'root' })
export class Notifier {
  private readonly snackBar = inject(MatSnackBar);

  success(message: string): void {
    this.snackBar.open(message, 'Dismiss', { duration: 5000, panelClass: 'cs-toast-success' });
  }

  error(error: unknown, fallback = 'Something went wrong. Try again.'): void {
    const message = error instanceof ApiError ? error.message : typeof error === 'string' ? error : fallback;
    this.snackBar.open(message, 'Dismiss', {
      duration: 10000,
      panelClass: 'cs-toast-error',
      politeness: 'assertive',
    });
  }
}
