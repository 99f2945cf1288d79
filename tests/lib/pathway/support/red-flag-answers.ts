import { reported } from '../../../../lib/pathway/contact-builder';

// The itemised red-flag check (pathway 2026.4.0) answered "not seen" for every item, as the one
// "None of these seen or reported" action records it for the birthing parent: from her own account
// and the practitioner's observation.
const notSeen = reported('no', 'parent', 'practitioner');

export const noRedFlagsSeen = {
  'red-flags.mental-state-change': notSeen,
  'red-flags.violent-self-harm': notSeen,
  'red-flags.incompetence-estrangement': notSeen,
  'red-flags.severe-sleep': notSeen,
  'red-flags.psychosis-signs': notSeen,
  'red-flags.harm-self-thoughts': notSeen,
  'red-flags.harm-baby-thoughts': notSeen,
  'red-flags.imminent-danger': notSeen,
};
