/** Messages between the content script and the background, parsed on both ends. */
import * as z from 'zod/mini';
import { PanelData } from './panel-data';

export const Request = z.discriminatedUnion('type', [
  /** Content script → background: the panel data for a matched tool. */
  z.object({ type: z.literal('panel'), toolId: z.string() }),
  /** Content script → background: open the full checklist (popup, else a tab). */
  z.object({ type: z.literal('open-checklist'), toolId: z.string() }),
]);
export type Request = z.infer<typeof Request>;

export const PanelResponse = z.nullable(PanelData);
