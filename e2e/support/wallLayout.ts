// Measures what a viewer across the room would notice: text smaller than 24 px, text cut off by
// its box, and anything outside the screen.
import type { Page } from '@playwright/test';

export interface LayoutProblem {
  kind: 'small' | 'clipped' | 'offscreen' | 'pageOverflow';
  text: string;
  detail: string;
}

export function layoutProblems(page: Page, minFontPx = 24): Promise<LayoutProblem[]> {
  return page.evaluate((min) => {
    const problems: LayoutProblem[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth || root.scrollHeight > root.clientHeight)
      problems.push({
        kind: 'pageOverflow',
        text: '',
        detail: `${root.scrollWidth}×${root.scrollHeight} in ${root.clientWidth}×${root.clientHeight}`,
      });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const text = node.textContent?.trim() ?? '';
      const element = node.parentElement;
      // recharts measures label widths with a hidden span parked 20,000 px above the page.
      if (!text || !element || element.closest('#recharts_measurement_span')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || Number(style.opacity) === 0) continue;
      // The nearest box that hides overflow; a 1-px one is a screen-reader-only label, not shown.
      let clipBox: HTMLElement | null = null;
      for (let box: HTMLElement | null = element; box && box !== document.body; box = box.parentElement) {
        const boxStyle = getComputedStyle(box);
        if (boxStyle.overflowX !== 'visible' || boxStyle.overflowY !== 'visible') {
          clipBox = box;
          break;
        }
      }
      const bounds = clipBox?.getBoundingClientRect();
      if (bounds && (bounds.width <= 1 || bounds.height <= 1)) continue;
      const size = parseFloat(style.fontSize);
      if (size < min) problems.push({ kind: 'small', text, detail: `${size}px` });
      if (rect.right > innerWidth + 1 || rect.bottom > innerHeight + 1 || rect.left < -1 || rect.top < -1)
        problems.push({
          kind: 'offscreen',
          text,
          detail: `${Math.round(rect.right)},${Math.round(rect.bottom)}`,
        });
      // The text is larger than the box that hides its overflow: part of it is cut off.
      if (
        clipBox &&
        bounds &&
        (rect.right > bounds.right + 1 ||
          rect.left < bounds.left - 1 ||
          rect.bottom > bounds.bottom + 1 ||
          rect.top < bounds.top - 1 ||
          (clipBox === element && clipBox.scrollWidth > clipBox.clientWidth + 1))
      )
        problems.push({ kind: 'clipped', text, detail: `by <${clipBox.tagName.toLowerCase()}>` });
    }
    return problems;
  }, minFontPx);
}
