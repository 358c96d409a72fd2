import { randomBytes } from 'node:crypto';
import { INestApplication, Logger, LoggerService, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { CSRF_COOKIE, SESSION_COOKIE } from '@careerscope/shared';
import { AppModule } from './app.module';
import { mountChangesFeed } from './changes/changes-routes';
import { ChangesService } from './changes/changes.service';
import { ApiExceptionFilter } from './common/errors/api-exception.filter';
import { OPENAPI_PUBLIC } from './common/public.decorator';
import { refuseUnsafeInput } from './common/request-input';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';
import { seedInChildProcess } from './content/seed-process';
import { SeedService } from './content/seed.service';
import { HostingService } from './hosting/hosting.service';
import { withPublicFastPath } from './public/public-fast-path';
import { SiteExpressAdapter } from './public/site-adapter';
import { PublicResponseCacheService } from './publications/public-response-cache.service';
import { CurrentPublicationService } from './publications/current-publication.service';
import { mountSeoRoutes } from './seo/seo-routes';
import { SeoService } from './seo/seo.service';
import { FirstAdminService } from './users/first-admin.service';

export interface CreateAppOptions {
  /**
   * What the app answers over HTTP besides the API's controllers: nothing for a CLI command, the
   * public site's own routes and fast path for the API tests, and the built portal and admin as
   * well for `npm start`.
   */
  serve: 'nothing' | 'api' | 'api-and-apps';
  logger?: LogLevel[] | LoggerService | false;
}

/** Builds the whole application the same way for `npm start`, the CLI and the integration tests. */
export async function createApp(
  config: AppConfig,
  databaseUrl: string,
  options: CreateAppOptions,
): Promise<INestApplication> {
  const adapter = new SiteExpressAdapter();
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot({ config, databaseUrl }),
    adapter,
    { logger: options.logger ?? ['log', 'warn', 'error'], bodyParser: true },
  );
  configureApp(app, config);
  await app.init();
  if (options.serve !== 'nothing') {
    await mountPublicSite(app, adapter, config, options.serve === 'api-and-apps');
  }
  await prepareData(app, config, databaseUrl);
  return app;
}

/**
 * The public read side outside Nest's controllers. On the site router, which Express runs after
 * the API's routes and before its not-found handler, in this order: sitemap.xml and robots.txt, the
 * Atom feed, the admin, the portal's files and pages. In front of Express, on the HTTP server: the
 * fast path for public reads already answered in the current publication.
 */
async function mountPublicSite(
  app: INestApplication,
  adapter: SiteExpressAdapter,
  config: AppConfig,
  withApps: boolean,
): Promise<void> {
  mountSeoRoutes(adapter.site, app.get(SeoService));
  mountChangesFeed(adapter.site, app.get(ChangesService), config);
  if (withApps) {
    const hosting = app.get(HostingService);
    hosting.mountAdmin(adapter.site);
    await hosting.mountPortal(adapter.site);
  }
  const publications = app.get(CurrentPublicationService);
  const cache = app.get(PublicResponseCacheService);
  adapter.handleRequestsWith((express) => withPublicFastPath(express, publications, cache));
}

export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.setGlobalPrefix('api', { exclude: [] });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // No automatic weak ETags: public responses set their own (by publication), and a preview must have none.
  app.set('etag', false);
  app.useBodyParser('json', { limit: '1mb' });
  app.useBodyParser('urlencoded', { limit: '100kb', extended: true });
  app.use(refuseUnsafeInput);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Angular's server rendering inlines its event-replay and transfer-state scripts.
          'script-src': ["'self'", "'unsafe-inline'"],
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
          'upgrade-insecure-requests': config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      strictTransportSecurity: config.publicUrl.startsWith('https://'),
    }),
  );
  app.use(cookieParser());
  app.use((request: Request, response: Response, next: NextFunction) => {
    // The admin's API calls get a CSRF token it echoes back in a header on state-changing requests.
    // Not the portal's pages nor public API reads: those are cacheable by a CDN, and a cached
    // Set-Cookie would hand one visitor's token to everyone.
    // Routes match case-insensitively: /api/PUBLIC/home is the public home.
    const path = request.path.toLowerCase();
    const wantsToken = path.startsWith('/api/') && !path.startsWith('/api/public/');
    if (wantsToken && !request.cookies?.[CSRF_COOKIE]) {
      const token = randomBytes(24).toString('base64url');
      response.cookie(CSRF_COOKIE, token, {
        httpOnly: false,
        sameSite: 'strict',
        secure: config.publicUrl.startsWith('https://'),
        path: '/',
      });
      request.cookies = { ...request.cookies, [CSRF_COOKIE]: token };
    }
    next();
  });
  if (config.corsOrigins.length > 0) {
    app.enableCors({ origin: config.corsOrigins, credentials: true });
  }
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new ApiExceptionFilter());

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Careerscope API')
      .setDescription(
        'Editorial and public endpoints. Public reads (`/api/public/*`) need no session; everything else needs a signed-in editor or admin (session cookie) and, for state-changing requests, the X-XSRF-TOKEN header.',
      )
      .setVersion('1')
      .addCookieAuth(
        SESSION_COOKIE,
        { type: 'apiKey', description: 'The httpOnly session cookie set by POST /api/auth/login' },
        SESSION_COOKIE,
      )
      .build(),
  );
  requireSessionByDefault(document);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    useGlobalPrefix: false,
  });
}

/**
 * Every operation needs the session unless its route is @Public(), as the global session guard has
 * it: a route cannot be documented as open by forgetting a decorator, nor name an undefined scheme.
 */
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;

function requireSessionByDefault(document: OpenAPIObject): void {
  for (const operations of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const) {
      const operation = operations[method] as (OperationObject & { [OPENAPI_PUBLIC]?: boolean }) | undefined;
      if (!operation) continue;
      if (operation[OPENAPI_PUBLIC]) {
        delete operation[OPENAPI_PUBLIC];
        operation.security = [];
      } else {
        operation.security = [{ [SESSION_COOKIE]: [] }];
      }
    }
  }
}

/**
 * First start on an empty database: the first admin and the seed content, published. With the
 * catalogue, the seed imports every public file, which runs in a process of its own (see
 * seedInChildProcess); the seed article alone is loaded here.
 */
export async function prepareData(
  app: INestApplication,
  config: AppConfig,
  databaseUrl: string,
): Promise<void> {
  await app.get(FirstAdminService).ensureFirstAdmin(config.adminEmail, config.adminPassword);
  const seed = app.get(SeedService);
  if (config.seedOnStart && (await seed.isEmpty())) {
    if (config.seedCatalogue) await seedInChildProcess(config, databaseUrl);
    else await seed.seedIfEmpty();
  }
  new Logger('Startup').debug('Data ready');
}
