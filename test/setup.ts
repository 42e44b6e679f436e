// Per test file: the temporary folders made outside any single test go when the file is done.
import { afterAll } from 'vitest';
import { removeLaterDirs } from './helpers.js';

// a fresh copy of the project with its node_modules (docs.test.ts) takes a while to remove on a busy machine
afterAll(removeLaterDirs, 180000);
