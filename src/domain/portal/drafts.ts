// Issue 8, apply online: how long an online application's draft is kept when it is never sent.
//
// §17 (and domain.md §8) allow personal data to be kept only as long as their purpose needs them. A
// draft's purpose is to let the applicant finish and send it; the applicant reaches it only through
// the draft token in their browser's cookie, which lives DRAFT_KEEP_DAYS from the last page saved
// (each save renews it). Once that many days have passed without a save, nobody can open the draft
// any more, so keeping its answers and scans serves nothing: the retention job discards it (the case
// goes to `discarded` by the system, its log kept) and erases its answers and its uploaded scans.
export const DRAFT_KEEP_DAYS = 30;
