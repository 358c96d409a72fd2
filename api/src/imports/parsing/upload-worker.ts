// The upload worker's entry once compiled (dist/imports/parsing/upload-worker.js).
export { parseUpload } from './upload-task';
