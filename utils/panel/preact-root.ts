/** `react-dom/client` for the content script: React 18's createRoot over Preact's render (see preact-react.ts). */
import { render, type ComponentChild } from 'preact';

export interface Root {
  render(children: ComponentChild): void;
  unmount(): void;
}

export function createRoot(container: Element): Root {
  return { render: (children) => render(children, container), unmount: () => render(null, container) };
}
