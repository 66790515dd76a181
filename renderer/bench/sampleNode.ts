// Node entry of the sample files: fake-indexeddb first, so the app's database code runs as in the unit tests.
import 'fake-indexeddb/auto';
export * from './sampleFiles';
