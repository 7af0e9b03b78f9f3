import type { ScoreEvidence, ValueScore } from './types';

/** An allowed intensity range; either end may be open (then -10 or +10). */
export interface IntensityBand {
  min?: number;
  max?: number;
}

const signed = (intensity: number) => `${intensity > 0 ? '+' : ''}${intensity.toFixed(1)}`;
const quote = (text: string) => `"${text.length > 80 ? `${text.slice(0, 77)}...` : text}"`;

/** The anchors that pin the estimate down: the strongest one the text beat and the weakest it lost to. */
export function nearestAnchors(evidence: readonly ScoreEvidence[]): { beat?: ScoreEvidence; lostTo?: ScoreEvidence } {
  let beat: ScoreEvidence | undefined;
  let lostTo: ScoreEvidence | undefined;
  for (const anchor of evidence) {
    if (anchor.relation === 'above' && (!beat || anchor.intensity > beat.intensity)) beat = anchor;
    if (anchor.relation === 'below' && (!lostTo || anchor.intensity < lostTo.intensity)) lostTo = anchor;
  }
  return { beat, lostTo };
}

/** Whether an intensity lies inside a band, both ends inclusive. */
export function inBand(intensity: number, band: IntensityBand): boolean {
  return intensity >= (band.min ?? -10) && intensity <= (band.max ?? 10);
}

/**
 * A one-line explanation of a value score, for evaluator comments, scorer reasons and logs: the
 * intensity with its interval and level, the band outcome when there is one, the two reference texts
 * that bracket the estimate, and the panel, judge and method that make it reproducible. An unscored
 * result says why.
 *
 * @param score - The core score.
 * @param band - The band the score was checked against, if any.
 * @returns One line of plain text.
 */
export function describeValueScore(score: ValueScore, band?: IntensityBand): string {
  const value = score.ref.value;
  const provenance = `panel ${score.panel.slice(0, 12)}, judge ${score.judge}, method ${score.method}`;
  if (score.intensity === null || score.interval === null) {
    const reasons = [...new Set(score.dropped.map((drop) => drop.reason))].join('; ') || 'no usable judge window';
    return `${value}: not scored (${reasons}); ${score.judgeCalls} judge calls; ${provenance}.`;
  }
  const level = score.level === null ? '' : `, level ${score.level > 0 ? '+' : ''}${score.level}`;
  const parts = [
    `${value} ${signed(score.intensity)} (interval ${signed(score.interval[0])} to ${signed(score.interval[1])}${level})`,
  ];
  if (band) {
    const range = `${band.min ?? -10} to ${band.max ?? 10}`;
    parts.push(inBand(score.intensity, band) ? `inside the band ${range}` : `outside the band ${range}`);
  }
  const { beat, lostTo } = nearestAnchors(score.evidence);
  if (beat) parts.push(`ranked above ${quote(beat.text)} (${signed(beat.intensity)})`);
  if (lostTo) parts.push(`below ${quote(lostTo.text)} (${signed(lostTo.intensity)})`);
  const notices = score.notices?.length ? `; ${score.notices.join('; ')}` : '';
  return `${parts.join('; ')}. ${score.windows} windows, ${score.dropped.length} dropped; ${provenance}${notices}.`;
}
