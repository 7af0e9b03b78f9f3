import {
  defaultCatalogue,
  InvalidArgumentError,
  type NormalizedPolicy,
  normalizePolicy,
  type PolicyRule,
  type ResolvedTarget,
  resolveTargets,
} from '@valueflow/core';
import type { GuardMode } from '@valueflow/ai-sdk';
import type { ChatRequest } from '../shared/api-types';
import { expectObject, optionalArray, optionalChoice, type RequestBody } from './request-fields';
import { readTargets, STEERING_MODES } from './steering-instructions';

/** A validated chat request, with targets resolved and the policy normalised. */
export interface ChatPlan {
  messages: ChatRequest['messages'];
  targets: ResolvedTarget[];
  steeringMode: (typeof STEERING_MODES)[number];
  guardMode: GuardMode;
  /** The page's own rules. */
  policy: NormalizedPolicy | undefined;
}

const GUARD_MODES: readonly GuardMode[] = ['hold', 'monitor', 'final'];
// Long histories only slow the demo down; the page keeps a few turns.
const MAX_MESSAGES = 40;

function readMessages(body: RequestBody): ChatRequest['messages'] {
  const messages = optionalArray(body, 'messages');
  if (messages.length === 0 || messages.length > MAX_MESSAGES) {
    throw new InvalidArgumentError({
      argument: 'messages',
      message: `expected 1 to ${MAX_MESSAGES} messages, got ${messages.length}`,
    });
  }
  return messages.map((entry, index) => {
    const message = entry as { role?: unknown; content?: unknown };
    if ((message?.role !== 'user' && message?.role !== 'assistant') || typeof message.content !== 'string') {
      throw new InvalidArgumentError({
        argument: `messages[${index}]`,
        message: `expected { role: 'user' | 'assistant', content: string }, got ${JSON.stringify(entry)}`,
      });
    }
    if (index === messages.length - 1 && (message.role !== 'user' || message.content.trim() === '')) {
      throw new InvalidArgumentError({
        argument: `messages[${index}]`,
        message: 'the last message must be a non-empty user message',
      });
    }
    return { role: message.role, content: message.content };
  });
}

function readPolicy(body: RequestBody): NormalizedPolicy | undefined {
  const rules = optionalArray(body, 'policy') as PolicyRule[];
  return rules.length > 0 ? normalizePolicy({ rules }, defaultCatalogue) : undefined;
}

/**
 * Validates a `POST /api/chat` body before anything is streamed, so that every mistake becomes a 400 answer
 * naming the field rather than a broken stream.
 *
 * @param body - The parsed JSON body; see `ChatRequest`.
 * @returns The plan the chat runs.
 * @throws InvalidArgumentError for bad messages, targets or modes; UnknownValueError for an unknown value;
 *   InvalidPolicyError for a bad guard rule.
 */
export function readChatRequest(body: unknown): ChatPlan {
  const object = expectObject(body);
  const messages = readMessages(object);
  const rawTargets = readTargets(object);
  return {
    messages,
    targets: rawTargets.length > 0 ? resolveTargets(rawTargets, defaultCatalogue) : [],
    steeringMode: optionalChoice({ body: object, field: 'steeringMode', allowed: STEERING_MODES }),
    guardMode: optionalChoice({ body: object, field: 'guardMode', allowed: GUARD_MODES }),
    policy: readPolicy(object),
  };
}
