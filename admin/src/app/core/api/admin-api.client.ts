import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  AuditEventView,
  BulkAccreditationRequest,
  BulkAccreditationResult,
  CatalogueScopeView,
  ChangePasswordRequest,
  CreatedWebhookEndpoint,
  CreateWebhookEndpointRequest,
  ComparisonView,
  CreateUserRequest,
  DeletedRecord,
  DraftDiff,
  FreshnessView,
  HealthResponse,
  ImportDecisionRequest,
  ImportRowQuery,
  ImportSummary,
  ImportUploadFields,
  ImportView,
  IpedsInstitutionQuery,
  IpedsInstitutionView,
  IpedsSchoolRequest,
  LoginRequest,
  MarkdownPreviewRequest,
  MarkdownPreviewResponse,
  Page,
  PublicationDetail,
  PublicationDiff,
  PublicationSummary,
  PublishRequest,
  RecordPresence,
  RecordType,
  ResetPasswordRequest,
  RevisionRecord,
  SchoolRecord,
  SessionUser,
  TotpConfirmRequest,
  TotpDisableRequest,
  TotpSetupResponse,
  UpdateCatalogueScopeRequest,
  UpdateUserRequest,
  UserRecord,
  VersionedRequest,
  WebhookDeliveryDetail,
  WebhookDeliveryQuery,
  WebhookDeliveryView,
  WebhookEndpointView,
  CancelScheduleRequest,
  MoveScheduleRequest,
  PublicationScheduleView,
  ReviewCommentRequest,
  ReviewCommentView,
  ReviewDecisionRequest,
  ReviewDetail,
  ReviewSummary,
  ReviewsWaiting,
  SchedulePublicationRequest,
  SubmitReviewRequest,
} from '@careerscope/shared';
import { Observable } from 'rxjs';

/**
 * Relative to the page's origin: the admin is served by the API process itself, so cookies
 * (session and CSRF) are same-origin and no base URL needs configuring.
 */
const API = '/api';

/** The session cookie only ever goes to our own origin. */
const SAME_ORIGIN = { credentials: 'same-origin' } as const;

/** Query values as the list pages keep them (from the URL); empty values are left out. */
export type QueryParams = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Every record the generic editorial routes serve carries these. */
export interface VersionedRecord {
  id: string;
  version: number;
}

function toParams(query: QueryParams = {}): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params = params.set(key, String(value));
    }
  }
  return params;
}

/**
 * The admin's one typed door to the API: the only class that touches `HttpClient`.
 * Failed calls error with an `ApiError` (see `apiErrorInterceptor`).
 */
@Injectable({ providedIn: 'root' })
export class AdminApiClient {
  private readonly http = inject(HttpClient);

  // ── session ────────────────────────────────────────────────────────────────

