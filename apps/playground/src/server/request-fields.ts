import { InvalidArgumentError } from '@valueflow/core';

/** A parsed JSON request body whose fields are still unchecked. */
export type RequestBody = Record<string, unknown>;

/**
 * Checks that a parsed JSON body is an object, so handlers can read its fields.
 *
 * @param body - The parsed body.
 * @returns The same value, typed as an object.
 * @throws InvalidArgumentError when the body is not a JSON object.
 */
export function expectObject(body: unknown): RequestBody {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidArgumentError({ argument: 'body', message: 'expected a JSON object' });
  }
  return body as RequestBody;
}

/**
 * Reads a required, non-blank string field.
 *
 * @param body - The request body.
 * @param field - The field name, also used in the error.
 * @returns The string, as sent.
 * @throws InvalidArgumentError when the field is missing, not a string, or blank.
 */
export function requireText(body: RequestBody, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new InvalidArgumentError({
      argument: field,
      message: `expected a non-empty string, got ${JSON.stringify(value)}`,
    });
  }
  return value;
}

/**
 * Reads an optional array field.
 *
 * @param body - The request body.
 * @param field - The field name, also used in the error.
 * @returns The array, or an empty one when the field is absent.
 * @throws InvalidArgumentError when the field is present but not an array.
 */
export function optionalArray(body: RequestBody, field: string): unknown[] {
  const value = body[field];
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError({ argument: field, message: `expected an array, got ${JSON.stringify(value)}` });
  }
  return value;
}

/**
 * Reads an optional field that must be one of a few strings.
 *
 * @param options.body - The request body.
 * @param options.field - The field name.
 * @param options.allowed - The accepted values; the first is the default.
 * @returns The value sent, or the default.
 * @throws InvalidArgumentError for any other value.
 */
export function optionalChoice<Choice extends string>(options: {
  body: RequestBody;
  field: string;
  allowed: readonly Choice[];
}): Choice {
  const value = options.body[options.field];
  if (value === undefined) return options.allowed[0];
  if (!options.allowed.includes(value as Choice)) {
    throw new InvalidArgumentError({
      argument: options.field,
      message: `expected ${options.allowed.join(', ')}, got ${JSON.stringify(value)}`,
    });
  }
  return value as Choice;
}
