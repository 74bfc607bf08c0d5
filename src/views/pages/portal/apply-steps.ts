// Issue 8, apply online: one question group per page. Each step names the field paths it asks (the
// validators' errors are shown on the step whose prefixes they start with), in the order of annex 7
// (a missionary) or annex 8 (a group) and the parties of domain.md §2.
export const MISSIONARY_STEPS = [
  'applicant',
  'activity',
  'associations',
  'materials',
  'representative',
  'documents',
  'contact',
] as const;
export const GROUP_STEPS = [
  'group',
  'leader',
  'members',
  'premises',
  'representative',
  'documents',
  'contact',
] as const;

export type ApplyStep = (typeof MISSIONARY_STEPS)[number] | (typeof GROUP_STEPS)[number];

export const STEP_PREFIXES: Readonly<Record<ApplyStep, readonly string[]>> = {
  applicant: ['applicant', 'address'],
  activity: ['affiliation', 'term', 'territory', 'territoryUnit'],
  associations: ['sendingAssociation', 'mandate', 'invitingAssociation'],
  materials: ['materials'],
  representative: ['representative'],
  documents: ['scans'],
  contact: ['contact', 'consent'],
  group: [
    'groupName',
    'affiliation',
    'location',
    'territory',
    'territoryUnit',
    'religiousBuilding',
    'adultMemberCount',
  ],
  leader: ['leader'],
  members: ['members'],
  premises: ['premises'],
};

export function stepsOf(kind: string): readonly ApplyStep[] {
  return kind.startsWith('missionary') ? MISSIONARY_STEPS : GROUP_STEPS;
}

export function isStepOf(kind: string, step: string): step is ApplyStep {
  return (stepsOf(kind) as readonly string[]).includes(step);
}

/** The step that asks `path` (for an error's link), or null. */
export function stepOfPath(kind: string, path: string): ApplyStep | null {
  for (const step of stepsOf(kind))
    if (STEP_PREFIXES[step].some((p) => path === p || path.startsWith(`${p}.`))) return step;
  return null;
}

/** The errors that belong to `step`. */
export function errorsOfStep(kind: string, step: ApplyStep, errors: Readonly<Record<string, string>>) {
  return Object.fromEntries(Object.entries(errors).filter(([path]) => stepOfPath(kind, path) === step));
}

/** The answers a step's form may set (what else a body holds is ignored). */
export function answersOfStep(
  step: ApplyStep,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values))
    if (STEP_PREFIXES[step].some((p) => k === p || k.startsWith(`${p}.`))) out[k] = v;
  return out;
}

/** Checkboxes send nothing when cleared: the step's boxes, absent from the body, are cleared. */
export const STEP_CHECKBOXES: Readonly<Partial<Record<ApplyStep, readonly string[]>>> = {
  representative: ['representative.acts'],
  group: ['religiousBuilding.has'],
  contact: ['consent'],
};
