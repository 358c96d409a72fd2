import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';

import { confirmAction } from '../core/ui/confirm-dialog.component';

/** A page that can hold edits the user has not saved yet. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved edits (the browser's own prompt covers closing the tab). */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) => {
  if (!component?.hasUnsavedChanges()) return true;
  return confirmAction(inject(MatDialog), {
    title: 'Leave without saving?',
    message: 'Your changes on this page have not been saved. If you leave now they are lost.',
    confirmLabel: 'Leave and discard',
    cancelLabel: 'Stay on this page',
    danger: true,
  });
};
