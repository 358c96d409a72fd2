import { BadRequestException } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { FieldError } from '@careerscope/shared';

/** The deepest nesting a request body may have; no request of the API comes near it. */
export const MAX_BODY_DEPTH = 32;

/** Keys that address an object's prototype: refused like any unknown field, at any depth. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Enough to show what is wrong without echoing a whole hostile payload back. */
const MAX_REPORTED = 20;

export interface UnsafeInput {
  /** Nested deeper than MAX_BODY_DEPTH: nothing else was looked at. */
  tooDeep: boolean;
  fields: FieldError[];
}

const shown = (key: string) => key.replace(/\0/g, '\\u0000');

/**
 * What no field of any request may hold, whatever its DTO says: a NUL character (PostgreSQL refuses
 * it in text and JSON, so it would fail at the database), a key that addresses a prototype, or
 * nesting deeper than MAX_BODY_DEPTH. Walks the value without recursion: the JSON parser accepts
 * nesting far deeper than the call stack would.
 */
export function findUnsafeInput(value: unknown): UnsafeInput {
  const fields: FieldError[] = [];
  const queue: { value: unknown; path: string; name: string; depth: number }[] = [
    { value, path: '', name: 'value', depth: 0 },
  ];
  for (let head = 0; head < queue.length && fields.length < MAX_REPORTED; head++) {
    const item = queue[head];
    if (typeof item.value === 'string') {
      if (item.value.includes('\0')) {
        fields.push({
          field: item.path,
          message: `${item.name} must not contain the NUL character (\\u0000)`,
        });
      }
      continue;
    }
    if (item.value === null || typeof item.value !== 'object' || ArrayBuffer.isView(item.value)) continue;
    if (item.depth >= MAX_BODY_DEPTH) return { tooDeep: true, fields: [] };
    for (const key of Object.keys(item.value)) {
      const name = shown(key);
      const path = item.path ? `${item.path}.${name}` : name;
      if (PROTOTYPE_KEYS.has(key)) {
        fields.push({ field: path, message: `property ${key} should not exist` });
      } else if (key.includes('\0')) {
        fields.push({ field: path, message: `property ${name} should not exist` });
      } else {
        queue.push({
          value: (item.value as Record<string, unknown>)[key],
          path,
          name,
          depth: item.depth + 1,
        });
      }
    }
  }
  return { tooDeep: false, fields };
}

/**
 * Express middleware, after the body parsers: refuses with 400 a body or query string that holds
 * what findUnsafeInput finds, before any guard, pipe or handler sees it. One place for every route,
 * so a new DTO cannot forget it.
 */
export function refuseUnsafeInput(request: Request, _response: Response, next: NextFunction): void {
  const body = findUnsafeInput(request.body);
  if (body.tooDeep) {
    return next(
      new BadRequestException(`The request body is nested too deeply (at most ${MAX_BODY_DEPTH} levels)`),
    );
  }
  const fields = [...body.fields, ...findUnsafeInput(request.query).fields];
  if (fields.length > 0) {
    return next(new BadRequestException({ message: 'Some fields are not valid', fields }));
  }
  next();
}
