// The React surface Panel.tsx uses, for the no-VDOM measurement build (see jsx-runtime.ts).
export const useRef = <T>(initial: T | null = null) => ({ current: initial });
// Rendered once: state keeps its first value.
export const useState = <T>(initial: T) => [initial, () => {}] as const;
