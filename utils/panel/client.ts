/** The content script's side of the protocol: typed requests, replies checked before use. */
import { browser } from 'wxt/browser';
import type { Messages, MessageType, Request } from './messages';
import { isPanelReply } from './panel-data';

type Response<K extends MessageType> = Messages[K]['response'];

/** Sends a request; null when the background is gone (extension reloaded) or the reply is malformed. */
export async function request<K extends MessageType>(req: Request<K>): Promise<Response<K> | null> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(req);
  } catch {
    return null;
  }
  if (req.type === 'panel') return (isPanelReply(reply) ? reply : null) as Response<K> | null;
  return null;
}
