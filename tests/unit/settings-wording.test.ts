import { describe, expect, it } from 'vitest';
import { composeWorded } from '@/lib/mail/templates/compose';
import { letterReturnedMail } from '@/lib/mail/templates/letters';
import { EMAIL_KEYS, EMAIL_WORDING } from '@/lib/mail/wording';
import { sectionInput } from '@/lib/settings/fields';
import { fillPlaceholders, placeholderProblems, placeholdersIn } from '@/lib/settings/placeholders';
import { defaultSettings, settingsSchema } from '@/lib/settings/schema';

const { placeholders } = EMAIL_WORDING.replyArrived;

describe('placeholder checks', () => {
  it('accept the wording the site has always sent, for every editable email', () => {
    for (const key of EMAIL_KEYS) {
      const { subject, body, placeholders: allowed } = EMAIL_WORDING[key];
      expect(placeholderProblems(body, allowed), key).toEqual([]);
      expect(placeholderProblems(subject, allowed, { subject: true }), key).toEqual([]);
    }
  });

  it('refuse an unknown placeholder, naming the ones that can be used', () => {
    expect(placeholderProblems('Hello {nmae}, {link}', placeholders)).toEqual([
      '{nmae} is not a placeholder this text can use. Use {name}, {person}, {link}, {program}, or remove the braces.',
    ]);
  });

  it('refuse a text that drops a required placeholder', () => {
    expect(placeholderProblems('Hello {name}, a reply came.', placeholders)).toEqual([
      'Keep {link} (the link to read the reply): the text must include it.',
    ]);
  });

  it('keep names out of subjects, where only the program’s own placeholders may go', () => {
    expect(placeholderProblems('Reply from {person}', placeholders, { subject: true })).toEqual([
      '{person} cannot go in the subject: subjects carry no names or notes anyone typed.',
    ]);
    expect(placeholderProblems('{program}: a reply', placeholders, { subject: true })).toEqual([]);
  });

  it('leave braces that are not placeholders alone', () => {
    expect(placeholdersIn('{ not one } {x1} {link}')).toEqual(['link']);
    expect(fillPlaceholders('{state} and {other}', { state: 'Texas' })).toBe('Texas and {other}');
  });
});

describe('the email sections of the settings', () => {
  it('report every problem of a save at once, field by field', () => {
    const form = {
      replyArrivedSubject: 'A reply from {person}',
      replyArrivedBody: 'Hello {name}, {unknown}',
      letterReturnedSubject: 'Line one\nline two',
    };
    const parsed = settingsSchema.letterEmails.safeParse(sectionInput('letterEmails', form));
    expect(parsed.success).toBe(false);
    const errors = parsed.error!.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        'replyArrivedSubject: {person} cannot go in the subject: subjects carry no names or notes anyone typed.',
        expect.stringMatching(/^replyArrivedBody: \{unknown\} is not a placeholder/),
        'replyArrivedBody: Keep {link} (the link to read the reply): the text must include it.',
        'letterReturnedSubject: Keep the subject to one line.',
      ]),
    );
  });
});

describe('composeWorded', () => {
  const settings = defaultSettings();

  it('renders the program’s own wording as text and as HTML from the same paragraphs', () => {
    const wording = {
      ...settings,
      program: { ...settings.program, name: 'Letters Across Walls' },
      letterEmails: {
        ...settings.letterEmails,
        replyArrivedSubject: '{program}: post for you',
        replyArrivedBody: 'Dear {name},\n\n{person} wrote back. Read it at {link} today.\n\n\n{program}',
      },
    };
    const mail = composeWorded(wording, 'replyArrived', {
      name: 'Robin <b>',
      person: 'Marcus {link}',
      link: { link: 'https://example.org/inbox/t1?a=1&b=2' },
    });
    expect(mail.subject).toBe('Letters Across Walls: post for you');
    // A typed value is never read for placeholders: "{link}" in a name stays as typed.
    expect(mail.text).toBe(
      'Dear Robin <b>,\n\nMarcus {link} wrote back. Read it at https://example.org/inbox/t1?a=1&b=2 today.\n\nLetters Across Walls\n',
    );
    expect(mail.html).toContain('<p>Dear Robin &lt;b&gt;,</p>');
    expect(mail.html).toContain(
      '<p>Marcus {link} wrote back. Read it at <a href="https://example.org/inbox/t1?a=1&amp;b=2">https://example.org/inbox/t1?a=1&amp;b=2</a> today.</p>',
    );
  });

  it('drops a paragraph left empty and keeps today’s wording by default', () => {
    const paused = letterReturnedMail(settings, { penPalName: 'Robin', personName: 'Marcus' }, 't1', 'moved', true);
    const notPaused = letterReturnedMail(settings, { penPalName: 'Robin', personName: 'Marcus' }, 't1', 'moved', false);
    expect(paused.subject).toBe('A letter you wrote came back to us');
    expect(paused.text).toContain(
      '\n\nWe have paused new letters to them while we check where they are now. Your letter and what happened to it stay in your inbox:\n\n',
    );
    expect(notPaused.text).toContain('\n\nYour letter and what happened to it stay in your inbox:\n\n');
    expect(notPaused.text.startsWith('Hello Robin,\n\nYour letter to Marcus came back from the post office.')).toBe(
      true,
    );
    expect(notPaused.text.endsWith('\n\nBeyond Bars\n')).toBe(true);
  });
});
