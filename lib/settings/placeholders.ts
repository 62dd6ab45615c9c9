// Wording the program edits in its settings (emails, the closing letter, the listing notice) with placeholders such as
// {name}: what each text may use, the checks a save runs, and the one way they are filled in. Pure and client-safe.

export type Placeholder = {
  key: string;
  /** What it becomes, as the settings page documents it beside the field. */
  means: string;
  /** A text without it is refused: the link to act on, the reason staff gave. */
  required?: boolean;
  /** Allowed in an email's subject: only what the program itself makes (its name, a reference), never typed names. */
  inSubject?: boolean;
};

/** What the listing notice (settings' listing rules) may say: the state it is about. */
export const LISTING_NOTICE_PLACEHOLDERS: Placeholder[] = [{ key: 'state', means: 'the state’s name' }];

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/** The placeholders a text uses, each once, in order. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];
}

const list = (keys: string[]) => keys.map((key) => `{${key}}`).join(', ');

/** Why `text` cannot be saved with `placeholders`, one message per problem; none when it can. */
export function placeholderProblems(
  text: string,
  placeholders: readonly Placeholder[],
  { subject = false }: { subject?: boolean } = {},
): string[] {
  const allowed = placeholders.filter((placeholder) => !subject || placeholder.inSubject).map((p) => p.key);
  const problems: string[] = [];
  for (const key of placeholdersIn(text).filter((used) => !allowed.includes(used))) {
    const known = placeholders.some((placeholder) => placeholder.key === key);
    if (known) problems.push(`{${key}} cannot go in the subject: subjects carry no names or notes anyone typed.`);
    else
      problems.push(
        allowed.length > 0
          ? `{${key}} is not a placeholder this text can use. Use ${list(allowed)}, or remove the braces.`
          : `{${key}} is not a placeholder this text can use: remove the braces.`,
      );
  }
  if (!subject)
    for (const { key, means } of placeholders.filter((p) => p.required && !text.includes(`{${p.key}}`)))
      problems.push(`Keep {${key}} (${means}): the text must include it.`);
  return problems;
}

/** A text's pieces with each placeholder replaced by its value; values are never searched for placeholders again. */
export function fillParts<T>(text: string, values: Readonly<Record<string, T>>): (string | T)[] {
  const parts: (string | T)[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (!(match[1]! in values)) continue;
    parts.push(text.slice(last, match.index), values[match[1]!]!);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts.filter((part) => part !== '');
}

/** A text with its placeholders filled in with plain text; any other braces stay as written. */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>): string {
  return fillParts(text, values).join('');
}
