import pc from 'picocolors';
import type { CliIo } from './io';

/** The picocolors palette the CLI paints with; plain strings when colour is off. */
export type Colours = ReturnType<typeof pc.createColors>;

/**
 * Whether to paint output: only for a terminal, and never when NO_COLOR is set to anything but an
 * empty string (https://no-color.org), so pipes, files and CI logs stay plain text.
 *
 * @param io - The command's streams and environment.
 * @param stream - Which stream the coloured text goes to (default stdout).
 */
export function colourEnabled(io: CliIo, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  const noColour = io.env.NO_COLOR;
  return io[stream].isTTY === true && (noColour === undefined || noColour === '');
}

/**
 * The palette for a stream: real colours when {@link colourEnabled}, identity functions otherwise.
 *
 * @param io - The command's streams and environment.
 * @param stream - Which stream the coloured text goes to (default stdout).
 */
export function createColours(io: CliIo, stream: 'stdout' | 'stderr' = 'stdout'): Colours {
  return pc.createColors(colourEnabled(io, stream));
}
