import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  DETAILED_SOC_CODE_PATTERN,
  SOC_MAJOR_GROUP_PATTERN,
  type CatalogueScope,
  type CatalogueScopeView,
} from '@careerscope/shared';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { SessionStore } from '../core/auth/session.store';
import { Notifier } from '../core/ui/notifier';
import { ImportsNavComponent } from './imports-nav.component';

/** The SOC 2018 major groups, to name the two-digit codes. */
export const SOC_MAJOR_GROUPS: Readonly<Partial<Record<string, string>>> = {
  '11': 'Management',
  '13': 'Business and Financial Operations',
  '15': 'Computer and Mathematical',
  '17': 'Architecture and Engineering',
  '19': 'Life, Physical, and Social Science',
  '21': 'Community and Social Service',
  '23': 'Legal',
  '25': 'Educational Instruction and Library',
  '27': 'Arts, Design, Entertainment, Sports, and Media',
  '29': 'Healthcare Practitioners and Technical',
  '31': 'Healthcare Support',
  '33': 'Protective Service',
  '35': 'Food Preparation and Serving Related',
  '37': 'Building and Grounds Cleaning and Maintenance',
  '39': 'Personal Care and Service',
  '41': 'Sales and Related',
  '43': 'Office and Administrative Support',
  '45': 'Farming, Fishing, and Forestry',
  '47': 'Construction and Extraction',
  '49': 'Installation, Maintenance, and Repair',
  '51': 'Production',
  '53': 'Transportation and Material Moving',
  '55': 'Military Specific',
};

/** Codes as typed: separated by commas, spaces or lines; repeats dropped, order kept. */
export function parseCodes(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

interface Conflict {
  message: string;
  current: CatalogueScopeView;
}

/**
 * `/imports/scope`: which SOC codes belong to the catalogue. Imports offer every in-scope code that
 * has no occupation yet as a new occupation. Admins change it; editors read it.
 */
@Component({
  selector: 'cs-catalogue-scope-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ImportsNavComponent,
  ],
  templateUrl: './catalogue-scope.page.html',
  styleUrl: './imports.scss',
})
export class CatalogueScopePage {
  private readonly api = inject(AdminApiClient);
  private readonly notifier = inject(Notifier);

  protected readonly canEdit = inject(SessionStore).hasRole('admin');
  protected readonly groupNames = SOC_MAJOR_GROUPS;
  protected readonly scope = signal<CatalogueScopeView | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly conflict = signal<Conflict | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly serverErrors = signal<Partial<Record<keyof CatalogueScope, string[]>>>({});

  protected readonly groupsText = signal('');
  protected readonly codesText = signal('');
  /** Set once the user tried to save: the field checks speak up from then on. */
  protected readonly submitted = signal(false);

  protected readonly groupErrors = computed(() => {
    const bad = parseCodes(this.groupsText()).filter((code) => !SOC_MAJOR_GROUP_PATTERN.test(code));
    return [
      ...(bad.length > 0
        ? [`Not a major group: ${bad.join(', ')}. A major group is two digits, such as 29.`]
        : []),
      ...(this.serverErrors().majorGroups ?? []),
    ];
  });
  protected readonly codeErrors = computed(() => {
    const bad = parseCodes(this.codesText()).filter((code) => !DETAILED_SOC_CODE_PATTERN.test(code));
    return [
      ...(bad.length > 0
        ? [
            `Not an occupation code: ${bad.join(', ')}. Write detailed SOC codes such as 11-9111, not groups such as 11-0000.`,
          ]
        : []),
      ...(this.serverErrors().socCodes ?? []),
    ];
  });

  constructor() {
    this.api.catalogueScope().subscribe({
      next: (scope) => this.show(scope),
      error: (error: unknown) =>
        this.loadError.set(
          error instanceof ApiError ? error.message : 'The catalogue scope could not be loaded.',
        ),
    });
  }

  protected onGroups(text: string): void {
    this.groupsText.set(text);
    this.serverErrors.update((errors) => ({ ...errors, majorGroups: [] }));
  }

  protected onCodes(text: string): void {
    this.codesText.set(text);
    this.serverErrors.update((errors) => ({ ...errors, socCodes: [] }));
  }

  protected save(): void {
    const scope = this.scope();
    if (!scope) return;
    this.submitted.set(true);
    if (this.groupErrors().length > 0 || this.codeErrors().length > 0) return;
    this.saving.set(true);
    this.formError.set(null);
    this.conflict.set(null);
    this.api
      .updateCatalogueScope({
        majorGroups: parseCodes(this.groupsText()),
        socCodes: parseCodes(this.codesText()),
        version: scope.version,
      })
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          this.show(saved);
          this.notifier.success('Catalogue scope saved. The next previews offer its new occupations.');
        },
        error: (error: unknown) => this.showError(error),
      });
  }

  /** After a conflict: start again from what is stored now (the user's edits are dropped). */
  protected useCurrent(): void {
    const conflict = this.conflict();
    if (conflict) this.show(conflict.current);
  }

  private show(scope: CatalogueScopeView): void {
    this.scope.set(scope);
    this.groupsText.set(scope.majorGroups.join(', '));
    this.codesText.set(scope.socCodes.join('\n'));
    this.serverErrors.set({});
    this.conflict.set(null);
    this.submitted.set(false);
  }

  private showError(error: unknown): void {
    this.saving.set(false);
    if (!(error instanceof ApiError)) {
      this.formError.set('The scope was not saved. Try again.');
      return;
    }
    if (error.isConflict) {
      this.conflict.set({ message: error.message, current: error.current as CatalogueScopeView });
      return;
    }
    const on = (field: keyof CatalogueScope) =>
      error.fields.filter((f) => f.field === field || f.field.startsWith(`${field}.`)).map((f) => f.message);
    const majorGroups = on('majorGroups');
    const socCodes = on('socCodes');
    this.serverErrors.set({ majorGroups, socCodes });
    if (majorGroups.length + socCodes.length === 0) this.formError.set(error.message);
  }
}
