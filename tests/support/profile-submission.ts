import sharp from 'sharp';
import { submitProfile } from '@/lib/profiles/actions/submit';
import { formData } from './form';

// The public submission form, filled in as a representative would: shared by the review and submission tests.

export function validSubmission(facilityId: string, overrides: Record<string, string | string[] | undefined> = {}) {
  return {
    displayName: 'Dana W.',
    legalName: 'Dana Marie Whitcomb',
    inmateNumber: 'W-48213',
    housingUnit: 'B-2',
    facilityId,
    birthDate: '1988-03-14',
    gender: 'woman',
    releaseDate: '',
    offense: 'Prefer to discuss in letters',
    bio: 'I teach a reading group on Thursdays and I am learning to draw portraits. I would love to hear about your town.',
    interests: ['drawing', 'books'],
    ownInterests: 'Beekeeping, tai chi',
    seeking: ['friendship'],
    languages: ['english', 'spanish'],
    submitterName: 'Ruth Whitcomb',
    submitterEmail: 'Ruth@Example.org',
    submitterRelationship: 'mother',
    consent: 'on',
    ...overrides,
  };
}

export async function photoFile(type: 'png' | 'jpeg' = 'png') {
  const image = sharp({ create: { width: 300, height: 300, channels: 3, background: '#3a6' } });
  const bytes = await (type === 'png' ? image.png() : image.jpeg()).toBuffer();
  return new File([new Uint8Array(bytes)], `portrait.${type}`, { type: `image/${type}` });
}

export async function submit(fields: Record<string, string | string[] | undefined>, photo?: File) {
  const data = formData(fields);
  if (photo) data.append('photo', photo);
  return submitProfile({ ok: false }, data);
}
