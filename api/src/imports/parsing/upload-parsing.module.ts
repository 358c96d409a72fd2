import { Module } from '@nestjs/common';
import { UploadParsingService } from './upload-parsing.service';

/** Reading uploaded files off the request thread, shared by the importers and the IPEDS directory. */
@Module({ providers: [UploadParsingService], exports: [UploadParsingService] })
export class UploadParsingModule {}
