import { autosaveLetter } from '@/lib/letters/autosave';

// The composer's autosave and its save on leaving the page (lib/letters/autosave.ts).
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return autosaveLetter(request, (await params).id);
}
