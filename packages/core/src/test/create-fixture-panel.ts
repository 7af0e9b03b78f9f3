import { createReferenceDb, type ReferenceDb } from '../vidb/create-reference-db';
import type { Direction, VidbRecord } from '../vidb/types';
import { benevolenceTexts, careHarmTexts, civilRightsTexts, fidelityTexts, powerTexts } from './fixture-texts';

const groups: ReadonlyArray<{ theory: string; value: string; texts: readonly string[] }> = [
  { theory: 'pvq', value: 'benevolence', texts: benevolenceTexts },
  { theory: 'mft', value: 'care-harm', texts: careHarmTexts },
  { theory: 'pvq', value: 'power', texts: powerTexts },
  { theory: 'duty', value: 'fidelity', texts: fidelityTexts },
  { theory: 'right', value: 'civil-rights', texts: civilRightsTexts },
];

function directionOf(intensity: number): Direction {
  if (intensity > 1) return 1;
  if (intensity < -1) return -1;
  return 0;
}

/**
 * The fixture records: 25 hand-written texts per value for benevolence, care-harm, power, fidelity
 * and civil-rights, with intensities evenly spread from -9.6 to +9.6 in 0.8 steps (ids
 * `fixture:<value>:<nn>`, `nn` from 00, most opposing, to 24).
 */
export function fixtureRecords(): VidbRecord[] {
  return groups.flatMap(({ theory, value, texts }) =>
    texts.map((text, index) => {
      const intensity = Math.round((-9.6 + index * 0.8) * 10) / 10;
      return {
        id: `fixture:${value}:${String(index).padStart(2, '0')}`,
        theory,
        value,
        text,
        intensity,
        direction: directionOf(intensity),
        source: 'valueflow test fixture',
      };
    }),
  );
}

/**
 * A small deterministic reference panel for tests across packages: five values from all four
 * theories, 25 records each, spread over [-9.6, 9.6]. Texts are short, written for this project,
 * and graded by hand so a simulated judge that ranks by intensity behaves like a sensible one.
 *
 * @returns a fresh `ReferenceDb` (its hash is stable across calls).
 */
export function createFixturePanel(): ReferenceDb {
  return createReferenceDb(fixtureRecords());
}
