/**
 * The sample-data generator: deterministic, clearly marked (sample: true) progress reports,
 * implementation plans and figures 2011–2021 for a domain's empty embedded database, so
 * `npm start` shows a living dashboard. Never part of production: the domains load it lazily,
 * only with LOAD_SAMPLE_DATA, and declare it as a devDependency. Each domain's own profile
 * (services/<domain>/src/sample-profile.ts) says how its figures look; this package holds the
 * generator and the helpers the profiles are written with.
 */
export { loadSampleData, sampleDataLoader } from "./load-sample-data";
export { generateSampleData } from "./sample-data";
export { generateSampleObservations } from "./sample-observations";
export { FIRST_CYCLE } from "./sample-observations-units";
export * from "./sample-profile-kit";
export { type Rng, rngFor } from "./sample-random";
