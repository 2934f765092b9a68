import { expect, test, type Page } from '@playwright/test';
import { liveCourse, spotlight, startLiveSession } from './support/live-course';
import { openReader } from './support/reader';

/**
 * From now on, records for each scroll of the page whether the spotlighted passage was
 * then on screen; scrolls before there is a spotlight are not recorded.
 */
async function recordScrolls(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as { scrolls: boolean[] };
    w.scrolls = [];
    addEventListener(
      'scroll',
      () => {
        const box = document.querySelector('[data-spotlight]')?.getBoundingClientRect();
        if (box) w.scrolls.push(box.bottom > 0 && box.top < innerHeight);
      },
      { passive: true },
    );
  });
}

const scrolls = (page: Page) =>
  page.evaluate(() => (window as unknown as { scrolls: boolean[] }).scrolls);

/** The spotlight's animation as the page computes it, and how many animations run on it. */
const pulse = (page: Page) =>
  page.locator('[data-spotlight]').evaluate((el) => ({
    name: getComputedStyle(el).animationName,
    running: el.getAnimations().length,
  }));

test('under reduced motion a followed spotlight jumps into view at once and does not pulse', async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const live = await liveCourse(browser, 'Ines Teacher', [
    { name: 'Still Reader' },
    { name: 'Moving Reader' },
  ]);
  const [still, moving] = live.students as [Page, Page];
  await still.emulateMedia({ reducedMotion: 'reduce' });
  await moving.emulateMedia({ reducedMotion: 'no-preference' });
  for (const student of live.students) await openReader(student, live.documentId);
  await startLiveSession(live, 'Ines Teacher');
  for (const student of live.students) {
    await expect(student.getByLabel('Follow the instructor')).toBeChecked();
    expect(await student.evaluate(() => window.scrollY)).toBe(0);
    await recordScrolls(student);
  }

  await spotlight(live.teacher, 'The lighthouse keeper counted');
  for (const student of live.students) {
    await expect(student.locator('[data-spotlight]')).toHaveText('The lighthouse keeper counted');
    await expect(student.locator('[data-spotlight]')).toBeInViewport();
  }

  // No smooth scroll: the very first scroll already has the passage on screen, with
  // nothing in between.
  const seen = await scrolls(still);
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0], 'the first scroll should land on the spotlight').toBe(true);
  expect(await pulse(still)).toEqual({ name: 'none', running: 0 });

  // Without the preference the same spotlight pulses, so the check above can tell.
  expect((await pulse(moving)).name).toBe('spotlight-pulse');
});
