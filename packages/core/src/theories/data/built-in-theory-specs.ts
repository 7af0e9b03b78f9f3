import type { TheorySpec } from '../types';
import { dutySpec } from './duty-spec';
import { mftSpec } from './mft-spec';
import { pvqSpec } from './pvq-spec';
import { rightSpec } from './right-spec';

/** The four theories of the VALUEFLOW paper, in the paper's order; 32 mid-level values in all. */
export const builtInTheorySpecs: readonly TheorySpec[] = [pvqSpec, mftSpec, dutySpec, rightSpec];
