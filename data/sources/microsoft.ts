// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the Microsoft tools (Copilot, Microsoft 365 Copilot Chat,
// Copilot Studio); read through Microsoft's own docs repository on GitHub.

const docsRepo = "Microsoft's docs repository on GitHub (MicrosoftDocs/microsoft-365-docs)";

export const m365Privacy = {
  url: 'https://learn.microsoft.com/en-us/copilot/microsoft-365/microsoft-365-copilot-privacy',
  title: 'Data, Privacy, and Security for Microsoft 365 Copilot (version dated 2025-01-15)',
  kind: 'official',
  published: '2025-01-15',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/MicrosoftDocs/microsoft-365-docs/blob/f4946d182155cc08994174e9c67cec8eb10cb789/copilot/microsoft-365-copilot-privacy.md',
    title: docsRepo,
  },
} as const;

export const whichCopilot = {
  url: 'https://learn.microsoft.com/en-us/copilot/microsoft-365/which-copilot-for-your-organization',
  title: 'Microsoft Learn: Which Copilot is right for me or my organization?',
  kind: 'official',
  published: '2025-03-25',
  checked: '2026-12-01',
  via: {
    url: 'https://github.com/MicrosoftDocs/microsoft-365-docs/blob/1f15ce27f2f413fcdc9e6de5c2a47b2e0211d576/copilot/which-copilot-for-your-organization.md',
    title: docsRepo,
  },
} as const;
