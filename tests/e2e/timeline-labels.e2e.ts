// A timeline you can read (issue 16 §2): on a desktop and on a phone, every label on the
// timeline (the marks' short titles, the reference lines' "Published …" and "Today") is drawn
// inside the viewport and no two overlap, checked by their bounding boxes; an article's page
// shows its own timeline labelled the same way; a Review by date set in Edit forecast moves a
// forecast with no deadline onto the axis, says so in words, and goes into the calendar file;
// axe finds nothing serious on the timeline in either theme.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEED_SOURCE_ID } from '../../src/data/seed-article';
import { SEED_FORECASTS } from '../../src/data/seed-forecasts';
import { SEED_TITLES } from '../../src/data/seed-titles';
import { parseCalendar } from '../support/ical';
import { expectNoSeriousViolations } from './support/axe';
import { appUnderTest, DESKTOP, download, PHONE, type Viewport } from './support/browser';
import { forecast, loadSection, settledInView, waitForForecasts } from './support/hindsight';

const app = appUnderTest();

const LOSSES = SEED_FORECASTS.find((f) => f.id === 'fc-inozemtsev-russian-losses')!;
/** The dated forecasts of the catalogue, which sit on the axis (statements about the present do not). */
const ON_AXIS = SEED_FORECASTS.filter((f) => f.kind !== 'present-state' && f.deadline !== null);

interface Box {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every label drawn in the timeline, with its box in the viewport (CSS pixels). */
const labelBoxes = (timeline: Locator): Promise<Box[]> =>
  timeline.locator('.timeline-label, .reference-label').evaluateAll((elements) =>
    elements.flatMap((element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return [];
      const { left, right, top, bottom } = box;
      return [{ text: element.textContent ?? '', left, right, top, bottom }];
    }),
  );

/** Fails naming the first label out of the viewport, and the first two that overlap. */
function expectReadable(boxes: Box[], viewport: Viewport): void {
  for (const box of boxes) {
    expect(box.left, `"${box.text}" starts off screen`).toBeGreaterThanOrEqual(0);
    expect(box.right, `"${box.text}" ends off screen`).toBeLessThanOrEqual(viewport.width);
  }
  // Half a pixel of slack for boxes that merely touch after rounding.
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      const apart =
        a.right <= b.left + 0.5 ||
        b.right <= a.left + 0.5 ||
        a.bottom <= b.top + 0.5 ||
        b.bottom <= a.top + 0.5;
      expect(apart, `"${a.text}" overlaps "${b.text}"`).toBe(true);
    }
  });
}

/** The label drawn on the plot for the mark whose name contains `claim`. */
const plotLabel = (timeline: Locator, claim: string) =>
  timeline
    .getByRole('group', { name: 'Marks', exact: true })
    .getByRole('button', { name: claim })
    .locator('.mark-label');

async function openTimeline(page: Page): Promise<Locator> {
  await waitForForecasts(page);
  const timeline = await loadSection(page, 'Timeline');
  await timeline.getByRole('group', { name: 'Marks', exact: true }).waitFor();
  return timeline;
}

