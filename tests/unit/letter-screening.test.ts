import { describe, expect, it } from 'vitest';
import { type FlagCode, parseFlags, screenText } from '@/lib/letters/screening';
import { settingsSchema } from '@/lib/settings/schema';

/** What each finding covers, as `code: text`, so a failure shows the words. */
function found(text: string, words: string[] = []): string[] {
  return screenText(text, words).map((flag) => `${flag.code}: ${text.slice(flag.start, flag.end)}`);
}

const codes = (text: string, words: string[] = []) => new Set(screenText(text, words).map((flag) => flag.code));

function expectFlag(code: FlagCode, texts: string[]) {
  for (const text of texts)
    expect({ text, codes: [...codes(text)] }).toEqual({ text, codes: expect.arrayContaining([code]) });
}

function expectNoFlag(code: FlagCode, texts: string[]) {
  for (const text of texts)
    expect({ text, codes: [...codes(text)] }).toEqual({ text, codes: expect.not.arrayContaining([code]) });
}

describe('screening: money and gifts', () => {
  it('flags requests and offers', () => {
    expectFlag('money', [
      'Could you send me money for shoes?',
      'I can send you $50 next week if that helps.',
      'Please wire me 200 dollars.',
      'If you could put some money on my books I would be grateful.',
      'Would you buy me a radio from the catalog?',
      'I need $40 for my lawyer.',
      'They take books of stamps as payment in here.',
      'Commissary prices went up again.',
      'Can you send me a care package for Christmas?',
      'I will pay for your phone calls.',
    ]);
  });

  it('stays quiet on money that is only talked about', () => {
    expectNoFlag('money', [
      'The paperback was $12.99 and worth every cent.',
      'I sent you a letter last week.',
      'My sister gave me a book about birds.',
      'We raised money for the food bank at church.',
      'Did you get the stamps I drew on the envelope? Just kidding, I drew a stamp.',
    ]);
  });
});

describe('screening: payment apps and wire services', () => {
  it('flags each service, cashtags and gift cards', () => {
    expectFlag('payment-service', [
      'My Cash App is $JaneDoe88',
      'cashapp works best',
      'send it to $jdoe',
      'Do you have Venmo?',
      'PayPal or Zelle is fine',
      'Western Union has an office near you',
      'a MoneyGram to my cousin',
      'a money order to the facility',
      'Just buy a Google Play gift card and send me the number',
      'put money on my JPay account',
      'Green Dot card',
    ]);
  });

  it('does not take a price for a cashtag or JPay e-messages for money', () => {
    expectNoFlag('payment-service', [
      'The book cost $15 and the shipping $3.50.',
      'You can also write to me on JPay, the e-messaging service.',
      'I earn $0.45 an hour in the kitchen.',
    ]);
  });
});

describe('screening: phone numbers', () => {
  it('flags US and international numbers however they are written', () => {
    for (const [text, number] of [
      ['Call me at 503-555-0199 any evening.', '503-555-0199'],
      ['My number is (503) 555-0199.', '(503) 555-0199'],
      ['503.555.0199', '503.555.0199'],
      ['text 503 555 0199 please', '503 555 0199'],
      ['+1 503 555 0199', '+1 503 555 0199'],
      ['1-800-555-0199 is free', '1-800-555-0199'],
      ['or just 5035550199', '5035550199'],
      ['my aunt: 555-0199', '555-0199'],
      ['In London ring +44 20 7946 0958.', '+44 20 7946 0958'],
      ['+52 55 1234 5678 is my brother in Mexico', '+52 55 1234 5678'],
    ] as const) {
      expect(found(text)).toContain(`phone: ${number}`);
    }
  });

  it('stays quiet on dates, times, years, page and room numbers and prices', () => {
    expectNoFlag('phone', [
      'I was born in 1985 and came here in 2019.',
      'On 1985-04-23 my grandmother turned ninety.',
      'Visiting day is 04/23/2026 at 10:30 am.',
      'We moved to room 12 on block 4.',
      'Read pages 100-250 of the book by Friday.',
      'The review said $1,250.00 was too much for a first edition at $24.99.',
      'From 1990-2005 I worked at the mill.',
      'ISBN 978-0-14-303943-3',
      'Lights out at 22:00, count at 6.',
      'Chapter 11, page 312, line 14.',
      'My number here is A123456, put it on the envelope.',
    ]);
  });
});

describe('screening: email addresses', () => {
  it('flags plain and disguised addresses', () => {
    expect(found('write to jane.doe+pals@example.org soon')).toContain('email: jane.doe+pals@example.org');
    expectFlag('email', ['jdoe (at) gmail (dot) com', 'jdoe[at]yahoo.com', 'jdoe at gmail dot com']);
  });

  it('does not flag "at" in ordinary sentences', () => {
    expectNoFlag('email', ['I was at home at noon.', 'Look at this dot on the map.', 'Meet @ 3 by the gate.']);
  });
});

