import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ImportView } from '@careerscope/shared';

import { KIND_LABELS, STATUS_LABELS } from './import-figures';

/** The top of a preview: what the file is, what it would change, and what needs a second look. */
@Component({
  selector: 'cs-import-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, RouterLink],
  template: `
    @let view = import();
    <dl class="imports__facts">
      <div>
        <dt>File</dt>
        <dd>{{ view.fileName }}</dd>
      </div>
      <div>
        <dt>Kind</dt>
        <dd>{{ kindLabels[view.kind] }}</dd>
      </div>
      <div>
        <dt>Reference period</dt>
        <dd>{{ view.referencePeriod }}</dd>
      </div>
      <div>
        <dt>Status</dt>
        <dd data-testid="import-status">
          {{ statusLabels[view.status] }}
          @if (view.appliedAt) {
            ({{ view.appliedAt | date: 'medium' }})
          }
        </dd>
      </div>
      <div>
        <dt>Uploaded</dt>
        <dd>{{ view.createdAt | date: 'medium' }}{{ view.createdBy ? ' by ' + view.createdBy.name : '' }}</dd>
      </div>
    </dl>

    <ul class="imports__counts" data-testid="import-counts" aria-label="What the file would change">
      <li>
        <strong>{{ view.counts.new }}</strong> new {{ view.counts.new === 1 ? 'row' : 'rows' }}
      </li>
      <li>
        <strong>{{ view.counts.changed }}</strong> changed
      </li>
      <li>
        <strong>{{ view.counts.unchanged }}</strong> unchanged
      </li>
      <li>
        <strong>{{ view.counts.unmatched }}</strong> tracked
        {{ view.counts.unmatched === 1 ? 'occupation' : 'occupations' }} not in the file
      </li>
      @if (view.counts.closed !== undefined) {
        <li data-testid="listing-counts">
          <strong>{{ view.counts.closed }}</strong> closed ·
          <strong>{{ view.counts.vanished ?? 0 }}</strong>
          {{ view.counts.vanished === 1 ? 'program' : 'programs' }} no longer reported ·
          <strong>{{ view.counts.handEditsKept ?? 0 }}</strong> with fields edited by hand kept
        </li>
      }
      <li
        class="imports__count-suspicious"
        [class.imports__count-suspicious--some]="view.counts.suspicious > 0"
        data-testid="suspicious-count"
      >
        <strong>{{ view.counts.suspicious }}</strong> suspicious
        {{ view.counts.suspicious === 1 ? 'figure' : 'figures' }}
        @if (view.counts.suspicious > 0) {
          — check {{ view.counts.suspicious === 1 ? 'it' : 'them' }} before applying
        }
      </li>
    </ul>

    @if (view.alreadyAppliedImportId) {
      <p class="imports__notice" data-testid="already-applied">
        <strong>This exact file was already applied.</strong>
        <a [routerLink]="['/imports', view.alreadyAppliedImportId]">See the earlier import</a>.
      </p>
    }
    @if (nothingToChange()) {
      <p class="imports__notice" data-testid="nothing-to-change">
        <strong>Nothing to change:</strong> every figure in this file is already in the working copy.
      </p>
    }

    @if (view.unmatched.length > 0) {
      <section aria-labelledby="unmatched-title" class="imports__unmatched">
        <h2 id="unmatched-title">Tracked occupations the file does not cover</h2>
        <p>
          Their figures stay as they are. If an occupation was measured under another SOC code in this period,
          add a SOC code period.
        </p>
        <ul data-testid="unmatched">
          @for (occupation of view.unmatched; track occupation.slug) {
            <li>{{ occupation.title }} (SOC {{ occupation.socCode }})</li>
          }
        </ul>
      </section>
    }
  `,
  styleUrl: './imports.scss',
})
export class ImportSummaryComponent {
  readonly import = input.required<ImportView>();

  protected readonly kindLabels = KIND_LABELS;
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly nothingToChange = computed(() => {
    const view = this.import();
    return (
      view.counts.new +
        view.counts.changed +
        (view.counts.newOccupations ?? view.newOccupations?.length ?? 0) ===
      0
    );
  });
}
