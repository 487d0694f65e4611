export * from './availability.js';
export * from './bookings.js';
export * from './catalogue.js';
export * from './common.js';
export * from './holds.js';
export * from './problem.js';
