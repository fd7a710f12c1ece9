/**
 * `react` as the content script sees it: Preact's core and hooks, without preact/compat's React
 * emulation (Children, forwardRef, Suspense, event renaming; ~2 KB gzip) that the panel's
 * components do not use. Aliased by modules/preact-panel.ts; the components are still written
 * against React's API, and a component that needs more of it gets it added here.
 */
export { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
export { Component, createContext, createElement, Fragment } from 'preact';
