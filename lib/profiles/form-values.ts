import { isoDate } from '@/lib/format/date';
import { NEW_FACILITY } from './limits';
import { INTERESTS, splitList } from './vocabulary';

type StoredProfile = {
  displayName: string;
  legalName: string;
  inmateNumber: string;
  housingUnit: string | null;
  facilityId: string;
  birthDate: Date;
  gender: string;
  raceEthnicity: string | null;
  releaseDate: Date | null;
  offense: string;
  bio: string;
  interests: string;
  seeking: string;
  languages: string;
  submitterName: string;
  submitterEmail: string;
  submitterRelationship: string;
};

const curated = (value: string) => (INTERESTS as readonly string[]).includes(value);

/** A stored profile in the shape the profile form's fields read (the inverse of profileColumns). */
export function profileFormValues(profile: StoredProfile): Record<string, string> {
  const interests = splitList(profile.interests);
  return {
    displayName: profile.displayName,
    legalName: profile.legalName,
    inmateNumber: profile.inmateNumber,
    housingUnit: profile.housingUnit ?? '',
    facilityId: profile.facilityId,
    birthDate: isoDate(profile.birthDate),
    gender: profile.gender,
    raceEthnicity: profile.raceEthnicity ?? '',
    releaseDate: profile.releaseDate ? isoDate(profile.releaseDate) : '',
    offense: profile.offense,
    bio: profile.bio,
    interests: interests.filter(curated).join(','),
    ownInterests: interests.filter((value) => !curated(value)).join(', '),
    seeking: profile.seeking,
    languages: profile.languages,
    submitterName: profile.submitterName,
    submitterEmail: profile.submitterEmail,
    submitterRelationship: profile.submitterRelationship,
  };
}

type StoredFacility = {
  name: string;
  state: string;
  addressLines: string;
  mailScanned: boolean;
  scanAddressLines: string | null;
  photoRules: string;
  messagingVendor: string;
};

/**
 * A facility the submitter typed in, not yet checked by staff, reopened in the new-facility fields (the inverse of
 * facilityColumns) so a correction can fix it rather than type a duplicate.
 */
export function newFacilityFormValues(facility: StoredFacility): Record<string, string> {
  return {
    facilityId: NEW_FACILITY,
    facilityName: facility.name,
    facilityState: facility.state,
    facilityAddress: facility.addressLines,
    ...(facility.mailScanned ? { facilityMailScanned: 'on' } : {}),
    facilityScanAddress: facility.scanAddressLines ?? '',
    facilityPhotoRules: facility.photoRules,
    facilityVendor: facility.messagingVendor,
  };
}
