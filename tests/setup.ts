import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetLiveRead } from '@/utils/policy/storage';

// WXT's storage (@wxt-dev/storage) reaches the browser through the globals, not the aliased
// `wxt/browser`; WxtVitest's own setup stubs them, but it does not reach vitest projects.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);

// jsdom's Blob lacks text(); browsers have it (the options page reads imported files with it).
if (!Blob.prototype.text) {
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  // The policy's shared live read belongs to one browser: a fresh fake browser gets a fresh read.
  forgetLiveRead();
  // The pages' cached language (components/PageI18n.tsx) belongs to one browser too.
  globalThis.localStorage?.clear();
});
afterEach(() => {
  cleanup();
});
