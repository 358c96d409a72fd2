import { FetchBackend } from '@angular/common/http';
import { type ApplicationConfig, mergeApplicationConfig } from '@angular/core';
import { provideServerRendering, withRoutes } from '@angular/ssr';

import { appConfig } from './app.config';
import { serverRoutes } from './app.routes.server';
import { ServerApiFetchBackend } from './core/api/server-api-backend';

const serverOnlyConfig: ApplicationConfig = {
  providers: [
    provideServerRendering(withRoutes(serverRoutes)),
    // After every interceptor, so the transfer cache keys responses by their relative URL.
    { provide: FetchBackend, useClass: ServerApiFetchBackend },
  ],
};

export const serverConfig = mergeApplicationConfig(appConfig, serverOnlyConfig);
