import { describe, expect, it } from 'vitest';
import { moderationChange } from '@/lib/comments/moderation-rules';

describe('moderationChange', () => {
  it('approves held comments and ignores approved ones', () => {
    expect(moderationChange('approve', 'pending', null)).toMatchObject({ status: 'approved' });
    expect(moderationChange('approve', 'approved', null)).toBeNull();
  });

  it('remembers where a trashed comment came from and restores it there', () => {
    expect(moderationChange('trash', 'approved', null)).toMatchObject({
      status: 'trash',
      statusBeforeTrash: 'approved',
    });
    expect(moderationChange('restore', 'trash', 'approved')).toMatchObject({ status: 'approved' });
    expect(moderationChange('restore', 'trash', 'pending')).toMatchObject({ status: 'pending' });
    expect(moderationChange('restore', 'spam', null)).toMatchObject({ status: 'pending' });
    // Marked as spam by mistake: "Not spam" (or Undo) puts it back where it was.
    expect(moderationChange('spam', 'approved', null)).toMatchObject({ status: 'spam', statusBeforeTrash: 'approved' });
    expect(moderationChange('restore', 'spam', 'approved')).toMatchObject({ status: 'approved' });
    expect(moderationChange('restore', 'approved', null)).toBeNull();
  });

  it('deletes for ever only from spam or trash', () => {
    expect(moderationChange('delete', 'trash', null)).toBe('delete');
    expect(moderationChange('delete', 'spam', null)).toBe('delete');
    expect(moderationChange('delete', 'approved', null)).toBeNull();
    expect(moderationChange('delete', 'pending', null)).toBeNull();
  });

  it('unapproves only approved comments', () => {
    expect(moderationChange('unapprove', 'approved', null)).toMatchObject({ status: 'pending', approvedAt: null });
    expect(moderationChange('unapprove', 'spam', null)).toBeNull();
  });
});
