// §20–25: complaints — kinds, routing, decisions and the review term set by law.
export * from './complaint.js';
export * from './review-terms.js';
