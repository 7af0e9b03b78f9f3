// The JSON the page and the server exchange. Types only: the browser bundle imports nothing else from the server.

/** `GET /api/status`: what the page is running on, and the catalogue to build its controls from. */
export interface StatusResponse {
  /** True without an endpoint: the chat model is the canned offline demo. */
  demo: boolean;
  model: string;
  judge: { id: string; kind: 'endpoint' | 'local' | 'simulated'; note: string };
  panel: { hash: string; size: number };
  theories: {
    id: string;
    name: string;
    valueLabel: string;
    values: { value: string; name: string; definition: string }[];
  }[];
  /** The guard policy the page starts with. */
  defaultPolicy: PolicyRuleInput[];
}

/** One anchor a score rests on. */
export interface AnchorView {
  id: string;
  text: string;
  intensity: number;
  /** `above`: the analysed text was ranked above this anchor; `below`: under it. */
  relation: 'above' | 'below';
}

/** One value of an analysis. */
export interface ScoreView {
  theory: string;
  value: string;
  name: string;
  intensity: number | null;
  interval: [number, number] | null;
  level: number | null;
  /** Anchors from the most to the least supportive. */
  anchors: AnchorView[];
  windows: number;
  dropped: number;
  notices: string[];
}

/** `POST /api/analyse` with `{ text }`. */
export interface AnalyseResponse {
  judge: string;
  simulated: boolean;
  panel: string;
  method: string;
  judgeCalls: number;
  durationMs: number;
  scores: ScoreView[];
  skipped: { theory: string; value: string; reason: string }[];
}

/** A slider position: a value and the intensity the reply should reach. */
export interface TargetInput {
  value: string;
  intensity: number;
}

/** `POST /api/instructions` with `{ targets, mode? }`; `text` is null when nothing is steered. */
export interface InstructionsResponse {
  text: string | null;
  targets: { theory: string; value: string; name: string; target: number; requested: number; level: number }[];
  conflicts: { values: string[]; reason: string }[];
}

/** One guard rule as the page edits it. */
export interface PolicyRuleInput {
  value: string;
  min?: number;
  max?: number;
  action?: 'block' | 'rewrite' | 'flag';
}

/** `POST /api/chat` body. */
export interface ChatRequest {
  messages: { role: 'user' | 'assistant'; content: string }[];
  targets?: TargetInput[];
  steeringMode?: 'persona' | 'exemplar';
  policy?: PolicyRuleInput[];
  guardMode?: 'hold' | 'monitor' | 'final';
}

/** A violation as the page shows it. */
export interface ViolationView {
  value: string;
  name: string;
  intensity: number | null;
  band: [number, number];
  action: 'block' | 'rewrite' | 'flag';
}

/** One line of the `POST /api/chat` NDJSON stream. */
export type ChatEvent =
  | {
      type: 'start';
      demo: boolean;
      model: string;
      instructions: string | null;
      /** Every value the guard scores: the page's rules plus a watch-only rule per steered value. */
      gauges: { value: string; name: string; band: [number, number]; watchOnly: boolean }[];
    }
  | { type: 'text'; text: string }
  | {
      type: 'score';
      value: string;
      name: string;
      intensity: number | null;
      interval: [number, number] | null;
      /** The stretch of reply the guard scored (a sentence with the ones before it). */
      checked: string;
    }
  | { type: 'guard'; action: 'block' | 'rewrite' | 'flag'; message: string; violations: ViolationView[] }
  | { type: 'finish'; finishReason: string; allowed: boolean | null; rewrites: number }
  | { type: 'error'; message: string };
