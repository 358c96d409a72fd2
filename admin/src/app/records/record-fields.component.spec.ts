import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ErrorStateMatcher } from '@angular/material/core';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';

import { provideApi } from '../core/api/provide-api';
import { AsYouTypeErrorStateMatcher } from '../core/ui/error-state';
import type { FieldDef } from './record-feature';
import { RecordFieldsComponent } from './record-fields.component';
import { buildRecordForm } from './record-form';

interface Thing {
  name: string;
  count: number | null;
}

const FIELDS: FieldDef<Thing>[] = [
  { key: 'name', label: 'Name', kind: 'text', required: true },
  { key: 'count', label: 'Count', kind: 'number', min: 1 },
];

@Component({
  imports: [RecordFieldsComponent],
  template: `<cs-record-fields [form]="form" [fields]="fields" />`,
})
class HostComponent {
  readonly form = buildRecordForm(FIELDS, { name: 'A', count: 2 });
  readonly fields = FIELDS;
}

interface Prose {
  summaryMarkdown: string;
}

const PROSE_FIELDS: FieldDef<Prose>[] = [{ key: 'summaryMarkdown', label: 'Summary', kind: 'markdown' }];

@Component({
  imports: [RecordFieldsComponent],
  template: `<cs-record-fields [form]="form" [fields]="fields" />`,
})
class ProseHostComponent {
  readonly form = buildRecordForm(PROSE_FIELDS, { summaryMarkdown: 'A *summary*' });
  readonly fields = PROSE_FIELDS;
}

describe('RecordFieldsComponent', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideApi(),
        provideHttpClientTesting(),
        { provide: ErrorStateMatcher, useClass: AsYouTypeErrorStateMatcher },
      ],
    });
  });

  it('renders a labelled field per definition and shows a rule as soon as the user types', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const labels = [...el.querySelectorAll('mat-label')].map((l) => l.textContent?.trim());
    expect(labels).toEqual(['Name', 'Count']);

    const count = el.querySelectorAll('input')[1];
    count.value = '0';
    count.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(el.querySelector('mat-error')?.textContent).toContain('Count must be at least 1.');
  });

  it('edits Markdown fields with a preview beside them', async () => {
    const fixture = TestBed.createComponent(ProseHostComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const field = el.querySelector('cs-markdown-field')!;
    expect(field.querySelector('mat-label')!.textContent!.trim()).toBe('Summary');
    expect(field.querySelector('textarea')!.value).toBe('A *summary*');
    expect(field.querySelector('[role="region"]')!.textContent).toContain('Summary preview');
    await new Promise((resolve) => setTimeout(resolve, 350));
    TestBed.inject(HttpTestingController)
      .expectOne('/api/markdown/preview')
      .flush({ html: '<p>A <em>summary</em></p>' });
    await fixture.whenStable();
    expect(field.querySelector('[data-testid="markdown-preview"] em')!.textContent).toBe('summary');
  });

  it('gives number fields numbers, not text', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const count = (fixture.nativeElement as HTMLElement).querySelectorAll('input')[1];
    count.value = '12';
    count.dispatchEvent(new Event('input'));
    expect(fixture.componentInstance.form.controls.count.value).toBe(12);
  });
});
