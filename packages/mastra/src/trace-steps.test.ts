import { createTestMessage, createToolInvocation } from '@mastra/evals/scorers/utils';
import { describe, expect, it } from 'vitest';
import { assistantText } from './assistant-text';
import { resultText, traceSteps } from './trace-steps';

const tool = (
  toolName: string,
  result: Record<string, unknown> | undefined,
  state: 'result' | 'call' | 'output-error' = 'result',
) => createToolInvocation({ toolCallId: `id-${toolName}`, toolName, args: {}, result, state });

describe('assistantText', () => {
  it.each([
    ['a string', 'Hello.', 'Hello.'],
    [
      'assistant messages only',
      [
        createTestMessage({ role: 'user', content: 'Q' }),
        createTestMessage({ role: 'assistant', content: 'A1' }),
        createTestMessage({ role: 'assistant', content: 'A2' }),
      ],
      'A1\nA2',
    ],
    [
      'a trajectory with rawOutput',
      { steps: [], rawOutput: [createTestMessage({ role: 'assistant', content: 'T' })] },
      'T',
    ],
    ['an object with text', { text: 'X' }, 'X'],
    ['nothing usable', 42, ''],
  ])('should read %s', (_name, output, expected) => {
    expect(assistantText(output)).toBe(expected);
  });
});

describe('resultText', () => {
  it.each([
    ['plain', 'plain'],
    [{ note: 'a', nested: { deeper: 'b' }, count: 3 }, 'a\nb'],
    [{ value: 7 }, ''],
    [['x', { y: 'z' }], 'x\nz'],
  ])('should read %j', (result, expected) => {
    expect(resultText(result)).toBe(expected);
  });
});

describe('traceSteps', () => {
  it('should keep text and tool outputs in part order', () => {
    const message = createTestMessage({
      role: 'assistant',
      content: '',
      parts: [
        { type: 'text', text: 'Let me check. ' },
        { type: 'tool-invocation', toolInvocation: tool('lookup', { note: 'found it' }) },
        { type: 'step-start' },
        { type: 'text', text: 'Here ' },
        { type: 'text', text: 'it is.' },
      ],
    });
    expect(traceSteps([message]).steps).toEqual([
      { kind: 'text', label: 'assistant text', text: 'Let me check. ' },
      { kind: 'tool', label: 'tool lookup', text: 'found it' },
      { kind: 'text', label: 'assistant text', text: 'Here it is.' },
    ]);
  });

  it('should put legacy-only tool calls before the text and not repeat calls that are also in parts', () => {
    const shared = tool('shared', { note: 'once' });
    const message = createTestMessage({
      role: 'assistant',
      content: 'Done.',
      toolInvocations: [tool('legacy', { note: 'old' }), shared],
      parts: [
        { type: 'tool-invocation', toolInvocation: shared },
        { type: 'text', text: 'Done.' },
      ],
    });
    expect(traceSteps([message]).steps.map((step) => step.label)).toEqual([
      'tool legacy',
      'tool shared',
      'assistant text',
    ]);
  });

  it('should report tool calls without text instead of dropping them', () => {
    const message = createTestMessage({
      role: 'assistant',
      content: '',
      parts: [
        { type: 'tool-invocation', toolInvocation: tool('count', { value: 3 }) },
        { type: 'tool-invocation', toolInvocation: tool('pending', undefined, 'call') },
      ],
    });
    expect(traceSteps([message])).toEqual({
      steps: [],
      skipped: [
        { label: 'tool count', reason: 'the tool result holds no text' },
        { label: 'tool pending', reason: 'the tool call has no result' },
      ],
    });
  });

  it('should flatten a span trajectory depth-first', () => {
    const trajectory = {
      steps: [
        {
          stepType: 'agent_run',
          name: 'helper',
          children: [{ stepType: 'tool_call', name: 'search', toolResult: { text: 'inner' } }],
        },
        { stepType: 'workflow_step', name: 'summarise', output: { summary: 'outer' } },
        { stepType: 'model_generation', name: 'llm' },
      ],
    };
    expect(traceSteps(trajectory).steps).toEqual([
      { kind: 'tool', label: 'tool search', text: 'inner' },
      { kind: 'tool', label: 'step summarise', text: 'outer' },
    ]);
  });

  it('should ignore user messages', () => {
    expect(traceSteps([createTestMessage({ role: 'user', content: 'Hi' })]).steps).toEqual([]);
  });
});
