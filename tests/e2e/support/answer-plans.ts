import { NONE_OF_THESE, NONE_OF_THESE_NO, type AnswerPlan } from '../pages/side-panel';

// What a practitioner answers, question by question, in the walkthroughs (keyed by the question
// as the panel shows it). Shared by the end-to-end specs and `npm run bench`.

export const reassuringObservation = /^Reassuring: responds to the baby/;

/** Nothing of concern, for either parent. */
export const noConcerns: AnswerPlan = [
  [/^Others are in the room\. Is she happy to talk/, 'Yes, happy to talk now'],
  ['How have you been feeling emotionally?', 'No concerns raised'],
  [/^During the past month, have you often been bothered/, 'No'],
  ['Feeling nervous, anxious or on edge', 'Not at all'],
  ['Not being able to stop or control worrying', 'Not at all'],
  [/^Low mood, tearfulness or anxiety since the birth/, 'None'],
  ['How does she feel about the birth?', 'Positive or all right'],
  [/^Ask the partner or relative: has she seemed unlike her usual self/, 'No, she seems her usual self'],
  // The itemised red-flag check: its first item offers the one action for all of them.
  [/^Recent significant change in mental state/, NONE_OF_THESE],
  [/^Partner: any thoughts of harming themselves/, 'None seen or reported'],
  [/^Are you concerned about this parent/, 'No'],
  [/^Would you be happy for me to ask you some questions/, 'Yes, and it can go in that record'],
  ['How are things going between you and your baby?', 'Talks warmly and enjoys the baby'],
  ['How do you feel about the pregnancy and the baby?', 'Mostly positive'],
  [/^Do you ever feel angry with the baby/, 'No'],
  ['Parent and baby together', reassuringObservation],
  [/^Past or present severe mental illness/, 'No'],
  [/^Past or present treatment by specialist mental health services/, 'No'],
  [/^Bipolar disorder or postpartum psychosis \(or other severe perinatal mental illness\) in a first-degree relative/, 'No'],
  // Pathway 2026.4.0 (issue 11): more first-contact history, the partner's own questions, and the
  // practitioner's severity judgement after a positive measure.
  ['Depression or anxiety in or after an earlier pregnancy', 'No'],
  ['Previous self-harm or suicide attempt', 'No'],
  ['Personality disorder or complex trauma', 'No'],
  ['Medication for her mental health', 'No'],
  [/^Is the partner happy to talk about how they have been feeling/, 'Yes, happy to talk now'],
  [/^Have you had mental health problems in the past/, 'No'],
  [/^Do you use alcohol or drugs/, 'No'],
  [/^In your judgement, is this moderate.severe or complex illness/, 'No'],
  [/^If you checked off any problems, how difficult/, 'Not difficult at all'],
  ['Is there a partner or co-parent involved with the baby?', 'Yes'],
  ['How does she think her partner has been feeling?', 'Seems well'],
  [/^Has her partner said or done anything that makes her worry/, 'No'],
  [/^Routine enquiry about domestic abuse/, 'Asked: no disclosure'],
];

/** EPDS answers scoring 1,1,2,2,1,2,2,2,1,0: total 14 with item 10 "Never". */
export const epdsFourteen: AnswerPlan = [
  ['I have been able to laugh and see the funny side of things', 'Not quite so much now'],
  ['I have looked forward with enjoyment to things', 'Rather less than I used to'],
  ['I have blamed myself unnecessarily when things went wrong', 'Yes, some of the time'],
  ['I have been anxious or worried for no good reason', 'Yes, sometimes'],
  ['I have felt scared or panicky for no very good reason', 'No, not much'],
  ['Things have been getting on top of me', /^Yes, sometimes I haven.t been coping as well as usual/],
  ['I have been so unhappy that I have had difficulty sleeping', 'Yes, sometimes'],
  ['I have felt sad or miserable', 'Yes, quite often'],
  ['I have been so unhappy that I have been crying', 'Only occasionally'],
  ['The thought of harming myself has occurred to me', 'Never'],
];

