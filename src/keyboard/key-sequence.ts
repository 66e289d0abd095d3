// Turns key presses into named commands, including two-key sequences such as "g h".

/** Keys within this long of the first key of a sequence complete it. */
export const SEQUENCE_MS = 1200;

export function createKeyMatcher<C extends string>(bindings: Readonly<Record<string, C>>, sequenceMs = SEQUENCE_MS) {
  const prefixes = new Set(
    Object.keys(bindings)
      .filter((keys) => keys.includes(' '))
      .map((keys) => keys.split(' ')[0]),
  );
  let pending: { key: string; at: number } | null = null;

  return {
    /** The command for this key, 'pending' when it starts a sequence, or null. */
    press(key: string, now: number): C | 'pending' | null {
      const previous = pending && now - pending.at <= sequenceMs ? pending.key : null;
      pending = null;
      if (previous) {
        const command = bindings[`${previous} ${key}`];
        if (command) return command;
      }
      if (prefixes.has(key)) {
        pending = { key, at: now };
        return 'pending';
      }
      return bindings[key] ?? null;
    },
    reset(): void {
      pending = null;
    },
  };
}
