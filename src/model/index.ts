export * from './geography.js';
export * from './mission.js';
export * from './parameters.js';
export * from './plan.js';
export * from './provenance.js';
