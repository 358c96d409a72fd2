import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import {
  WEBHOOK_DELIVERY_STATUSES,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type CreatedWebhookEndpoint,
  type Page,
  type WebhookDeliveryDetail,
  type WebhookDeliveryStatus,
  type WebhookDeliveryView,
  type WebhookEndpointView,
} from '@careerscope/shared';
import { filter, switchMap } from 'rxjs';

import { AdminApiClient } from '../core/api/admin-api.client';
import { ApiError } from '../core/api/api-error';
import { confirmAction } from '../core/ui/confirm-dialog.component';
import { Notifier } from '../core/ui/notifier';
import { SERVER_ERROR } from '../records/record-form';

const STATUS_WORDS: Record<WebhookDeliveryStatus, string> = {
  pending: 'Waiting to retry',
  delivering: 'Sending',
  delivered: 'Delivered',
  failed: 'Failed',
};

/** Client-side check, the same rule the API applies: an http:// or https:// URL. */
function webhookUrl(control: FormControl<string>): Record<string, string> | null {
  const value = control.value.trim();
  if (value === '') return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? null
      : { [SERVER_ERROR]: 'The URL must start with http:// or https://' };
  } catch {
    return { [SERVER_ERROR]: 'Enter a full URL, such as https://example.org/hooks/careerscope' };
  }
}

/**
 * Webhooks (admins): the endpoints told about every publication, their signing secrets (shown once),
 * and the delivery log with each attempt and a replay.
 */
@Component({
  selector: 'cs-webhooks-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
  ],
  templateUrl: './webhooks.page.html',
  styles: `
    :host {
      display: block;
      max-width: 1200px;
    }
    h1 {
      font: var(--mat-sys-headline-small);
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin-top: 32px;
    }
    .webhooks__form {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: flex-start;
    }
    .webhooks__url {
      flex: 1 1 320px;
      min-width: 0;
    }
    .webhooks__description {
      flex: 1 1 200px;
      min-width: 0;
    }
    .webhooks__secret {
      border: 2px solid var(--mat-sys-primary);
      border-radius: 8px;
      padding: 12px 16px;
      margin: 16px 0;
    }
    .webhooks__secret code {
      display: block;
      overflow-wrap: anywhere;
      font-size: 1rem;
      margin: 8px 0;
    }
    .webhooks__wrap {
      overflow-x: auto;
    }
    table {
      width: 100%;
    }
    .webhooks__url-cell,
    .webhooks__error {
      overflow-wrap: anywhere;
    }
    .webhooks__toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: center;
      margin-bottom: 12px;
    }
    .webhooks__detail {
      border-left: 4px solid var(--mat-sys-outline-variant);
      padding-left: 12px;
      margin: 16px 0;
    }
    .webhooks__detail pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      max-height: 240px;
      overflow-y: auto;
    }
  `,
})
export class WebhooksPage {
  private readonly api = inject(AdminApiClient);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly statuses = WEBHOOK_DELIVERY_STATUSES;
  protected readonly signatureHeader = WEBHOOK_SIGNATURE_HEADER;
  protected readonly timestampHeader = WEBHOOK_TIMESTAMP_HEADER;
  protected readonly endpointColumns = ['url', 'description', 'last', 'created', 'actions'];
  protected readonly deliveryColumns = [
    'created',
    'endpoint',
    'publication',
    'status',
    'attempts',
    'answer',
    'actions',
  ];