/** EPDS answers scoring 0 on items 1-9 and 1 on item 10 ("Hardly ever"). */
export const epdsLowWithItemTen: AnswerPlan = [
  ['I have been able to laugh and see the funny side of things', 'As much as I always could'],
  ['I have looked forward with enjoyment to things', 'As much as I ever did'],
  ['I have blamed myself unnecessarily when things went wrong', 'No, never'],
  ['I have been anxious or worried for no good reason', 'No, not at all'],
  ['I have felt scared or panicky for no very good reason', 'No, not at all'],
  ['Things have been getting on top of me', /^No, I have been coping as well as ever/],
  ['I have been so unhappy that I have had difficulty sleeping', 'No, not at all'],
  ['I have felt sad or miserable', 'No, not at all'],
  ['I have been so unhappy that I have been crying', 'No, never'],
  ['The thought of harming myself has occurred to me', 'Hardly ever'],
];

/** Overrides come first: answerAll uses the first question in the plan that matches. */
export function plan(...parts: AnswerPlan[]): AnswerPlan {
  return parts.flat();
}

/** Contact (b) of the walkthroughs: HV 6-8 weeks, parent alone, worries raised, positive Whooley, EPDS 14. */
export const contactBAnswers: AnswerPlan = plan(
  [[/^During the past month, have you often been bothered by feeling down/, 'Yes']],
  [['How have you been feeling emotionally?', 'Raised worries about how they are feeling']],
  epdsFourteen,
  noConcerns,
);

// ---- Issue 10: the structured self-harm risk enquiry -------------------------------------------

/** The risk enquiry's items other than the nature of the thoughts, answered reassuringly. */
const riskEnquiryRest: AnswerPlan = [
  // Item 10 / item 9 above 0 already raises the check's disclosure item; confirming it adds no card.
  [/^Has disclosed thoughts of harming themselves/, 'Yes'],
  ['Any plan or method?', 'No'],
  ['Any intent to act on the thoughts?', 'No'],
  [/^Access to means/, 'No'],
  ['Previous self-harm or suicide attempt?', 'No'],
  ['Feels hopeless about the future?', 'No'],
  [/^Alcohol or drug use/, 'No'],
  [/^A recent loss or crisis/, 'No'],
  [/^Has support, and knows where to get help/, 'Has support and knows where to get help'],
  [/^Risk to the baby/, 'No concern for the baby'],
];

/** The enquiry finds a passive wish not to be here, and nothing more. */
export const riskEnquiryPassive: AnswerPlan = plan([['Ask about the thoughts: what are they like?', 'A passive wish not to be here, without thoughts of acting']], riskEnquiryRest);

/** The enquiry finds active thoughts of suicide with a plan. */
export const riskEnquiryActiveWithPlan: AnswerPlan = plan(
  [
    ['Ask about the thoughts: what are they like?', 'Active thoughts of suicide or self-harm'],
    ['Any plan or method?', 'Yes'],
  ],
  riskEnquiryRest,
);

/** EPDS items 1-9 low, item 10 declined. */
export const epdsLowItemTenDeclined: AnswerPlan = plan([['The thought of harming myself has occurred to me', 'declined']], epdsLowWithItemTen);

/** The red-flag check with only "thoughts of harming the baby" present, and those thoughts intrusive. */
export const intrusiveThoughtsOfHarm: AnswerPlan = [
  [/^Recent significant change in mental state/, 'Not seen'],
  [/^New thoughts or acts of violent self-harm/, 'Not seen'],
  [/^New and persistent expressions of incompetency/, 'Not seen'],
  [/^Severe difficulties with sleeping/, 'Not seen'],
  [/^Signs of possible postpartum psychosis/, 'Not seen'],
  [/^Has disclosed thoughts of harming themselves/, 'No'],
  [/^Has disclosed thoughts of harming the baby/, 'Yes'],
  [/^Imminent danger to the parent or the baby/, 'No'],
  ['How are the thoughts experienced?', 'Unwanted, distressing, and avoided (intrusive)'],
  [/^Do they come with unusual beliefs or perceptions/, 'No'],
];

// ---- Issue 13: "None of these" on the history checklists (H89) --------------------------------

/** Her first-contact history and the partner's own history, each "None of these: No to each". */
export const historyNoneOfThese: AnswerPlan = [
  [/^Past or present severe mental illness/, NONE_OF_THESE_NO],
  [/^Have you had mental health problems in the past/, NONE_OF_THESE_NO],
];
