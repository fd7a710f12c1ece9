// The React surface Panel.tsx uses, for the no-VDOM measurement build (see jsx-runtime.ts).
export const useRef = <T>(initial: T | null = null) => ({ current: initial });
// Rendered once: state keeps its first value.
export const useState = <T>(initial: T) => [initial, () => {}] as const;
// Rendered once, eagerly (children before parents): one context value for the whole render, set by
// the content script before it calls <Panel/> (see content.ts), in place of a Provider.
let provided: unknown = null;
export const provide = (value: unknown) => void (provided = value);
export const createContext = <T>(initial: T) => ({ initial, Provider: ({ children }: { children?: unknown }) => children });
export const useContext = <T>(context: { initial: T }) => (provided ?? context.initial) as T;
