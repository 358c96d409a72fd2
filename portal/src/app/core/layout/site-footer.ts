import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'cs-site-footer',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <footer class="site-footer">
      <div class="container">
        <p>
          Careerscope compares healthcare careers from published data. Employment, wage and projection figures
          come from the U.S. Bureau of Labor Statistics; every figure names its source.
        </p>
      </div>
    </footer>
  `,
})
export class SiteFooter {}
