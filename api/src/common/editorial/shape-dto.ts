import type { Type } from '@nestjs/common';
import { Matches } from 'class-validator';
import {
  editableFieldsOf,
  type CreateRequestOf,
  type FieldSpec,
  type RecordShape,
} from '@careerscope/shared';
import {
  DateField,
  DecimalField,
  EnumField,
  IdField,
  IdListField,
  IntField,
  MarkdownField,
  SlugField,
  SocCodeField,
  SourceKeyField,
  StringListField,
  TextField,
  UrlField,
} from './fields';

/** Rules a record type adds to some of its fields (order of percentiles, both-or-neither, …). */
export type FieldRules<S extends RecordShape> = Partial<Record<keyof S & string, PropertyDecorator[]>>;

/** The validation and OpenAPI description of one field, from its declaration in the record's shape. */
function decoratorsOf(name: string, spec: FieldSpec): PropertyDecorator[] {
  const { presence } = spec;
  const pattern = spec.pattern
    ? [Matches(spec.pattern.regex, { message: `$property ${spec.pattern.message}` })]
    : [];
  switch (spec.kind) {
    case 'slug':
      return [SlugField(presence)];
    case 'sourceKey':
      return [SourceKeyField()];
    case 'text':
      return [TextField(spec.max as number, presence), ...pattern];
    case 'markdown':
      return [MarkdownField(presence)];
    case 'socCode':
      return [SocCodeField()];
    case 'url':
      return [UrlField(presence)];
    case 'date':
      return [DateField(presence)];
    case 'int':
      return [IntField(spec.min as number, spec.max, presence)];
    case 'decimal':
      return [DecimalField(spec.min as number, spec.max as number, spec.decimals as number, presence)];
    case 'enum':
      return [EnumField(spec.values as readonly (string | number)[], presence)];
    case 'id':
      return [IdField(presence)];
    case 'ids':
      return [IdListField(presence, spec.max)];
    case 'strings':
      return [StringListField(spec.max, spec.itemMax)];
    case 'object':
      // A structured value has no generic check: its record type must state one.
      throw new Error(`Field "${name}" holds a structured value: give its rules to ShapeDto`);
  }
}

/**
 * The create request DTO of a record type, derived from its shape: one validated, documented
 * property per editable field, plus the rules the type adds. Extend it to name the class:
 *
 *   export class CreateAuthorDto extends ShapeDto(AUTHOR_SHAPE) {}
 */
export function ShapeDto<S extends RecordShape>(
  shape: S,
  rules: FieldRules<S> = {},
): Type<CreateRequestOf<S>> {
  class ShapeDtoBase {}
  for (const name of editableFieldsOf(shape)) {
    const extra = rules[name] ?? [];
    const decorators = shape[name].kind === 'object' ? extra : [...decoratorsOf(name, shape[name]), ...extra];
    for (const decorate of decorators) decorate(ShapeDtoBase.prototype, name);
  }
  return ShapeDtoBase as Type<CreateRequestOf<S>>;
}
