export type SlideCommand = 'next' | 'previous' | 'first' | 'last' | 'exit';

/** Keys of a keyboard and of presentation clickers (which send PageUp/PageDown, some also B or .). */
const keyCommands: Record<string, SlideCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

export function slideCommand(key: string): SlideCommand | null {
  return keyCommands[key] ?? null;
}

/** The slide a command leads to; `next` on the last slide wraps only on a wall display. */
export function stepSlide(
  current: number,
  count: number,
  command: Exclude<SlideCommand, 'exit'>,
  wrap = false,
): number {
  if (count === 0) return 0;
  switch (command) {
    case 'next':
      return current + 1 < count ? current + 1 : wrap ? 0 : current;
    case 'previous':
      return current > 0 ? current - 1 : wrap ? count - 1 : 0;
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** Seconds between slides on a wall display, from the link; null when the link asks for none. */
export function parseWallSeconds(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  return Number.isInteger(seconds) && seconds >= 5 && seconds <= 3600 ? seconds : null;
}
