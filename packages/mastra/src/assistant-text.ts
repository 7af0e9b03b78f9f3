/** The fields of a Mastra message (`MastraDBMessage`) that text extraction reads; everything else is ignored. */
export interface MessageLike {
  role?: string;
  content?:
    | string
    | {
        parts?: Array<{ type?: string; text?: string; toolInvocation?: ToolInvocationLike }>;
        content?: string;
        toolInvocations?: ToolInvocationLike[];
      };
}

/** A tool invocation as Mastra stores it in a message part or in the legacy `toolInvocations` list. */
export interface ToolInvocationLike {
  toolCallId?: string;
  toolName?: string;
  state?: string;
  result?: unknown;
  errorText?: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** The messages of a scorer run output: agent output is a message array, a trajectory keeps it in `rawOutput`. */
export function outputMessages(output: unknown): MessageLike[] | undefined {
  if (Array.isArray(output)) return output as MessageLike[];
  if (isRecord(output) && Array.isArray(output.rawOutput)) return output.rawOutput as MessageLike[];
  return undefined;
}

/** The text of one message: its text parts in order, else its plain `content` string. */
export function messageText(message: MessageLike): string {
  const content = message.content;
  if (typeof content === 'string') return content;
  if (!isRecord(content)) return '';
  if (Array.isArray(content.parts) && content.parts.length > 0) {
    return content.parts
      .map((part) => (part?.type === 'text' && typeof part.text === 'string' ? part.text : ''))
      .join('');
  }
  return typeof content.content === 'string' ? content.content : '';
}

/**
 * The assistant's text in a Mastra scorer run output, which is what a value scorer judges.
 *
 * Accepts what Mastra passes to a scorer's `run.output`: the agent's response messages
 * (`MastraDBMessage[]`, a `type: 'agent'` run), a trajectory that carries them in `rawOutput`, a plain
 * string, or an object with a `text` field. Only assistant messages count (user, system and tool
 * messages are not the agent's words); several are joined with a line break.
 *
 * @param output - `run.output` of a scorer run.
 * @returns The text, or '' when the output holds none.
 */
export function assistantText(output: unknown): string {
  if (typeof output === 'string') return output;
  const messages = outputMessages(output);
  if (messages) {
    return messages
      .filter((message) => message?.role === 'assistant')
      .map(messageText)
      .filter((text) => text.trim() !== '')
      .join('\n');
  }
  if (isRecord(output) && typeof output.text === 'string') return output.text;
  return '';
}
