import 'server-only';
import type { Transaction } from '@/lib/db/client';
import type { SessionUser } from '@/lib/auth/session';

export type AuditInput = {
  action: string;
  targetType: 'comment' | 'user' | 'profile' | 'facility' | 'letter' | 'reply' | 'thread' | 'report' | 'setting';
  targetId: string;
  detail?: Record<string, unknown>;
};

/**
 * Call inside the transaction that performs the action, so the action and its record stand or fall together. The actor
 * is who acted: a signed-in user, or an account acting on itself without a session (signing up, a reset link).
 */
export function recordAudit(tx: Transaction, actor: Pick<SessionUser, 'id' | 'email'>, entry: AuditInput) {
  return tx.auditEntry.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      detail: entry.detail ? JSON.stringify(entry.detail) : '',
    },
  });
}

/** Which of the columns an edit wrote actually changed, for the audit entry's detail. */
export function changedFields(
  written: object,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string[] {
  return Object.keys(written).filter((key) => String(before[key]) !== String(after[key]));
}
