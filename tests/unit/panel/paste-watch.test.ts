// @vitest-environment jsdom
// Which pastes and drops the nudge looks at: the page's editable fields, never the panel's own.
import { describe, expect, it } from 'vitest';
import { isPromptTarget, transferredText } from '@/utils/panel/paste-watch';

function pasteOn(target: Element): Event {
  let seen: Event | null = null;
  const e = new Event('paste', { bubbles: true, composed: true });
  document.addEventListener('paste', (ev) => (seen = ev), { once: true, capture: true });
  target.dispatchEvent(e);
  return seen!;
}
const captured = (target: Element) => {
  let result = false;
  document.addEventListener('paste', (ev) => (result = isPromptTarget(ev)), { once: true, capture: true });
  target.dispatchEvent(new Event('paste', { bubbles: true, composed: true }));
  return result;
};

describe('isPromptTarget', () => {
  it.each([
    ['a textarea', '<textarea></textarea>', 'textarea'],
    ['a text field', '<input type="text">', 'input'],
    ['a field without a type', '<input>', 'input'],
    ['a search field', '<input type="search">', 'input'],
    ['a contenteditable editor', '<div contenteditable="true"><p>draft</p></div>', 'p'],
    ['a role=textbox editor', '<div role="textbox"><span>x</span></div>', 'span'],
  ])('%s: yes', (_name, html, selector) => {
    document.body.innerHTML = html;
    expect(captured(document.querySelector(selector)!)).toBe(true);
  });

  it.each([
    ['a password field', '<input type="password">', 'input'],
    ['a button', '<button>Send</button>', 'button'],
    ['plain text', '<p>hello</p>', 'p'],
    ['an editor switched off', '<div contenteditable="false"><p>x</p></div>', 'p'],
  ])('%s: no', (_name, html, selector) => {
    document.body.innerHTML = html;
    expect(captured(document.querySelector(selector)!)).toBe(false);
  });

  it('a textarea inside an open shadow root: yes', () => {
    document.body.innerHTML = '<chat-box></chat-box>';
    const root = document.querySelector('chat-box')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea>';
    expect(captured(root.querySelector('textarea')!)).toBe(true);
  });

  it('the panel’s own fields: no', () => {
    document.body.innerHTML = '<caveat-lens></caveat-lens>';
    const root = document.querySelector('caveat-lens')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<textarea></textarea>';
    expect(captured(root.querySelector('textarea')!)).toBe(false);
  });
});

describe('transferredText', () => {
  it('reads the plain text of a paste, and nothing from an event without data', () => {
    const e = pasteOn(document.body) as Event & { clipboardData?: unknown };
    expect(transferredText(e)).toBeNull();
    Object.defineProperty(e, 'clipboardData', { value: { getData: (t: string) => (t === 'text/plain' ? 'hello' : '') } });
    expect(transferredText(e)).toBe('hello');
  });

  it('reads the plain text of a drop; a drop of files only gives nothing', () => {
    const drop = (data: Record<string, string>) => {
      const e = new Event('drop');
      Object.defineProperty(e, 'dataTransfer', { value: { getData: (t: string) => data[t] ?? '' } });
      return e;
    };
    expect(transferredText(drop({ 'text/plain': 'dropped' }))).toBe('dropped');
    expect(transferredText(drop({}))).toBeNull();
  });
});
