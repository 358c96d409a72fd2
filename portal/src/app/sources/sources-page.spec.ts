import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ONET_ATTRIBUTION, type PublicSourcesResponse } from '@careerscope/shared';

import { aapc, blsWages, onet, publicationFixture } from '../../testing/sources.fixture';
import { SourcesPage } from './sources-page';

function render(items: PublicSourcesResponse['items']): HTMLElement {
  TestBed.configureTestingModule({ imports: [SourcesPage], providers: [provideRouter([])] });
  const fixture = TestBed.createComponent(SourcesPage);
  fixture.componentRef.setInput('page', { kind: 'ok', data: { publication: publicationFixture, items } });
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

describe('SourcesPage', () => {
  it('carries O*NET’s attribution beside the O*NET source', () => {
    const el = render([blsWages, onet, aapc]);

    const attributions = [...el.querySelectorAll('.attribution')];
    expect(attributions.map((p) => p.textContent?.trim())).toEqual([ONET_ATTRIBUTION]);
    expect(attributions[0].closest('li')?.id).toBe(onet.key);
  });

  it('has no O*NET attribution when no O*NET source is listed', () => {
    const el = render([blsWages, aapc]);

    expect(el.querySelector('.attribution')).toBeNull();
  });
});
