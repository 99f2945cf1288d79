// "Export FHIR Questionnaires" on About: the definitions only (no clinical data), made from the
// built-in pathway. Loaded on demand so the About screen does not carry the pathway.
import { questionnaireDownload } from '../../lib/fhir/questionnaire';
import { pathway } from '../../lib/pathway/pathway';
import { PATHWAY_VERSION } from '../../lib/pathway/version';

export const builtInQuestionnaires = () => questionnaireDownload(pathway, PATHWAY_VERSION);
