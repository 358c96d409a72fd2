import { Browser, BrowserContext, Page, request } from 'playwright-core';

import {
  ApiSession,
  Editor,
  axeViolations,
  createEditor,
  openAs,
  settled,
  signIn,
  unique,
} from './support/admin';
import { ADMIN_EMAIL, ADMIN_PASSWORD, BASE_URL, collectProblems, launchBrowser } from './support/browser';
import { totpCode, totpStep } from './support/totp';

/** An admin account of the journey's own, so turning two-step sign-in on never touches the shared admin. */
async function createAdmin(admin: ApiSession, name: string): Promise<Editor> {
  const email = `admin-${unique()}@e2e.careerscope`;
  const password = `admin passphrase ${unique()}`;
  const user = await admin.call<{ id: string }>('POST', '/api/users', {
    email,
    name,
    role: 'admin',
    password,
  });
  return { email, password, name, id: user.id };
}

/**
 * Wrong passwords until sign-in for the email must wait (SIGN_IN_FREE_FAILURES, 5 by default; the
 * journeys' app makes the wait long enough to look at). Sign-ins are also rate limited per address:
 * that 429 is waited out, it does not count as a failed sign-in.
 */
async function lockOut(email: string): Promise<void> {
  const context = await request.newContext({ baseURL: BASE_URL });
  try {
    await context.get('/api/health');
    const xsrf = (await context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    for (let attempt = 0; attempt < 30; attempt++) {
      const answer = await context.post('/api/auth/login', {
        data: { email, password: 'not the password at all' },
        headers: { 'X-XSRF-TOKEN': xsrf },
      });
      if (answer.status() !== 429) continue;
      const { message } = (await answer.json()) as { message: string };
      if (message.startsWith('Too many attempts. Try again in')) return;
      await new Promise((resolve) => setTimeout(resolve, 8_000));
    }
    throw new Error(`${email} did not lock`);
  } finally {
    await context.dispose();
  }
}

/** Presses "Sign in" on the sign-in page, waiting out the sign-in rate limit; answers the status. */
async function pressSignIn(page: Page): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const answer = page.waitForResponse((response) => response.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: 'Sign in' }).click();
    const status = (await answer).status();
    if (status !== 429 || attempt >= 8) return status;
    await page.waitForTimeout(8_000);
  }
}

