import type { Request, Response } from 'express';
import { SESSION_COOKIE } from '@careerscope/shared';
import { HostingService } from './hosting.service';

interface RenderedPage {
  status: number;
  contentType: string;
  body: string;
}

/** The parts of Express's response the page path uses. */
function fakeResponse(): Response & { statusCode: number } {
  const response = {
    statusCode: 0,
    headers: {} as Record<string, unknown>,
    setHeader(name: string, value: unknown) {
      response.headers[name.toLowerCase()] = value;
      return response;
    },
    status(code: number) {
      response.statusCode = code;
      return response;
    },
    end() {
      return response;
    },
  };
  return response as unknown as Response & { statusCode: number };
}

const page = (publication: number | null): RenderedPage => ({
  status: 200,
  contentType: 'text/html',
  body: `<p>publication ${publication}</p>`,
});

type Render = (req: Request, publication: number | null) => Promise<RenderedPage>;

/** The page path of the service (private: Express calls it for every portal GET). */
const servePage = (service: HostingService, request: object, render: Render): Promise<void> =>
  (service as unknown as { servePage(req: Request, res: Response, render: Render): Promise<void> }).servePage(
    request as Request,
    fakeResponse(),
    render,
  );

describe('HostingService: server-rendered pages and publications', () => {
  let current: number;
  let service: HostingService;
  let renders: { publication: number | null; done: () => void }[];

  const serve = (url = '/compare/cma-vs-medical-coder') => {
    const request = { cookies: {}, query: {}, headers: { host: 'careerscope.example' }, originalUrl: url };
    const render = (_req: Request, publication: number | null) =>
      new Promise<RenderedPage>((resolve) =>
        renders.push({ publication, done: () => resolve(page(publication)) }),
      );
    return servePage(service, request, render);
  };

  beforeEach(() => {
    current = 1;
    renders = [];
    const publications = { currentNumber: () => Promise.resolve(current) };
    service = new HostingService(publications as never, {} as never, {} as never);
  });

  it('renders a page for the publication it serves, and never joins a render of an older one', async () => {
    const first = serve();
    await new Promise((resolve) => setImmediate(resolve));
    current = 2;
    const second = serve();
    const third = serve();
    await new Promise((resolve) => setImmediate(resolve));

    expect(renders.map((render) => render.publication)).toEqual([1, 2]);
    renders.forEach((render) => render.done());
    await Promise.all([first, second, third]);
  });

  it('renders a signed-in visitor the published page of the current publication, like everyone', async () => {
    const request = {
      cookies: { [SESSION_COOKIE]: 'x' },
      query: {},
      headers: { host: 'careerscope.example' },
      originalUrl: '/',
    };
    const seen: (number | null)[] = [];
    await servePage(service, request, (_req, publication) => {
      seen.push(publication);
      return Promise.resolve(page(publication));
    });
    expect(seen).toEqual([1]);
  });
});
