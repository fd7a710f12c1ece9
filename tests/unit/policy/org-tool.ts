// An organisation's own tool as an administrator would write it in a policy: the dataset's
// format (here a dataset tool re-dressed), as plain JSON.
import { getTool } from '@/data/catalogue';

export function orgTool(over: Record<string, unknown> = {}): Record<string, unknown> {
  const base = JSON.parse(JSON.stringify(getTool('chatgpt'))) as Record<string, unknown>;
  return {
    ...base,
    id: 'acme-helper',
    name: 'Acme Helper',
    vendor: 'Acme IT',
    homepage: 'https://chatgpt.com/g/g-acme-helper',
    summary: 'Acme’s own assistant, a custom GPT on the company’s ChatGPT Enterprise workspace.',
    match: [{ host: 'chatgpt.com', path: '/g/g-acme-helper' }],
    alternatives: ['claude'],
    ...over,
  };
}
