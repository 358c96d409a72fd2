import { bootstrapApplication } from '@angular/platform-browser';

import { App } from './app/app';
import { appConfig } from './app/app.config';

// The page is already on screen (server-rendered). Evaluating the scripts and hydrating them are
// two long pieces of work: a task boundary between them lets the browser answer input in between.
setTimeout(() => {
  bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
});
