-- The audit log is append-only: no code path may change what an entry says happened, or remove one. Only the
-- actor's columns may change, when an account is erased (its email address goes) or its row is removed. The
-- function body spells its semicolons as \x3B because migrations here are split into statements at each semicolon.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' AND NEW."id" = OLD."id" AND NEW."action" = OLD."action" AND NEW."targetType" = OLD."targetType"
     AND NEW."targetId" = OLD."targetId" AND NEW."detail" = OLD."detail" AND NEW."createdAt" = OLD."createdAt" THEN
    RETURN NEW\x3B
  END IF\x3B
  RAISE EXCEPTION ''audit entries are append-only'' USING ERRCODE = ''insufficient_privilege''\x3B
END'
;

CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()
;
