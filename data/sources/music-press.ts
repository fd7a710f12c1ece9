// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the music tools (suno, udio).
// Re-check 2026-12-01: labelSuits (press) was not re-read — it did not come up in the stored copies searched — so it keeps
// its 2026-11-28 date; it supports only label-litigation context, no privacy, training or price claim.

export const labelSuits = {
  url: 'https://econotimes.com/Universal-Music-Group-and-Udio-Partner-to-Launch-AI-Music-Platform-After-Copyright-Settlement-1724590',
  title: 'EconoTimes: UMG and Udio settle; label suits against Suno continue',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;
