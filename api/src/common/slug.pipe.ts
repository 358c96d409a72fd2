import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';
import { isSlug } from '@careerscope/shared';

/** Route parameters that name a record by slug must look like one. */
@Injectable()
export class SlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isSlug(value)) {
      throw new BadRequestException(
        `"${value.slice(0, 60)}" is not a valid slug (lower-case letters, digits and hyphens)`,
      );
    }
    return value;
  }
}
