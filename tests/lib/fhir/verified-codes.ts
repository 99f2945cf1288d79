// Shared by the QuestionnaireResponse and Questionnaire tests.

/** Codes the reference marks ✅ (§5.1, §5.2). Anything else in an export is a failure. */
export const VERIFIED = new Set([
  '71354-5', '44249-1', '44261-6', '70274-6',
  '44250-9', '44255-8', '44259-0', '44254-1', '44251-7', '44258-2', '44252-5', '44253-3', '44260-8',
  '69725-0', '68509-9', '69733-4', '69734-2', '69735-9', '69736-7',
  'LA6568-5', 'LA6569-3', 'LA6570-1', 'LA6571-9',
  '450320001', '720433000', '445455005', '803351000000106',
]);