describe('timeline labels', () => {
  it.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)(
    'on a %s, labels every mark and reference line, inside the viewport, none overlapping',
    async (_name, viewport) => {
      const { page, errors } = await app.open({ viewport });
      const timeline = await openTimeline(page);
      // One focusable mark per forecast, named by its claim (GUIDE §4), on the axis or beside it.
      for (const f of SEED_FORECASTS) {
        await expect.poll(() => timeline.getByRole('button', { name: f.claim }).count()).toBe(1);
      }
      // Each mark on the axis carries its short title, whole or cut short with an ellipsis.
      for (const f of ON_AXIS) {
        const text = (await plotLabel(timeline, f.claim).textContent()) ?? '';
        expect(SEED_TITLES[f.id]!.startsWith(text.replace(/…$/, ''))).toBe(true);
        await expect.poll(() => plotLabel(timeline, f.claim).isVisible()).toBe(true);
      }
      const references = timeline.locator('.reference-label');
      expect(await references.allTextContents()).toEqual(['Published 22 Dec 2022', 'Today']);
      // The forecasts with no deadline are listed by kind, each with its title.
      const openEnded = timeline.getByRole('group', { name: 'Open-ended', exact: true });
      await expect
        .poll(() => openEnded.getByText(SEED_TITLES[LOSSES.id]!, { exact: true }).isVisible())
        .toBe(true);
      expect(
        await timeline
          .getByRole('group', { name: 'Statements about the present', exact: true })
          .getByRole('button')
          .count(),
      ).toBe(SEED_FORECASTS.filter((f) => f.kind === 'present-state').length);

      const boxes = await labelBoxes(timeline);
      expect(boxes.length).toBeGreaterThanOrEqual(SEED_FORECASTS.length);
      expectReadable(boxes, viewport);
      expect(errors).toEqual([]);
    },
  );

  it('labels the timeline of an article’s page the same way', async () => {
    const { page } = await app.open({ url: `?page=article&id=${SEED_SOURCE_ID}` });
    const timeline = await openTimeline(page);
    for (const f of ON_AXIS) {
      await expect.poll(() => plotLabel(timeline, f.claim).isVisible()).toBe(true);
    }
    expect(await timeline.locator('.reference-label').allTextContents()).toEqual([
      'Published 22 Dec 2022',
      'Today',
    ]);
    expectReadable(await labelBoxes(timeline), DESKTOP);
  });

  it('moves a forecast onto the axis by its Review by date, and puts that date in the calendar', async () => {
    const { page } = await app.open();
    const timeline = await openTimeline(page);
    const plot = timeline.getByRole('group', { name: 'Marks', exact: true });
    expect(await plot.getByRole('button', { name: LOSSES.claim }).count()).toBe(0);

    const card = forecast(page, LOSSES.claim);
    const edit = card.getByRole('button', { name: 'Edit forecast', exact: true });
    await settledInView(edit);
    await edit.click();
    const form = card.getByRole('form', { name: 'Edit forecast' });
    await form
      .getByRole('textbox', { name: 'Short title', exact: true })
      .fill('Heavy Russian losses');
    await form.getByLabel('Review by', { exact: true }).fill('2027-03-31');
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await form.waitFor({ state: 'detached' });

    // On the axis now, named and labelled as a review date, not a deadline.
    const mark = plot.getByRole('button', { name: LOSSES.claim });
    await expect.poll(() => mark.count()).toBe(1);
    expect(await mark.getAttribute('aria-label')).toContain('no deadline, review by 31 Mar 2027');
    await expect
      .poll(() => mark.locator('.mark-label').textContent())
      .toBe('Review: Heavy Russian losses');
    expect(await mark.getAttribute('class')).toContain('is-review');
    await expect
      .poll(() => timeline.getByRole('list', { name: 'Legend' }).textContent())
      .toContain('Review date (no deadline)');
    expectReadable(await labelBoxes(timeline), DESKTOP);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const choice = page.getByRole('button', { name: 'Calendar (.ics)', exact: true });
    const file = await download(page, () => choice.click());
    const event = parseCalendar(file.text).events.find(
      (e) => e.uid === `review-${LOSSES.id}@hindsight`,
    );
    expect(event).toMatchObject({
      start: '2027-03-31',
      end: '2027-04-01',
      allDay: true,
      summary: `Review: ${LOSSES.claim}`,
    });
  });

  it.each(['light', 'dark'] as const)('passes axe on the timeline, %s', async (colorScheme) => {
    const { page } = await app.open({ colorScheme });
    await openTimeline(page);
    await expectNoSeriousViolations(page, `the timeline, ${colorScheme}`, 'section.timeline');
  });
});
