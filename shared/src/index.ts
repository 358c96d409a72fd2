export * from './common/enums.js';
export * from './common/health.contract.js';
export * from './common/page.contract.js';
export * from './common/slug.js';
export * from './content/content-bundle.contract.js';
export * from './format/growth.js';
export * from './format/numbers.js';
export * from './public/public.contract.js';
