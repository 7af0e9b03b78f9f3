import { type MessageLike, outputMessages, type ToolInvocationLike } from './assistant-text';

/** One scoreable step of an agent run: a stretch of assistant text or one tool output. */
export interface TraceStep {
  kind: 'text' | 'tool';
  /** `assistant text` or `tool <name>`; shown in reasons and in the first violation. */
  label: string;
  text: string;
}

/** A step that carried no text to score (a failed or unfinished tool call, a numeric result). */
export interface SkippedTraceStep {
  label: string;
  reason: string;
}

/** The ordered steps of a run plus the ones that could not be scored, so none vanish unnoticed. */
export interface TraceSteps {
  steps: TraceStep[];
  skipped: SkippedTraceStep[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The readable text of a tool result: a string as is, else its string leaves (a few levels deep), one per line. */
export function resultText(result: unknown, depth = 0): string {
  if (typeof result === 'string') return result.trim();
  if (depth >= 5 || !isRecord(result)) return '';
  const values = Array.isArray(result) ? result : Object.values(result);
  return values
    .map((value) => resultText(value, depth + 1))
    .filter((text) => text !== '')
    .join('\n');
}

function toolStep(invocation: ToolInvocationLike, into: TraceSteps): void {
  const label = `tool ${invocation.toolName ?? 'unknown'}`;
  if (invocation.state !== 'result') {
    into.skipped.push({
      label,
      reason: invocation.state === 'output-error' ? 'the tool call failed' : 'the tool call has no result',
    });
    return;
  }
  const text = resultText(invocation.result);
  if (text === '') into.skipped.push({ label, reason: 'the tool result holds no text' });
  else into.steps.push({ kind: 'tool', label, text });
}

function messageSteps(message: MessageLike, into: TraceSteps): void {
  const content = message.content;
  if (typeof content === 'string') {
    if (content.trim() !== '') into.steps.push({ kind: 'text', label: 'assistant text', text: content });
    return;
  }
  if (!isRecord(content)) return;
  const parts = Array.isArray(content.parts) ? content.parts : [];
  const inParts = new Set(parts.map((part) => part?.toolInvocation?.toolCallId).filter(Boolean));
  // Calls only in the legacy list precede the message's text: a tool answers before the agent reports on it.
  for (const invocation of content.toolInvocations ?? []) {
    if (!inParts.has(invocation?.toolCallId)) toolStep(invocation, into);
  }
  let text = '';
  const flush = () => {
    if (text.trim() !== '') into.steps.push({ kind: 'text', label: 'assistant text', text });
    text = '';
  };
  for (const part of parts) {
    if (part?.type === 'text' && typeof part.text === 'string') text += part.text;
    else if (part?.type === 'tool-invocation' && part.toolInvocation) {
      flush();
      toolStep(part.toolInvocation, into);
    }
  }
  if (parts.length === 0 && typeof content.content === 'string') text = content.content;
  flush();
}

interface TrajectoryStepLike {
  stepType?: string;
  name?: string;
  toolResult?: unknown;
  output?: unknown;
  children?: TrajectoryStepLike[];
}

const TOOL_STEP_TYPES = new Set(['tool_call', 'mcp_tool_call', 'provider_tool_call']);

function trajectorySteps(steps: readonly TrajectoryStepLike[], into: TraceSteps): void {
  for (const step of steps) {
    if (TOOL_STEP_TYPES.has(step?.stepType ?? '')) {
      const label = `tool ${step.name ?? 'unknown'}`;
      const text = resultText(step.toolResult);
      if (text === '') into.skipped.push({ label, reason: 'the tool result holds no text' });
      else into.steps.push({ kind: 'tool', label, text });
    } else if (step?.stepType === 'workflow_step') {
      const text = resultText(step.output);
      if (text !== '') into.steps.push({ kind: 'tool', label: `step ${step.name ?? 'unknown'}`, text });
    }
    if (Array.isArray(step?.children)) trajectorySteps(step.children, into);
  }
}

/**
 * Splits a Mastra scorer run output into the steps a trace scorer judges, in run order: every
 * stretch of assistant text and every tool output. Tool outputs matter on their own because they
 * reach the model (and often the user) even when the final answer looks fine.
 *
 * Reads agent response messages (`MastraDBMessage[]`, tool results in `tool-invocation` parts or in
 * the legacy `toolInvocations` list), a trajectory with `rawOutput`, or a trajectory built from
 * spans (`extractTrajectoryFromTrace`), whose tool and workflow step outputs are used. A plain string
 * is one text step.
 *
 * @param output - `run.output` of a scorer run.
 * @returns Steps and skipped steps; both empty for an output that holds nothing.
 */
export function traceSteps(output: unknown): TraceSteps {
  const result: TraceSteps = { steps: [], skipped: [] };
  if (typeof output === 'string') {
    if (output.trim() !== '') result.steps.push({ kind: 'text', label: 'assistant text', text: output });
    return result;
  }
  const messages = outputMessages(output);
  if (messages) {
    for (const message of messages) {
      // User and system messages are inputs, not what the agent did.
      if (message?.role === 'assistant') messageSteps(message, result);
    }
    return result;
  }
  if (isRecord(output) && Array.isArray(output.steps)) trajectorySteps(output.steps as TrajectoryStepLike[], result);
  return result;
}
