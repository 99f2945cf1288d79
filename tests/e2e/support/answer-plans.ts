import { NONE_OF_THESE, type AnswerPlan } from '../pages/side-panel';

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
  [/^Severe perinatal mental illness in a first-degree relative/, 'No'],
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
