// Public API of the case lifecycle (domain.md §4, normative): the states, the actions of the
// append-only log, the one transition table, the fold, decisions for the API and the pages, the
// §7.1 and §16 clocks and the office worklists. Pure: no I/O, no clock (today is passed in).
export { CASE_STATES, END_STATES, isCaseState, isEndState } from './case-state.js';
export type { CaseEndState, CaseState } from './case-state.js';
export { CASE_ACTION_KINDS, isCaseActionKind } from './case-action.js';
export type {
  AbandonAction,
  CaseAction,
  CaseActionKind,
  CaseActionOf,
  CaseActor,
  CaseActorRole,
  CorrectAction,
  ReopenAction,
  DeliverRefusalAction,
  DeliveryProof,
  DiscardAction,
  DraftRefusalAction,
  HandOverAction,
  LapseAction,
  ProposeAction,
  ReceiveTransferAction,
  SendBackAction,
  SignAction,
  SignerRole,
  SignRefusalAction,
  StampAction,
  StampChecklist,
  StartDraftAction,
  SubmitOnlineAction,
  TakeForReviewAction,
  TakeInAction,
  TransferAction,
  WithdrawAction,
} from './case-action.js';
export { actionsInState, OPENING_TRANSITIONS, rowOf, transitionOf, TRANSITIONS } from './transitions.js';
export type { StateRow, Transition } from './transitions.js';
export type { CaseSnapshot } from './case-snapshot.js';
export { allowedActions, decideAction } from './decide-action.js';
export type { CaseDecision, DecisionCode, DecisionContext } from './decide-action.js';
export { checkAction } from './check-action.js';
export { checkPayload } from './check-payload.js';
export type { ActionIssue } from './check-payload.js';
export { applyAction, CaseLogError, foldCase } from './fold-case.js';
export { stampChecklist } from './stamp-checklist.js';
export { caseDueDays } from './due-days.js';
export type { CaseDueDays } from './due-days.js';
export { activeClockOf, caseClocks } from './case-clocks.js';
export type { CaseClocks, ClockReading, ClockStatus } from './case-clocks.js';
export { DUE_SOON_WORKING_DAYS, WORKLISTS, worklistOf } from './worklist.js';
export type { Worklist, WorklistSettings } from './worklist.js';
