/**
 * One area's texts in both languages. Vietnamese is the source; English must have exactly
 * the same keys, which the type checks.
 */
export function defineMessages<K extends string>(messages: {
  vi: Record<K, string>;
  en: NoInfer<Record<K, string>>;
}) {
  return messages;
}
