import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'cs-forbidden-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <h1>Not allowed</h1>
    <p>Your role does not include this page. Ask an admin if you need access.</p>
    <p><a routerLink="/">Go to the dashboard</a></p>
  `,
})
export class ForbiddenPage {}
