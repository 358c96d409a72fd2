import { Controller, Get, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import request from 'supertest';
import { SiteExpressAdapter } from './site-adapter';

@Controller('pages')
class PagesController {
  @Get('known')
  known(): { from: string } {
    return { from: 'api' };
  }
}

@Module({ controllers: [PagesController] })
class PagesModule {}

describe('SiteExpressAdapter', () => {
  let app: INestApplication;
  let adapter: SiteExpressAdapter;

  beforeEach(async () => {
    adapter = new SiteExpressAdapter();
    app = await NestFactory.create(PagesModule, adapter, { logger: false });
    app.setGlobalPrefix('api');
    await app.init();
    adapter.site.get(/^(?!\/api(?:\/|$)).*/, (req, res) => {
      res.type('text/plain').send(`site ${req.path}`);
    });
  });

  afterEach(() => app.close());

  it('runs the site after the API routes and before the not-found handler', async () => {
    await request(app.getHttpServer()).get('/api/pages/known').expect(200, { from: 'api' });
    // Express matches routes case-insensitively: a path the API knows stays the API's.
    await request(app.getHttpServer()).get('/API/PAGES/known').expect(200, { from: 'api' });
    await request(app.getHttpServer()).get('/careers').expect(200, 'site /careers');
    const missing = await request(app.getHttpServer()).get('/api/nothing').expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404 });
  });

  it('lets a handler in front of Express answer or pass the request on', async () => {
    adapter.handleRequestsWith((express) => (req, res) => {
      if (req.url === '/fast') res.end('fast');
      else express(req, res);
    });
    await request(app.getHttpServer()).get('/fast').expect(200, 'fast');
    await request(app.getHttpServer()).get('/api/pages/known').expect(200, { from: 'api' });
  });
});