  login(body: LoginRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${API}/auth/login`, body, SAME_ORIGIN);
  }

  /** The signed-in user; errors with status 401 when nobody is signed in. */
  me(): Observable<SessionUser> {
    return this.http.get<SessionUser>(`${API}/auth/me`, SAME_ORIGIN);
  }

  logout(): Observable<void> {
    return this.http.post<void>(`${API}/auth/logout`, null, SAME_ORIGIN);
  }

  changePassword(body: ChangePasswordRequest): Observable<void> {
    return this.http.post<void>(`${API}/auth/password`, body, SAME_ORIGIN);
  }

  /** A new secret (and its QR code) for an authenticator app; not in force until confirmed. */
  setUpTotp(): Observable<TotpSetupResponse> {
    return this.http.post<TotpSetupResponse>(`${API}/auth/totp/setup`, null, SAME_ORIGIN);
  }

  /** The first code from the app turns two-step sign-in on; answers the updated user. */
  confirmTotp(body: TotpConfirmRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${API}/auth/totp/confirm`, body, SAME_ORIGIN);
  }

  disableTotp(body: TotpDisableRequest): Observable<SessionUser> {
    return this.http.post<SessionUser>(`${API}/auth/totp/disable`, body, SAME_ORIGIN);
  }

  health(): Observable<HealthResponse> {
    return this.http.get<HealthResponse>(`${API}/health`, SAME_ORIGIN);
  }

  // ── editable records (`/api/<path>`, see RECORD_PATHS) and users ───────────

  list<T>(path: string, query: QueryParams = {}): Observable<Page<T>> {
    return this.http.get<Page<T>>(`${API}/${path}`, { ...SAME_ORIGIN, params: toParams(query) });
  }

  get<T>(path: string, id: string): Observable<T> {
    return this.http.get<T>(`${API}/${path}/${encodeURIComponent(id)}`, SAME_ORIGIN);
  }

  create<T, TBody = unknown>(path: string, body: TBody): Observable<T> {
    return this.http.post<T>(`${API}/${path}`, body, SAME_ORIGIN);
  }

  /** PATCH with the version the edit started from; a stale version answers 409 with `current`. */
  update<T, TBody extends { version: number } = { version: number }>(
    path: string,
    id: string,
    body: TBody,
  ): Observable<T> {
    return this.http.patch<T>(`${API}/${path}/${encodeURIComponent(id)}`, body, SAME_ORIGIN);
  }

  remove(path: string, id: string, version: number): Observable<DeletedRecord> {
    return this.http.delete<DeletedRecord>(`${API}/${path}/${encodeURIComponent(id)}`, {
      ...SAME_ORIGIN,
      params: toParams({ version }),
    });
  }

  revisions(path: string, id: string, page = 1, pageSize = 50): Observable<Page<RevisionRecord>> {
    return this.http.get<Page<RevisionRecord>>(`${API}/${path}/${encodeURIComponent(id)}/revisions`, {
      ...SAME_ORIGIN,
      params: toParams({ page, pageSize }),
    });
  }

  restoreRevision<T>(path: string, id: string, revisionId: string, version: number): Observable<T> {
    return this.http.post<T>(
      `${API}/${path}/${encodeURIComponent(id)}/revisions/${encodeURIComponent(revisionId)}/restore`,
      { version },
      SAME_ORIGIN,
    );
  }

  // ── presence: who else has a record open in the editor ─────────────────────

  /** "I have this record open"; answers who else has it open. */
  heartbeat(recordType: RecordType, id: string): Observable<RecordPresence> {
    return this.http.put<RecordPresence>(this.presenceUrl(recordType, id), null, SAME_ORIGIN);
  }

  releasePresence(recordType: RecordType, id: string): Observable<void> {
    return this.http.delete<void>(this.presenceUrl(recordType, id), SAME_ORIGIN);
  }

  private presenceUrl(recordType: RecordType, id: string): string {
    return `${API}/presence/${encodeURIComponent(recordType)}/${encodeURIComponent(id)}`;
  }

  // ── users (admins) ─────────────────────────────────────────────────────────

  createUser(body: CreateUserRequest): Observable<UserRecord> {
    return this.http.post<UserRecord>(`${API}/users`, body, SAME_ORIGIN);
  }

  updateUser(id: string, body: UpdateUserRequest): Observable<UserRecord> {
    return this.http.patch<UserRecord>(`${API}/users/${encodeURIComponent(id)}`, body, SAME_ORIGIN);
  }

  resetUserPassword(id: string, body: ResetPasswordRequest): Observable<UserRecord> {
    return this.http.post<UserRecord>(`${API}/users/${encodeURIComponent(id)}/password`, body, SAME_ORIGIN);
  }

  unlockUser(id: string, body: VersionedRequest): Observable<UserRecord> {
    return this.http.post<UserRecord>(`${API}/users/${encodeURIComponent(id)}/unlock`, body, SAME_ORIGIN);
  }

  resetUserTwoFactor(id: string, body: VersionedRequest): Observable<UserRecord> {
    return this.http.post<UserRecord>(
      `${API}/users/${encodeURIComponent(id)}/reset-two-factor`,
      body,
      SAME_ORIGIN,
    );
  }

  /** 409 with `current` when the version is stale, or `last_admin` for the last active admin. */
  deleteUser(id: string, version: number): Observable<void> {
    return this.http.delete<void>(`${API}/users/${encodeURIComponent(id)}`, {
      ...SAME_ORIGIN,
      params: toParams({ version }),
    });
  }

  auditEvents(query: QueryParams): Observable<Page<AuditEventView>> {
    return this.list<AuditEventView>('audit-events', query);
  }

  // ── publishing ─────────────────────────────────────────────────────────────

  publications(): Observable<PublicationSummary[]> {
    return this.http.get<PublicationSummary[]>(`${API}/publications`, SAME_ORIGIN);
  }

  publication(number: number): Observable<PublicationDetail> {
    return this.http.get<PublicationDetail>(`${API}/publications/${number}`, SAME_ORIGIN);
  }

  publicationDiff(from: number, to: number): Observable<PublicationDiff> {
    return this.http.get<PublicationDiff>(`${API}/publications/${from}/diff/${to}`, SAME_ORIGIN);
  }

  /** What publishing the working copy now would change, and what would stop it. */
  draftDiff(): Observable<DraftDiff> {
    return this.http.get<DraftDiff>(`${API}/publications/draft/diff`, SAME_ORIGIN);
  }

  publish(body: PublishRequest): Observable<PublicationSummary> {
    return this.http.post<PublicationSummary>(`${API}/publications`, body, SAME_ORIGIN);
  }

  restorePublication(number: number, body: PublishRequest): Observable<PublicationSummary> {
    return this.http.post<PublicationSummary>(`${API}/publications/${number}/restore`, body, SAME_ORIGIN);
  }

  // ── reviews and scheduled publishes ───────────────────────────────────────

  reviews(): Observable<ReviewSummary[]> {
    return this.http.get<ReviewSummary[]>(`${API}/reviews`, SAME_ORIGIN);
  }

  /** How many reviews wait on the signed-in user (the navigation badge). */
  reviewsWaiting(): Observable<ReviewsWaiting> {
    return this.http.get<ReviewsWaiting>(`${API}/reviews/waiting`, SAME_ORIGIN);
  }

  review(id: string): Observable<ReviewDetail> {
    return this.http.get<ReviewDetail>(`${API}/reviews/${encodeURIComponent(id)}`, SAME_ORIGIN);
  }

  submitReview(body: SubmitReviewRequest): Observable<ReviewSummary> {
    return this.http.post<ReviewSummary>(`${API}/reviews`, body, SAME_ORIGIN);
  }

  commentOnReview(id: string, body: ReviewCommentRequest): Observable<ReviewCommentView> {
    return this.http.post<ReviewCommentView>(
      `${API}/reviews/${encodeURIComponent(id)}/comments`,
      body,
      SAME_ORIGIN,
    );
  }

  /** `approve`, `request-changes`, `resubmit` or `withdraw`. */
  decideReview(
    id: string,
    action: 'approve' | 'request-changes' | 'resubmit' | 'withdraw',
    body: ReviewDecisionRequest = {},
  ): Observable<ReviewSummary> {
    return this.http.post<ReviewSummary>(
      `${API}/reviews/${encodeURIComponent(id)}/${action}`,
      body,
      SAME_ORIGIN,
    );
  }

  publicationSchedules(): Observable<PublicationScheduleView[]> {
    return this.http.get<PublicationScheduleView[]>(`${API}/publication-schedules`, SAME_ORIGIN);
  }

  schedulePublication(body: SchedulePublicationRequest): Observable<PublicationScheduleView> {
    return this.http.post<PublicationScheduleView>(`${API}/publication-schedules`, body, SAME_ORIGIN);
  }

  moveSchedule(id: string, body: MoveScheduleRequest): Observable<PublicationScheduleView> {
    return this.http.patch<PublicationScheduleView>(
      `${API}/publication-schedules/${encodeURIComponent(id)}`,
      body,
      SAME_ORIGIN,
    );
  }

  cancelSchedule(id: string, body: CancelScheduleRequest): Observable<PublicationScheduleView> {
    return this.http.post<PublicationScheduleView>(
      `${API}/publication-schedules/${encodeURIComponent(id)}/cancel`,
      body,
      SAME_ORIGIN,
    );
  }

  /** The working copy's comparison as the portal would render it (`?preview=1`, signed in). */
  previewComparison(slug: string): Observable<ComparisonView> {
    return this.http.get<ComparisonView>(`${API}/public/comparisons/${encodeURIComponent(slug)}`, {
      ...SAME_ORIGIN,
      params: toParams({ preview: 1 }),
    });
  }

  // ── imports: BLS files and data freshness (imports feature) ───────────────

  /**
   * Uploads a BLS file for a preview (nothing is written). Emits the HTTP events, so the page can
   * show upload progress; the last one is the response with the `ImportView`.
   */
  uploadImport(file: File, fields: ImportUploadFields = {}): Observable<HttpEvent<ImportView>> {
    const body = new FormData();
    body.append('file', file, file.name);
    if (fields.periodYear !== undefined) {
      body.append('periodYear', String(fields.periodYear));
    }
    if (fields.release !== undefined) {
      body.append('release', fields.release);
    }
    return this.http.post<ImportView>(`${API}/imports`, body, {
      ...SAME_ORIGIN,
      reportProgress: true,
      observe: 'events',
    });
  }

  imports(page = 1, pageSize = 20): Observable<Page<ImportSummary>> {
    return this.http.get<Page<ImportSummary>>(`${API}/imports`, {
      ...SAME_ORIGIN,
      params: toParams({ page, pageSize }),
    });
  }

  /** One page of the preview's rows, filtered on the server; the rest of the view is whole. */
  importPreview(id: string, query: ImportRowQuery = {}): Observable<ImportView> {
    return this.http.get<ImportView>(`${API}/imports/${encodeURIComponent(id)}`, {
      ...SAME_ORIGIN,
      params: toParams({ ...query }),
    });
  }

  /** Writes every new and changed row at once; 409 when already decided or `version` is stale. */
  applyImport(id: string, body: ImportDecisionRequest): Observable<ImportView> {
    return this.http.post<ImportView>(`${API}/imports/${encodeURIComponent(id)}/apply`, body, SAME_ORIGIN);
  }

  discardImport(id: string, body: ImportDecisionRequest): Observable<ImportView> {
    return this.http.post<ImportView>(`${API}/imports/${encodeURIComponent(id)}/discard`, body, SAME_ORIGIN);
  }

  freshness(): Observable<FreshnessView> {
    return this.http.get<FreshnessView>(`${API}/freshness`, SAME_ORIGIN);
  }

  /** Which SOC codes the catalogue holds (editors read it, admins change it). */
  catalogueScope(): Observable<CatalogueScopeView> {
    return this.http.get<CatalogueScopeView>(`${API}/catalogue/scope`, SAME_ORIGIN);
  }

  /** 409 with `current` when `version` is stale. */
  updateCatalogueScope(body: UpdateCatalogueScopeRequest): Observable<CatalogueScopeView> {
    return this.http.put<CatalogueScopeView>(`${API}/catalogue/scope`, body, SAME_ORIGIN);
  }

  // ── end of imports ─────────────────────────────────────────────────────────

  // ── webhooks (admins) ──────────────────────────────────────────────────────

  webhookEndpoints(): Observable<WebhookEndpointView[]> {
    return this.http.get<WebhookEndpointView[]>(`${API}/webhooks/endpoints`, SAME_ORIGIN);
  }

  /** The answer holds the endpoint's signing secret, shown this once. */
  createWebhookEndpoint(body: CreateWebhookEndpointRequest): Observable<CreatedWebhookEndpoint> {
    return this.http.post<CreatedWebhookEndpoint>(`${API}/webhooks/endpoints`, body, SAME_ORIGIN);
  }

  deleteWebhookEndpoint(id: string): Observable<void> {
    return this.http.delete<void>(`${API}/webhooks/endpoints/${encodeURIComponent(id)}`, SAME_ORIGIN);
  }

  webhookDeliveries(query: WebhookDeliveryQuery): Observable<Page<WebhookDeliveryView>> {
    return this.list<WebhookDeliveryView>('webhooks/deliveries', { ...query });
  }

  webhookDelivery(id: string): Observable<WebhookDeliveryDetail> {
    return this.http.get<WebhookDeliveryDetail>(
      `${API}/webhooks/deliveries/${encodeURIComponent(id)}`,
      SAME_ORIGIN,
    );
  }

  /** Queues the delivery's body again as a new delivery. */
  replayWebhookDelivery(id: string): Observable<WebhookDeliveryDetail> {
    return this.http.post<WebhookDeliveryDetail>(
      `${API}/webhooks/deliveries/${encodeURIComponent(id)}/replay`,
      {},
      SAME_ORIGIN,
    );
  }

  // ── schools: the IPEDS directory and bulk accreditation (admins) ─────────

  /** Institutions of the loaded IPEDS directory by part of the name or city, or by UNITID. */
  ipedsInstitutions(query: IpedsInstitutionQuery): Observable<Page<IpedsInstitutionView>> {
    return this.http.get<Page<IpedsInstitutionView>>(`${API}/ipeds/institutions`, {
      ...SAME_ORIGIN,
      params: toParams({ ...query }),
    });
  }

  /** Creates the listing of an institution, or refreshes it (409 when `version` is missing or stale). */
  ipedsSchool(unitId: number, body: IpedsSchoolRequest): Observable<SchoolRecord> {
    return this.http.post<SchoolRecord>(`${API}/ipeds/institutions/${unitId}/school`, body, SAME_ORIGIN);
  }

  /** Assigns or clears one accreditation body on many programs, all or nothing. */
  assignAccreditation(body: BulkAccreditationRequest): Observable<BulkAccreditationResult> {
    return this.http.post<BulkAccreditationResult>(`${API}/programs/accreditation`, body, SAME_ORIGIN);
  }

  // ── Markdown preview (prose fields) ────────────────────────────────────────

  /** Markdown rendered and sanitized exactly as the portal will show it. */
  previewMarkdown(body: MarkdownPreviewRequest): Observable<MarkdownPreviewResponse> {
    return this.http.post<MarkdownPreviewResponse>(`${API}/markdown/preview`, body, SAME_ORIGIN);
  }
}

/** The session's own endpoints: a 401 from them is an answer (wrong password, not signed in). */
const SESSION_ENDPOINTS = new Set([`${API}/auth/login`, `${API}/auth/logout`, `${API}/auth/me`]);

/**
 * Whether a 401 from this URL is an answer rather than an expired session. The other account
 * endpoints (password, two-step sign-in) refuse a wrong password or code with a 400, so their 401
 * means the session has gone.
 */
export function isSessionEndpoint(url: string): boolean {
  return SESSION_ENDPOINTS.has(new URL(url, 'http://relative.invalid').pathname);
}
