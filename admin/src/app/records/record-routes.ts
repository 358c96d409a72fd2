import type { Type } from '@angular/core';
import type { Routes } from '@angular/router';

import type { RecordFeature } from './record-feature';
import { unsavedChangesGuard } from './unsaved-changes.guard';

const title = (page: string): string => `${page} · Careerscope admin`;

/**
 * The four routes of a record type: list, new, edit, history. A type with custom widgets passes its
 * own edit page; the others use the generic one driven by the feature's fields.
 */
export function recordRoutes(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  feature: RecordFeature<any, any>,
  editPage?: () => Promise<Type<unknown>>,
): Routes {
  const edit = editPage ?? (() => import('./record-edit.page').then((m) => m.RecordEditPage));
  const data = { feature };
  const capitalised = feature.singular.charAt(0).toUpperCase() + feature.singular.slice(1);
  return [
    {
      path: '',
      data,
      title: title(feature.plural.charAt(0).toUpperCase() + feature.plural.slice(1)),
      runGuardsAndResolvers: 'always',
      loadComponent: () => import('./record-list.page').then((m) => m.RecordListPage),
    },
    {
      path: 'new',
      data,
      title: title(`New ${feature.singular}`),
      loadComponent: edit,
      canDeactivate: [unsavedChangesGuard],
    },
    {
      path: ':id/history',
      data,
      title: title(`${capitalised} history`),
      loadComponent: () => import('./record-history.page').then((m) => m.RecordHistoryPage),
    },
    {
      path: ':id',
      data,
      title: title(capitalised),
      loadComponent: edit,
      canDeactivate: [unsavedChangesGuard],
    },
  ];
}
