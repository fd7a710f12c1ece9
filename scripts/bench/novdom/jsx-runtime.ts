// Route B of the panel-performance issue, for measurement only: JSX straight to DOM, no virtual
// DOM. Renders once (no updates); enough to measure what a no-VDOM panel would cost on a page.
type Child = Node | string | number | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };

export const Fragment = Symbol('Fragment');

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false || child === true) return;
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function jsx(type: unknown, props: Props): Node {
  const { children, ...rest } = props;
  if (type === Fragment) {
    const frag = document.createDocumentFragment();
    append(frag, children);
    return frag;
  }
  if (typeof type === 'function') return type(props);
  const el = document.createElement(type as string);
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'ref') (value as { current: unknown }).current = el;
    else if (key === 'className') el.setAttribute('class', String(value));
    else if (key === 'style') for (const [k, v] of Object.entries(value as object)) el.style.setProperty(k, String(v));
    else if (key.startsWith('on')) el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    else el.setAttribute(key, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}
export const jsxs = jsx;