describe('screening: street addresses', () => {
  it('flags house numbers on streets, PO boxes, apartments and ZIP codes after a state', () => {
    for (const [text, address] of [
      ['I live at 1234 Elm Street in town.', '1234 Elm Street'],
      ['55 W 3rd Ave, second floor', '55 W 3rd Ave'],
      ['742 Evergreen Terrace', '742 Evergreen Terrace'],
      ['10 Downing St. is not mine', '10 Downing St.'],
      ['Write to PO Box 4412 instead', 'PO Box 4412'],
      ['P.O. Box 12', 'P.O. Box 12'],
      ['apt 4B is ours', 'apt 4B'],
      ['Suite #210', 'Suite #210'],
      ['Salem, OR 97301', 'OR 97301'],
      ['Portland, Oregon 97201-1234', 'Oregon 97201-1234'],
    ] as const) {
      expect(found(text)).toContain(`street-address: ${address}`);
    }
    expectFlag('street-address', ['my home address is on the back']);
  });

  it('does not flag "address" in other senses, distances, years or titles', () => {
    expectNoFlag('street-address', [
      'We need to address the issue of the noise.',
      'I ran 5 miles down the road this morning.',
      'Walked 10 blocks down the street.',
      'In 2019 The Road by Cormac McCarthy made me cry.',
      'I was born in 1985 or 1986, my mother was never sure.',
      'Room 12, block C, bunk 3.',
      'Your address stays private, I know.',
    ]);
  });
});

describe('screening: social media', () => {
  it('flags handles, profile links and the apps people move a conversation to', () => {
    expect(found('find me @jane_doe99 there')).toContain('social-handle: @jane_doe99');
    expect(found('my insta is jane.doe.art')).toContain('social-handle: my insta is jane.doe.art');
    expectFlag('social-handle', [
      'facebook.com/jane.doe',
      'add me on snapchat',
      'Do you have TikTok?',
      'message me on Telegram',
      'WhatsApp is easier',
      'instagram.com/janedoe',
    ]);
  });

  it('does not take an email address for a handle', () => {
    expectNoFlag('social-handle', ['jane@example.org', 'I have a new book of poems.', 'At 3pm we eat.']);
  });
});

describe('screening: words from the settings list', () => {
  it('flags whole words and phrases in any case', () => {
    expect(found('That was a Darn good book, darn it.', ['darn'])).toEqual(['explicit: Darn', 'explicit: darn']);
    expect(found('the Red  Wine was good', ['red wine'])).toEqual(['explicit: Red  Wine']);
  });

  it('does not flag the word inside another one, or anything when the list is empty', () => {
    expect(found('Darnell wrote back', ['darn'])).toEqual([]);
    expect(found('Darn.', [])).toEqual([]);
  });

  it('treats the words as text, not as patterns', () => {
    expect(found('a.b and axb', ['a.b'])).toEqual(['explicit: a.b']);
  });

  it('starts with explicit words, whole words only', () => {
    const words = settingsSchema.screening.parse({}).letterWords;
    expect(found('Send me nudes, or a Sexy picture.', words)).toEqual(['explicit: nudes', 'explicit: Sexy']);
    expect(found('I grew up in Sussex and fixed a sextant; the naked truth is I missed home.', words)).toEqual([
      'explicit: naked',
    ]);
  });
});

describe('screenText', () => {
  it('returns findings in order with offsets into the text, one per overlapping span', () => {
    const text = 'Hi! Cash App $jd and call 503-555-0199.';
    const flags = screenText(text);
    expect(flags.map((flag) => flag.code)).toEqual(['payment-service', 'payment-service', 'phone']);
    expect(flags.map((flag) => text.slice(flag.start, flag.end))).toEqual(['Cash App', '$jd', '503-555-0199']);
  });

  it('finds nothing in an ordinary letter', () => {
    const letter = `Dear Marcus,

Thank you for your letter of March 3rd. I read it twice on the bus. You asked about my garden: the tomatoes came in
at last, 14 of them on one plant, and my neighbour in number 12 took half. I finished the book you mentioned, all 412
pages, and I want to address the ending with you, because I did not see it coming.

I was born in 1985, so we are nearly the same age. Page 3 of your letter made me laugh. Lights out at 9:30 sounds
early to me, but I go to bed at 10 anyway.

Write soon,
Sam`;
    expect(screenText(letter)).toEqual([]);
  });

  it('reads stored flags back, dropping anything malformed', () => {
    expect(parseFlags('[{"code":"phone","start":1,"end":5},{"code":"nope","start":1,"end":2}]')).toEqual([
      { code: 'phone', start: 1, end: 5 },
    ]);
    expect(parseFlags('not json')).toEqual([]);
  });
});
