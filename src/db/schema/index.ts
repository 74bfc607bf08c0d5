export * from './organisations.js';
export * from './accounts.js';
export * from './audit.js';
export * from './outbox.js';
export * from './settings.js';
export * from './calendar.js';
export * from './registers.js';
export * from './cases.js';
