// What the program calls itself; a program installing the platform edits this file.
export const site = {
  name: 'Beyond Bars',
  tagline: 'Letters that reach people inside, relayed safely by our program.',
  description:
    'Beyond Bars connects pen pals with people in prison. Letters are written here, screened and posted by our program, and replies come back by post.',
  returnAddress: ['Beyond Bars Pen Pal Program', 'PO Box 4120', 'Springfield, OR 97477'],
  contactEmail: 'hello@beyondbars.example',
  locale: 'en-US',
} as const;
