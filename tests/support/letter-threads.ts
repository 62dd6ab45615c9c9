import sharp from 'sharp';
import { db } from '@/lib/db';
import { facilityData, letterData, profileData, threadData } from '@/prisma/factories';
import { createUser } from './users';

const DAY = 24 * 60 * 60 * 1000;

/** A pen pal (email verified) writing to a listed person, with one letter posted `postedDaysAgo` days ago. */
export async function threadWithPostedLetter(postedDaysAgo = 3) {
  const penPal = await createUser('penpal');
  await db.user.update({ where: { id: penPal.id }, data: { emailVerifiedAt: new Date() } });
  const facility = await db.facility.create({ data: facilityData() });
  const profile = await db.profile.create({ data: profileData(facility) });
  const thread = await db.thread.create({ data: threadData(penPal.id, profile.id) });
  const postedAt = new Date(Date.now() - postedDaysAgo * DAY);
  const submittedAt = new Date(postedAt.getTime() - 3 * DAY);
  const letter = await db.letter.create({
    data: letterData(thread.id, { status: 'posted', submittedAt, postedAt, sheets: 1 }),
  });
  await db.letterEvent.createMany({
    data: [
      { letterId: letter.id, status: 'submitted', createdAt: submittedAt },
      { letterId: letter.id, status: 'approved', createdAt: new Date(submittedAt.getTime() + DAY) },
      { letterId: letter.id, status: 'printed', createdAt: new Date(submittedAt.getTime() + 2 * DAY) },
      { letterId: letter.id, status: 'posted', createdAt: postedAt },
    ],
  });
  return { penPal, profile, thread, letter };
}

/** A JPEG with camera metadata, as a phone or scanner would send one. */
export async function scannedPage(name = 'page-1.jpg'): Promise<File> {
  const jpeg = await sharp({ create: { width: 600, height: 800, channels: 3, background: '#f4f1e8' } })
    .withMetadata({ exif: { IFD0: { Make: 'ScanCo', Artist: 'Somebody' } } })
    .jpeg()
    .toBuffer();
  return new File([new Uint8Array(jpeg)], name, { type: 'image/jpeg' });
}

export function pdfPage(name = 'reply.pdf'): File {
  const pdf = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';
  return new File([pdf], name, { type: 'application/pdf' });
}
