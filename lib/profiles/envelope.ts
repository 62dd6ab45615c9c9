type Addressee = { legalName: string; inmateNumber: string; housingUnit: string | null };
type Facility = { name: string; addressLines: string; mailScanned: boolean; scanAddressLines: string | null };

/** The address block exactly as it goes on the envelope: scanned facilities take mail at their processing centre. */
export function envelopeLines(person: Addressee, facility: Facility): string[] {
  const address = facility.mailScanned && facility.scanAddressLines ? facility.scanAddressLines : facility.addressLines;
  return [
    person.legalName,
    `#${person.inmateNumber}`,
    person.housingUnit,
    facility.name,
    ...address.split('\n'),
  ].filter((line): line is string => Boolean(line));
}
