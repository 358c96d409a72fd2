import type { ApiErrorBody, SessionUser } from '@careerscope/shared';

export const EDITOR: SessionUser = {
  id: '7d0c6c1e-3f7a-4c55-9b0e-8f1b2a0c9d11',
  email: 'grace@careerscope.test',
  name: 'Grace Hopper',
  role: 'editor',
  status: 'active',
  twoFactorEnabled: false,
  twoFactorRequired: false,
};

export const ADMIN: SessionUser = {
  id: '1a2b3c4d-0000-4000-8000-000000000001',
  email: 'ada@careerscope.test',
  name: 'Ada Lovelace',
  role: 'admin',
  status: 'active',
  twoFactorEnabled: false,
  twoFactorRequired: false,
};

export function errorBody(
  statusCode: number,
  error: string,
  message: string,
  fields?: ApiErrorBody['fields'],
) {
  const body: ApiErrorBody = { statusCode, error, message, ...(fields ? { fields } : {}) };
  return { body, init: { status: statusCode, statusText: error } };
}

/** Lets pending promises, guards and router work run (they are scheduled as macrotasks or microtasks). */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function typeInto(input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input'));
  input.dispatchEvent(new Event('blur'));
}
