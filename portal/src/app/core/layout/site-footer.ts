import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'cs-site-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <footer class="site-footer">
      <div class="container">
        <p>
          Careerscope compares healthcare careers from published data. Employment, wage and projection figures
          come from the U.S. Bureau of Labor Statistics; every figure names its source. Careerscope sets no
          educational or licensing standards.
        </p>
        <p class="no-print">
          <a routerLink="/sources">Sources</a> · <a routerLink="/about-data">About the data</a> ·
          <a routerLink="/changes">What changed</a> (<a href="/changes.atom" type="application/atom+xml"
            >Atom feed</a
          >) ·
          <a href="/sitemap.xml">Sitemap</a>
        </p>
      </div>
    </footer>
  `,
})
export class SiteFooter {}
