// Matcher cases for round 4, group B: Microsoft 365 Copilot Chat (path rule on m365.cloud.microsoft) and Microsoft
// Copilot Studio (own host). The consumer Copilot keeps copilot.microsoft.com.
import { describe, expect, it } from 'vitest';
import { matchTool } from '../../data/catalogue';

const cases: Array<[string, string | null]> = [
  // Microsoft 365 Copilot Chat — only the /chat path of m365.cloud.microsoft is claimed.
  ['https://m365.cloud.microsoft/chat', 'microsoft-365-copilot-chat'],
  ['https://m365.cloud.microsoft/chat/', 'microsoft-365-copilot-chat'],
  ['https://m365.cloud.microsoft/chat/conversation/123?auth=2', 'microsoft-365-copilot-chat'],
  ['https://m365.cloud.microsoft/chatter', null], // sibling path on the shared host
  ['https://m365.cloud.microsoft/', null], // the wider Microsoft 365 Copilot app is not claimed
  ['https://m365.cloud.microsoft.evil.example/chat', null],
  ['https://notm365.cloud.microsoft/chat', null],
  ['https://copilot.microsoft.com/', 'microsoft-copilot'], // the consumer Copilot stays separate
  // Microsoft Copilot Studio — its own host.
  ['https://copilotstudio.microsoft.com/', 'microsoft-copilot-studio'],
  ['https://copilotstudio.microsoft.com/environments/Default-123/bots', 'microsoft-copilot-studio'],
  ['https://copilotstudio.microsoft.com.evil.example/', null],
  ['https://notcopilotstudio.microsoft.com/', null],
  ['https://ai.azure.com/', 'azure-ai-foundry'], // another Microsoft AI host does not return Copilot Studio
];

describe('round 4 group B matcher', () => {
  it.each(cases)('%s → %s', (url, id) => expect(matchTool(url)?.id ?? null).toBe(id));
});