/** Your account's two-step sign-in, sign-in with a code, and an admin's unlock and delete of a user. */
describe('two-step sign-in, and unlocking and deleting users', () => {
  let browser: Browser;
  let admin: ApiSession;
  const violations: string[] = [];

  beforeAll(async () => {
    admin = await ApiSession.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await admin?.dispose();
  });

  describe('an admin turns two-step sign-in on and off on their own account', () => {
    let tess: Editor;
    let context: BrowserContext;
    let page: Page;
    let problems: string[];
    let secret = '';
    /** The time step of the last code the API accepted: each code works once. */
    let usedStep = 0;

    beforeAll(async () => {
      tess = await createAdmin(admin, 'Tess Two-Step');
      context = await browser.newContext({ reducedMotion: 'reduce', viewport: { width: 1280, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(10_000);
      problems = collectProblems(page);
    });

    afterAll(async () => {
      await context?.close();
      // Leave nothing behind for later journeys, whatever happened above.
      const user = await admin.send('GET', `/api/users/${tess.id}`);
      if (user.status === 200) {
        const { version } = user.body as { version: number };
        await admin.send('DELETE', `/api/users/${tess.id}?version=${version}`);
      }
    });

    it('sets it up from the QR code page: the key read off the page, a wrong code refused, then the right one', async () => {
      await signIn(page, tess.email, tess.password, '/admin/account');
      await page.getByRole('heading', { name: 'Two-step sign-in' }).waitFor();
      await page.getByTestId('two-factor-state').getByText('Off.').waitFor();
      violations.push(...(await axeViolations(page)));

      await page.getByRole('button', { name: 'Turn on' }).click();
      await page.getByRole('img', { name: /QR code .* authenticator app/ }).waitFor();
      const shown = (await page.getByTestId('totp-secret').textContent())!.trim();
      expect(shown).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
      secret = shown.replace(/\s/g, '');
      violations.push(...(await axeViolations(page)));

      const valid = new Set([-1, 0, 1].map((offset) => totpCode(secret, totpStep() + offset)));
      const wrong = ['000000', '111111', '222222', '333333'].find((code) => !valid.has(code))!;
      const code = page.getByLabel('Six-digit code from the app');
      await code.fill(wrong);
      await page.getByRole('button', { name: 'Confirm and turn on' }).click();
      await page.locator('mat-error').getByText('That code is not correct').waitFor();
      violations.push(...(await axeViolations(page)));

      usedStep = totpStep();
      await code.fill(totpCode(secret, usedStep));
      await page.getByRole('button', { name: 'Confirm and turn on' }).click();
      await page.getByText('Two-step sign-in is on.').waitFor();
      await page.getByTestId('two-factor-state').getByText('On.').waitFor();
      await expect(page.getByRole('img', { name: /QR code/ }).count()).resolves.toBe(0);
      violations.push(...(await axeViolations(page)));
    });

    it('signs out, and signing in again asks for the code', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await page.waitForURL(/\/admin\/sign-in/);
      await page.getByLabel('Email').fill(tess.email);
      await page.getByLabel('Password').fill(tess.password);
      expect(await pressSignIn(page)).toBe(401);
      const code = page.getByLabel('Code from your authenticator app');
      await code.waitFor();
      violations.push(...(await axeViolations(page)));

      // The code of the step after the one used to confirm (accepted: one step of drift either way).
      usedStep = Math.max(usedStep + 1, totpStep());
      await code.fill(totpCode(secret, usedStep));
      expect(await pressSignIn(page)).toBe(200);
      await page.waitForURL((url) => !url.pathname.includes('sign-in'));
      await page.getByTestId('current-user').getByText('Tess Two-Step').waitFor();
    });

    it('turns it off again with the password, after a confirmation', async () => {
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Your account' })
        .click();
      await page.getByRole('button', { name: 'Turn off', exact: true }).click();
      await page.getByLabel('Your password', { exact: true }).fill(tess.password);
      await page.getByRole('button', { name: 'Turn off two-step sign-in' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText('Turn off two-step sign-in?').waitFor();
      violations.push(...(await axeViolations(page)));
      await dialog.getByRole('button', { name: 'Turn off' }).click();
      await page.getByText('Two-step sign-in is off.').waitFor();
      await page.getByTestId('two-factor-state').getByText('Off.').waitFor();

      await expect(admin.call('GET', `/api/users/${tess.id}`)).resolves.toMatchObject({
        twoFactorEnabled: false,
      });
      // Refused sign-ins and the wrong code are answers the journey asked for; anything else is a bug.
      const expected = /Failed to load resource: the server responded with a status of (400|401|429)\b/;
      expect(problems.filter((problem) => !expected.test(problem))).toEqual([]);
    });
  });

  describe('an admin unlocks, then deletes, a locked-out user', () => {
    let lou: Editor;
    let page: Page;

    beforeAll(async () => {
      lou = await createEditor(admin, `Lou Locked ${unique()}`);
      await lockOut(lou.email);
    }, 120_000);

    afterAll(async () => {
      await page?.context().close();
    });

    it('shows the lockout in the list and on the user, and unlocks them', async () => {
      page = await openAs(browser, admin, `/admin/users?q=${encodeURIComponent(lou.email)}`);
      await settled(page);
      const row = page.getByRole('row').filter({ hasText: lou.email });
      await row.getByText(/active · locked until/).waitFor();
      violations.push(...(await axeViolations(page)));

      await row.getByRole('link', { name: lou.email }).click();
      await page.getByTestId('lock-state').getByText('Locked').waitFor();
      violations.push(...(await axeViolations(page)));

      await page.getByRole('button', { name: 'Unlock' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText(`Unlock ${lou.name}?`).waitFor();
      violations.push(...(await axeViolations(page)));
      await dialog.getByRole('button', { name: 'Unlock' }).click();
      await page.getByText(`Unlocked ${lou.email}.`).waitFor();
      await page.getByTestId('lock-state').getByText('Not locked').waitFor();
      await expect(admin.call('GET', `/api/users/${lou.id}`)).resolves.toMatchObject({ lockedUntil: null });
    });

    it('deletes them after a confirmation naming them, and is back at the list', async () => {
      await page.getByRole('button', { name: 'Delete user' }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.getByText(`Delete ${lou.name}?`).waitFor();
      await dialog.getByRole('button', { name: 'Delete user' }).click();
      await page.waitForURL(/\/admin\/users(\?|$)/);
      await page.getByText(`Deleted user ${lou.email}.`).waitFor();
      await expect(admin.send('GET', `/api/users/${lou.id}`)).resolves.toMatchObject({ status: 404 });
    });
  });

  describe('Markdown prose is written with a preview beside it', () => {
    let page: Page;

    afterAll(async () => {
      await page?.context().close();
    });

    it('renders the preview as the portal will, sanitized, side by side on a wide screen', async () => {
      page = await openAs(browser, admin, '/admin/authors/new');
      await settled(page);
      const preview = page.getByTestId('markdown-preview');
      await preview.getByText('Nothing to preview').waitFor();
      await page
        .getByRole('textbox', { name: 'Bio', exact: true })
        .fill(
          '### Experience\n\n- Coding **claims**\n- [BLS](https://www.bls.gov/)\n\n<script>alert(1)</script>',
        );
      await preview.locator('h3', { hasText: 'Experience' }).waitFor();
      await expect(preview.locator('strong').textContent()).resolves.toBe('claims');
      await expect(preview.locator('a').getAttribute('href')).resolves.toBe('https://www.bls.gov/');
      await expect(preview.locator('script').count()).resolves.toBe(0);
      await expect(preview.textContent()).resolves.toContain('<script>alert(1)</script>');
      violations.push(...(await axeViolations(page)));
    });

    it('switches between Write and Preview on a narrow screen', async () => {
      await page.setViewportSize({ width: 480, height: 900 });
      const bio = page.getByRole('textbox', { name: 'Bio', exact: true });
      await page.getByRole('radio', { name: 'Preview', exact: true }).click();
      await page.getByTestId('markdown-preview').locator('strong').waitFor();
      await expect(bio.isVisible()).resolves.toBe(false);
      violations.push(...(await axeViolations(page)));
      await page.getByRole('radio', { name: 'Write', exact: true }).click();
      await bio.waitFor();
    });
  });

  it('found no accessibility violation', () => {
    expect(violations).toEqual([]);
  });
});
