// Values that stand for personal data in the tests. No application log may ever contain them
// (domain.md §8): test/logs/no-personal-data-in-logs.test.ts scans the logs of the whole test run.
export const SENTINELS = {
  staffName: 'Жансая Сентинелқызы Тестбаева',
  staffLogin: 'sentinel.officer',
  iin: '880412450178',
  passport: 'N98765432',
  applicantName: 'Мюллер Иоганн Сентинелович',
  affiliation: 'Sentinel Faith Community',
} as const;
