'use client';

// The same page as the public site's, inside the account pages' layout.
export { default } from '@/app/(site)/error';
