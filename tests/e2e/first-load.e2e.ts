import { describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, foreignRequests, appUnderTest } from './support/browser';
import {
  loadSection,
  accessibilityNodes,
  claims,
  forecasts,
  heading,
  noteBox,
  outcomeControl,
  region,
  waitForForecasts,
} from './support/hindsight';

const app = appUnderTest();

describe('first load', () => {
  it('shows the forecasts, each with an Outcome control and a mark on the Timeline', async () => {
    const loaded = await app.open();
    const { page } = loaded;
    const count = await waitForForecasts(page, 12);
    expect(await heading(page).isVisible()).toBe(true);

    const names = await claims(page);
    expect(names).toHaveLength(count);
    expect(names.filter((claim) => claim.trim() === '')).toEqual([]);

    const timeline = await loadSection(page, 'Timeline');
    expect(await timeline.isVisible()).toBe(true);
    const marks = (
      await accessibilityNodes(page, { within: { role: 'region', name: 'Timeline' } })
    ).filter((node) => node.focusable);
    const unmarked = names.filter((claim) => !marks.some((mark) => mark.name.includes(claim)));
    expect(unmarked, 'claims without a focusable mark on the Timeline').toEqual([]);

    for (let index = 0; index < count; index += 1) {
      const article = forecasts(page).nth(index);
      const controls = await outcomeControl(article).count();
      expect(controls, `Outcome control in "${names[index]}"`).toBeGreaterThanOrEqual(1);
    }
    const first = forecasts(page).first();
    expect(await noteBox(first).count()).toBe(1);
    expect(await first.getByRole('textbox', { name: 'Evidence URL', exact: true }).count()).toBe(1);
    expect(await first.getByRole('button', { name: 'Add evidence', exact: true }).count()).toBe(1);

    expect(loaded.errors).toEqual([]);
    expect(loaded.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(loaded)).toEqual([]);
  });

  it.each([
    { screen: 'desktop', viewport: DESKTOP },
    { screen: 'phone', viewport: PHONE },
  ])('fits a $screen screen without horizontal scrolling', async ({ viewport }) => {
    const { page } = await app.open({ viewport });
    await waitForForecasts(page);
    const widths = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(widths.scrollWidth).toBeLessThanOrEqual(widths.innerWidth);

    const landmarks = {
      heading: heading(page),
      timeline: region(page, 'Timeline'),
      'first forecast': forecasts(page).first(),
    };
    for (const [name, locator] of Object.entries(landmarks)) {
      expect(await locator.isVisible(), `${name} is visible`).toBe(true);
      const box = await locator.boundingBox();
      expect(box, `${name} has a box`).not.toBeNull();
      if (box === null) continue;
      expect(box.x, `${name} starts on screen`).toBeGreaterThanOrEqual(-0.5);
      expect(box.x + box.width, `${name} ends on screen`).toBeLessThanOrEqual(viewport.width + 0.5);
    }
  });
});
