import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import type { ActivatedRouteSnapshot, RouterStateSnapshot } from '@angular/router';
import { Observable, firstValueFrom, of } from 'rxjs';

import { unsavedChangesGuard, type HasUnsavedChanges } from './unsaved-changes.guard';

describe('unsavedChangesGuard', () => {
  const run = (component: HasUnsavedChanges) =>
    TestBed.runInInjectionContext(() =>
      unsavedChangesGuard(
        component,
        {} as ActivatedRouteSnapshot,
        {} as RouterStateSnapshot,
        {} as RouterStateSnapshot,
      ),
    );

  it('lets the user leave a page without unsaved changes', () => {
    expect(run({ hasUnsavedChanges: () => false })).toBe(true);
  });

  it.each([
    [true, true],
    [false, false],
  ])('asks first when there are unsaved changes (answer %p → leave %p)', async (answer, leaves) => {
    const open = jest.fn(() => ({ afterClosed: () => of(answer) }));
    TestBed.configureTestingModule({ providers: [{ provide: MatDialog, useValue: { open } }] });
    const result = run({ hasUnsavedChanges: () => true }) as Observable<boolean>;
    await expect(firstValueFrom(result)).resolves.toBe(leaves);
    expect(open).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ data: expect.objectContaining({ title: 'Leave without saving?' }) }),
    );
  });
});
