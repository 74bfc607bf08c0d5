// Values that stand for personal data in the tests. No application log may ever contain them
// (domain.md §8): test/logs/no-personal-data-in-logs.test.ts scans the logs of the whole test run.
export const SENTINELS = {
  staffName: 'Жансая Сентинелқызы Тестбаева',
  staffLogin: 'sentinel.officer',
  iin: '880412450178',
  passport: 'N98765432',
  applicantName: 'Мюллер Иоганн Сентинелович',
  affiliation: 'Sentinel Faith Community',
  // Issue 8: how an applicant asked to be told (case_contacts).
  email: 'sentinel.applicant@example.kz',
  phone: '+77015550178',
} as const;
