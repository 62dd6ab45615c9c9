// The reason codes staff give when they send a letter back or reject it, in the pen pal's words. The screening
// queue owns the list; a code it adds later still reads sensibly here.

const KNOWN: Record<string, string> = {
  'personal-details': 'it includes personal contact details',
  money: 'it mentions money or gifts',
  'facility-rules': "it breaks the facility's mail rules",
  'too-long': 'it is too long for the facility',
  content: 'something in it cannot go into a prison',
  other: 'see the note below',
};

export function reasonLabel(code: string | null): string {
  if (!code) return 'see the note below';
  return KNOWN[code] ?? code.replace(/[-_]/g, ' ');
}
