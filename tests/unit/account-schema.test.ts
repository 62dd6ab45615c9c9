import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { emailOnlySchema, signUpSchema } from '@/lib/accounts/schema';

// The sign-up form's own messages, in the words the form shows; the password policy's are in password-policy.test.ts.

const valid = {
  name: '  Robin  ',
  email: ' Robin@Example.ORG ',
  password: 'anything here',
  country: 'GB',
  interests: ['chess', 'books', 'chess'],
  languages: 'english',
  adult: 'on',
  rules: 'on',
};

describe('signUpSchema', () => {
  it('trims and lower-cases, and shapes checkbox groups into distinct keys', () => {
    expect(signUpSchema.parse(valid)).toEqual({
      name: 'Robin',
      email: 'robin@example.org',
      password: 'anything here',
      country: 'GB',
      interests: ['chess', 'books'],
      languages: ['english'],
      offers: [],
      adult: 'on',
      rules: 'on',
      company: '',
    });
  });

  it('reports every missing answer at once, each in plain words', () => {
    const result = signUpSchema.safeParse({});
    expect(z.flattenError(result.error!).fieldErrors).toEqual({
      name: ['Invalid input: expected string, received undefined'],
      email: ['Invalid input: expected string, received undefined'],
      password: ['Invalid input: expected string, received undefined'],
      country: ['Choose the country you live in.'],
      interests: ['Choose at least one interest: it is how we find you common ground.'],
      languages: ['Choose at least one language you write in.'],
      adult: ['You must be 18 or older to write to someone through the program.'],
      rules: ['Please read and accept the program’s rules.'],
    });
  });

  it('keeps email addresses and web addresses out of display names', () => {
    for (const name of ['robin@example.org', 'see www.robin.example', 'https://robin.example']) {
      expect(z.flattenError(signUpSchema.safeParse({ ...valid, name }).error!).fieldErrors.name).toEqual([
        'Use a name, not an email or web address.',
      ]);
    }
    expect(z.flattenError(signUpSchema.safeParse({ ...valid, name: 'R' }).error!).fieldErrors.name).toEqual([
      'Please enter a display name of at least 2 characters.',
    ]);
  });

  it('accepts only the directory’s vocabulary and known countries', () => {
    const errors = z.flattenError(
      signUpSchema.safeParse({ ...valid, interests: ['chess', 'knitting-bombs'], offers: ['money'], country: 'ZZ' })
        .error!,
    ).fieldErrors;
    expect(Object.keys(errors).sort()).toEqual(['country', 'interests', 'offers']);
  });
});

describe('emailOnlySchema', () => {
  it('asks for an address, then for a real one', () => {
    expect(z.flattenError(emailOnlySchema.safeParse({ email: '' }).error!).fieldErrors.email).toEqual([
      'Please enter your email address.',
    ]);
    expect(z.flattenError(emailOnlySchema.safeParse({ email: 'robin' }).error!).fieldErrors.email).toEqual([
      'Enter an email address such as name@example.org.',
    ]);
  });
});
