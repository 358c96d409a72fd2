import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

/** Revision ids are bigint serials, passed as decimal strings. */
@Injectable()
export class RevisionIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[1-9]\d{0,17}$/.test(value)) {
      throw new BadRequestException(`"${value.slice(0, 40)}" is not a revision id`);
    }
    return value;
  }
}
