import { decodeHead } from './head-codec';
import { headWeights } from './head-weights';
import type { IntensityHead } from './intensity-head';

let decoded: IntensityHead | undefined;

/** The head trained on the seed panel, decoded once per process. */
export function builtInHead(): IntensityHead {
  decoded ??= decodeHead(headWeights);
  return decoded;
}
