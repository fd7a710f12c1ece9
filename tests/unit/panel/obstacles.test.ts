// @vitest-environment jsdom
// Which of the page's elements count as controls the panel must stay clear of.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findObstacles } from '@/utils/panel/obstacles';

/** Lays out a fixture: each element's data-rect is "left top width height" (jsdom has no layout). */
function page(html: string) {
  document.body.innerHTML = html;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const [x, y, w, h] = (this.getAttribute('data-rect') ?? '0 0 0 0').split(' ').map(Number) as [number, number, number, number];
    return { left: x, top: y, width: w, height: h, right: x + w, bottom: y + h, x, y, toJSON() {} } as DOMRect;
  });
  return findObstacles(document).map((r) => `${r.left} ${r.top}`);
}
afterEach(() => {
  document.body.innerHTML = '';
});

describe('findObstacles', () => {
  it('takes the header’s controls, links, fields and open menus', () => {
    expect(
      page(`
        <button data-rect="900 8 80 36">Share</button>
        <a href="/account" data-rect="990 8 30 30">Me</a>
        <div role="menu" data-rect="800 50 200 120"><div role="menuitem" data-rect="810 60 180 30">Log out</div></div>
        <select data-rect="60 8 120 30"></select>
        <textarea data-rect="300 700 600 80"></textarea>
        <div tabindex="0" data-rect="10 100 40 40"></div>
      `),
    ).toEqual(['900 8', '990 8', '800 50', '810 60', '60 8', '300 700', '10 100']);
  });

  it('skips what is not there: zero size, off screen, hidden inputs, plain text and non-focusable boxes', () => {
    expect(
      page(`
        <button data-rect="0 0 0 0">collapsed</button>
        <button data-rect="-200 10 100 30">off to the left</button>
        <a href="#" data-rect="10 5000 100 30">far below</a>
        <input type="hidden" data-rect="10 10 100 30">
        <p data-rect="10 10 400 40">text</p>
        <div tabindex="-1" data-rect="10 60 100 30"></div>
        <a data-rect="10 100 100 30">an anchor without href</a>
      `),
    ).toEqual([]);
  });

  it('ignores a "control" covering most of the viewport (a scroll region), never a prompt box', () => {
    expect(page(`<div tabindex="0" data-rect="0 0 1024 700"></div><div contenteditable="true" data-rect="0 0 1024 700"></div>`)).toEqual([
      '0 0',
    ]);
  });
});