  protected readonly form = new FormGroup({
    url: new FormControl('', { nonNullable: true, validators: [Validators.required, webhookUrl] }),
    description: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(200)] }),
  });
  protected readonly saving = signal(false);
  protected readonly created = signal<CreatedWebhookEndpoint | null>(null);
  protected readonly endpoints = signal<WebhookEndpointView[] | null>(null);
  protected readonly endpointsError = signal<string | null>(null);

  protected readonly deliveryQuery = signal<{
    page: number;
    pageSize: number;
    status: WebhookDeliveryStatus | '';
  }>({
    page: 1,
    pageSize: 20,
    status: '',
  });
  protected readonly deliveries = signal<Page<WebhookDeliveryView> | null>(null);
  protected readonly deliveriesError = signal<string | null>(null);
  protected readonly detail = signal<WebhookDeliveryDetail | null>(null);

  constructor() {
    this.loadEndpoints();
    this.loadDeliveries();
  }

  protected loadEndpoints(): void {
    this.api
      .webhookEndpoints()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (endpoints) => {
          this.endpointsError.set(null);
          this.endpoints.set(endpoints);
        },
        error: (error: unknown) =>
          this.endpointsError.set(
            error instanceof ApiError ? error.message : 'The endpoints could not be loaded.',
          ),
      });
  }

  protected loadDeliveries(): void {
    const { status, ...paging } = this.deliveryQuery();
    this.deliveries.set(null);
    this.api
      .webhookDeliveries({ ...paging, ...(status ? { status } : {}) })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.deliveriesError.set(null);
          this.deliveries.set(page);
        },
        error: (error: unknown) =>
          this.deliveriesError.set(
            error instanceof ApiError ? error.message : 'The delivery log could not be loaded.',
          ),
      });
  }

  protected register(): void {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.saving()) return;
    this.saving.set(true);
    const { url, description } = this.form.getRawValue();
    this.api
      .createWebhookEndpoint({ url: url.trim(), description: description.trim() })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (endpoint) => {
          this.saving.set(false);
          this.created.set(endpoint);
          this.form.reset();
          this.loadEndpoints();
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (error instanceof ApiError && error.fields.length > 0) {
            for (const field of ['url', 'description'] as const) {
              const messages = error.messagesFor(field);
              if (messages.length > 0)
                this.form.controls[field].setErrors({ [SERVER_ERROR]: messages.join(' ') });
            }
          } else {
            this.notifier.error(error, 'The endpoint could not be registered.');
          }
        },
      });
  }

  protected copySecret(secret: string): void {
    void navigator.clipboard
      ?.writeText(secret)
      .then(() => this.notifier.success('Secret copied'))
      .catch(() => this.notifier.error('Copy it by selecting the text instead.'));
  }

  protected remove(endpoint: WebhookEndpointView): void {
    confirmAction(this.dialog, {
      title: 'Delete this endpoint?',
      message: `${endpoint.url} will no longer be told about publications, and its delivery log is deleted with it.`,
      confirmLabel: 'Delete endpoint',
      danger: true,
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.deleteWebhookEndpoint(endpoint.id)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: () => {
          this.notifier.success('Endpoint deleted');
          if (this.created()?.id === endpoint.id) this.created.set(null);
          if (this.detail()?.endpointId === endpoint.id) this.detail.set(null);
          this.loadEndpoints();
          this.loadDeliveries();
        },
        error: (error: unknown) => this.notifier.error(error, 'The endpoint could not be deleted.'),
      });
  }

  protected filterStatus(status: WebhookDeliveryStatus | ''): void {
    this.deliveryQuery.update((query) => ({ ...query, status, page: 1 }));
    this.loadDeliveries();
  }

  protected paged(event: PageEvent): void {
    this.deliveryQuery.update((query) => ({ ...query, page: event.pageIndex + 1, pageSize: event.pageSize }));
    this.loadDeliveries();
  }

  protected showAttempts(delivery: WebhookDeliveryView): void {
    this.api
      .webhookDelivery(delivery.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (detail) => this.detail.set(detail),
        error: (error: unknown) => this.notifier.error(error, 'The delivery could not be loaded.'),
      });
  }

  protected replay(delivery: WebhookDeliveryView): void {
    this.api
      .replayWebhookDelivery(delivery.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (replay) => {
          this.notifier.success(`Queued again for ${replay.endpointUrl}`);
          this.detail.set(replay);
          this.loadDeliveries();
        },
        error: (error: unknown) => this.notifier.error(error, 'The delivery could not be replayed.'),
      });
  }

  protected statusWord(status: WebhookDeliveryStatus): string {
    return STATUS_WORDS[status];
  }

  protected answer(delivery: WebhookDeliveryView): string {
    if (delivery.lastError) return delivery.lastError;
    return delivery.lastStatusCode === null ? '—' : `HTTP ${delivery.lastStatusCode}`;
  }
}
