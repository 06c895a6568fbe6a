/** Extraction of a draft report from pasted text: see `extractDraft`. */
export { extractDraft, DEFAULT_MAX_CHARS, DEFAULT_MAX_FACTS } from './extract-draft';
export { splitLines } from './clean';
export { checkDraftFact, warningCodes } from './types';
export type {
  Draft,
  DraftFact,
  DraftPerson,
  DraftProvenance,
  DraftReport,
  DraftWarning,
  DraftWarningCode,
  ExtractOptions,
  LanguageGuess,
  OrganiserPhrase,
  PlaceMention,
  TextSpan,
} from './types';
