// How a service is reached, in words: its own module because a red-flag card's services need it
// (services-for-outcome.ts) and fields.ts, the options page's field list, is not wanted there.
export const referralLabels = {
  'self-referral': 'Self-referral',
  'professional-referral': 'Professional referral',
  'self-or-professional-referral': 'Self-referral or professional referral',
} as const;
