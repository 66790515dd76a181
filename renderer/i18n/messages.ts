// The one shape of UI strings. Each feature owns its strings: `messages.ts` holds the Japanese
// (the source), `messages.en.ts` the English typed against it, and the feature exports
// `<feature>Messages = { ja, en }` whose top-level keys are its t() namespaces. The app merges
// them (app/messages.ts); a namespace used by two features is a test failure there.

/** The same keys as T, every leaf a string: a translation can't miss or invent a key. */
export type Localized<T> = { [K in keyof T]: T[K] extends string ? string : Localized<T[K]> };

export interface FeatureMessages<T> {
  ja: T;
  en: Localized<T>;
}

export type Resources = Record<string, unknown>;

/** Merges the features' namespaces; throws on a namespace two features both claim. */
export function mergeMessages(parts: readonly FeatureMessages<Resources>[]): { ja: Resources; en: Resources } {
  const ja: Resources = {};
  const en: Resources = {};
  for (const part of parts) {
    for (const ns of Object.keys(part.ja)) {
      if (ns in ja) throw new Error(`i18n namespace "${ns}" is claimed twice`);
      ja[ns] = part.ja[ns];
      en[ns] = (part.en as Resources)[ns];
    }
  }
  return { ja, en };
}
