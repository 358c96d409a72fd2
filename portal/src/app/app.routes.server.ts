import { RenderMode, type ServerRoute } from '@angular/ssr';

/** Every page renders per request (content changes when someone publishes); unknown paths answer 404. */
export const serverRoutes: ServerRoute[] = [
  { path: '', renderMode: RenderMode.Server },
  { path: 'compare', renderMode: RenderMode.Server },
  { path: 'compare/:slug', renderMode: RenderMode.Server },
  { path: 'careers', renderMode: RenderMode.Server },
  { path: 'careers/:slug', renderMode: RenderMode.Server },
  { path: 'schools', renderMode: RenderMode.Server },
  { path: 'schools/compare', renderMode: RenderMode.Server },
  { path: 'schools/:slug', renderMode: RenderMode.Server },
  { path: 'sources', renderMode: RenderMode.Server },
  { path: 'about-data', renderMode: RenderMode.Server },
  { path: 'changes', renderMode: RenderMode.Server },
  { path: '**', renderMode: RenderMode.Server, status: 404 },
];
