// The React surface Panel.tsx uses, for the no-VDOM measurement build (see jsx-runtime.ts).
export const useRef = <T,>(initial: T | null = null) => ({ current: initial });
