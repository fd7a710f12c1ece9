// Sources cited by more than one tool file: one definition, so a re-check or a new
// version date is made once. Shared by the music-press tools.

export const labelSuits = {
  url: 'https://econotimes.com/Universal-Music-Group-and-Udio-Partner-to-Launch-AI-Music-Platform-After-Copyright-Settlement-1724590',
  title: 'EconoTimes: UMG and Udio settle; label suits against Suno continue',
  kind: 'third-party',
  checked: '2026-11-28',
} as const;
