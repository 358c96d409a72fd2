import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({ errorOnUnknownElements: true, errorOnUnknownProperties: true });

// jsdom has no canvas: charts draw nothing in component tests (their tables and summaries are tested).
Object.defineProperty(HTMLCanvasElement.prototype, 'getContext', { value: () => null });
