import { ROLES, USER_STATUSES, type Role, type UserRecord, type UserStatus } from '@careerscope/shared';

import type { RecordFeature } from '../records/record-feature';
import { date, optionsOf } from '../records/options';

/** The user form: create sends email, name, role, password; an update sends email, name, role, status. */
export interface UserFormValue {
  email: string;
  name: string;
  role: Role;
  status: UserStatus;
  password: string;
}

/** When a lockout ends, to the minute: "Jan 3, 2:05 PM". */
export const lockedUntil = (value: string): string =>
  new Date(value).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });

const EMAIL = { regex: /^[^\s@]+@[^\s@]+\.[^\s@]+$/, message: 'an email address' };

export const USERS: RecordFeature<UserRecord, UserFormValue> = {
  path: 'users',
  singular: 'user',
  plural: 'users',
  description: 'Who may sign in, and as what. Admins only.',
  title: (r) => `${r.name} <${r.email}>`,
  defaultSort: 'email',
  writeRoles: ['admin'],
  filters: [
    { key: 'role', label: 'Role', options: optionsOf(ROLES) },
    { key: 'status', label: 'Status', options: optionsOf(USER_STATUSES) },
  ],
  columns: [
    { key: 'email', header: 'Email', cell: (r) => r.email, sort: 'email' },
    { key: 'name', header: 'Name', cell: (r) => r.name, sort: 'name' },
    { key: 'role', header: 'Role', cell: (r) => r.role, sort: 'role' },
    {
      key: 'status',
      header: 'Status',
      cell: (r) => (r.lockedUntil ? `${r.status} · locked until ${lockedUntil(r.lockedUntil)}` : r.status),
      sort: 'status',
    },
    {
      key: 'twoFactorEnabled',
      header: 'Two-step sign-in',
      cell: (r) => (r.twoFactorEnabled ? 'on' : 'off'),
    },
    {
      key: 'lastSignInAt',
      header: 'Last sign-in',
      cell: (r) => (r.lastSignInAt ? date(r.lastSignInAt) : 'never'),
      sort: 'lastSignInAt',
    },
  ],
  fields: [
    { key: 'name', label: 'Name', kind: 'text', required: true },
    { key: 'email', label: 'Email', kind: 'text', required: true, pattern: EMAIL },
    { key: 'role', label: 'Role', kind: 'select', required: true, options: optionsOf(ROLES) },
    { key: 'status', label: 'Status', kind: 'select', required: true, options: optionsOf(USER_STATUSES) },
    {
      key: 'password',
      label: 'First password',
      kind: 'text',
      hint: 'At least 12 characters; the user can change it',
    },
  ],
  createOnly: ['password'],
  updateOnly: ['status'],
  defaults: () => ({ email: '', name: '', role: 'editor', status: 'active', password: '' }),
};
