// The itemised red-flag check (pathway 2026.4.0) answered "not seen" for every item, as the one
// "None of these seen or reported" action records it for the birthing parent.
export const noRedFlagsSeen = {
  'red-flags.mental-state-change': 'no',
  'red-flags.violent-self-harm': 'no',
  'red-flags.incompetence-estrangement': 'no',
  'red-flags.severe-sleep': 'no',
  'red-flags.psychosis-signs': 'no',
  'red-flags.harm-self-thoughts': 'no',
  'red-flags.harm-baby-thoughts': 'no',
  'red-flags.imminent-danger': 'no',
} as const;
