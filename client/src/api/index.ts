export * from './request.js';
export * from './queries.js';
export * from './types.js';
export * from './fetch-all.js';
