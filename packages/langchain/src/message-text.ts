import { BaseMessage } from '@langchain/core/messages';
import { InvalidArgumentError } from '@valueflow/core';

const OUTPUT_FIELDS = ['output', 'answer', 'response', 'text', 'content', 'result'] as const;

/**
 * The text of whatever a chain or agent produced, for scoring: a string, a message (its `.text`), an
 * agent state (its last message) or an object with one of the usual output fields. Anything else is
 * rejected rather than scored as JSON, which would measure the serialisation, not the answer.
 *
 * @param output - The run's output.
 * @param argument - Name used in the error, e.g. `outputs`.
 * @throws InvalidArgumentError when no text can be found.
 */
export function outputText(output: unknown, argument = 'outputs'): string {
  if (typeof output === 'string') return output;
  if (BaseMessage.isInstance(output)) return output.text;
  if (output !== null && typeof output === 'object') {
    const record = output as Record<string, unknown>;
    if (Array.isArray(record.messages) && record.messages.length > 0) {
      return outputText(record.messages[record.messages.length - 1], argument);
    }
    for (const field of OUTPUT_FIELDS) {
      if (record[field] !== undefined) return outputText(record[field], `${argument}.${field}`);
    }
  }
  throw new InvalidArgumentError({
    argument,
    message: `expected a string, a message, { messages: [...] } or an object with one of ${OUTPUT_FIELDS.join(', ')}; got ${describe(output)}. Pass a \`text\` function to pick the text yourself.`,
  });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (typeof value !== 'object') return typeof value;
  return `an object with keys [${Object.keys(value).slice(0, 8).join(', ')}]`;
}
