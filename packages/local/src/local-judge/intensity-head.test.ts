import { describe, expect, it } from 'vitest';
import { featureLength, headFeatures } from './intensity-head';
import { moralFeatureNames, moralFeatures } from './moral-features';

const layout = { dimensions: 2, polarityScale: 1, wordBuckets: 0, wordScale: 0 };
const signals = (text: string) => ({ text, vector: Float32Array.from([0.6, 0.8]), polarity: [0.5, -0.25] });

describe('headFeatures', () => {
  it('should keep the head-v1 layout when the head has no lexicon block', () => {
    const features = headFeatures(layout, signals('I kicked the dog.'));
    expect(featureLength(layout)).toBe(5);
    expect([...features]).toEqual([0.6000000238418579, 0.800000011920929, 0.5, -0.25, 1]);
  });

  it('should append the scaled moral features and the value-conditioned one', () => {
    const head = { ...layout, lexiconScale: 2, ownScale: 3 };
    const lexiconStart = 5;
    const ownSlot = lexiconStart + moralFeatureNames.length;
    expect(featureLength(head)).toBe(ownSlot + 1);
    const onCare = headFeatures(head, { ...signals('I kicked the dog.'), valueKey: 'mft/care-harm' });
    const careSlot = lexiconStart + moralFeatureNames.indexOf('care');
    expect(onCare[careSlot]).toBeLessThan(0);
    // The own-family slot is the care score, unscaled by lexiconScale, times ownScale.
    expect(onCare[ownSlot]).toBeCloseTo((onCare[careSlot] / 2) * 3, 10);
    const onPower = headFeatures(head, { ...signals('I kicked the dog.'), valueKey: 'pvq/power' });
    expect(onPower[ownSlot]).toBe(0);
    expect(headFeatures(head, signals('I kicked the dog.'))[ownSlot]).toBe(0);
  });

  it('should use moral features computed ahead when the signals carry them', () => {
    const head = { ...layout, lexiconScale: 1, ownScale: 1 };
    const text = 'She refused to help the lost child.';
    const ahead = headFeatures(head, { ...signals(text), moral: moralFeatures(text), valueKey: 'mft/care-harm' });
    expect([...ahead]).toEqual([...headFeatures(head, { ...signals(text), valueKey: 'mft/care-harm' })]);
    const fake = headFeatures(head, { ...signals(text), moral: moralFeatures('I rescued a child.') });
    expect([...fake]).not.toEqual([...ahead]);
  });
});
