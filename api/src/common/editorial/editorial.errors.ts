import { BadRequestException, ConflictException, NotFoundException } from '@nestjs/common';
import type { ApiErrorBody, FieldError } from '@careerscope/shared';

/** 400 with one message per field, shown by the admin beside the field it concerns. */
export class InvalidFieldsException extends BadRequestException {
  constructor(fields: FieldError[], message = 'Some fields are not valid') {
    super({ message, fields });
  }
}

export class RecordNotFoundException extends NotFoundException {
  constructor(label: string, id: string) {
    super(`No ${label} has the id ${id}`);
  }
}

/** 409: other records still refer to the one being deleted. */
export class RecordInUseException extends ConflictException {
  constructor(
    label: string,
    dependents: NonNullable<ApiErrorBody['dependents']>,
    labelOf: (type: string) => string = (type) => type,
  ) {
    const what = dependents
      .map((dependent) => `${dependent.count} ${plural(labelOf(dependent.type), dependent.count)}`)
      .join(', ');
    super({
      message: `This ${label} cannot be deleted while other records refer to it (${what}). Change or delete those first.`,
      dependents,
    });
  }
}

/** "program" → "programs", "accreditation body" → "accreditation bodies". */
export function plural(noun: string, count: number): string {
  if (count === 1) return noun;
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}
