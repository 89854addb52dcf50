extension PostgresMigrations {
    /// "v2-audit-chain": every audit entry gets a gapless sequence number and a SHA-256 chained
    /// to the entry before it, computed by the server, so an entry written from psql is chained
    /// like one written by tapline (the encoding is `AuditChain`'s, byte for byte).
    ///
    /// A BEFORE INSERT trigger takes the next number and the previous hash from the one-row
    /// `audit_chain_head` with `UPDATE … RETURNING`: that row lock serialises audit writers
    /// only from their audit insert to their commit, and a rolled-back entry gives its number
    /// back, so the numbers have no gaps. The trigger's function is SECURITY DEFINER with a
    /// fixed search_path, so no role needs any right on the head table (supervisors and admins
    /// may read it, to verify), and it overwrites whatever seq, prev_hash and hash an insert
    /// supplies. `at` is cut to whole seconds: the chain's text form has no fractions.
    /// Entries already there are chained in id order.
    static let auditChain = Migration(identifier: "v2-audit-chain", sql: #"""
        ALTER TABLE audit_log ADD COLUMN seq bigint, ADD COLUMN prev_hash bytea, ADD COLUMN hash bytea;
        CREATE TABLE audit_chain_head (
            id boolean PRIMARY KEY DEFAULT true CHECK (id),
            seq bigint NOT NULL,
            hash bytea NOT NULL
        );
        CREATE FUNCTION audit_chain_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN value IS NULL THEN int4send(-1)
                        ELSE int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') END
        $$;
        CREATE FUNCTION audit_chain_encoding(seq bigint, previous bytea, at timestamp, who text, action text,
                                             account text, detail text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
            SELECT int8send(seq) || previous || audit_chain_field(to_char(at, 'YYYY-MM-DD"T"HH24:MI:SS'))
                || audit_chain_field(who) || audit_chain_field(action) || audit_chain_field(account) || audit_chain_field(detail)
        $$;
        ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update;
        DO $$
        DECLARE
            entry record;
            next_seq bigint := 0;
            previous bytea := decode(repeat('00', 32), 'hex');
        BEGIN
            FOR entry IN SELECT id FROM audit_log ORDER BY id LOOP
                next_seq := next_seq + 1;
                UPDATE audit_log SET at = date_trunc('second', at), seq = next_seq, prev_hash = previous,
                       hash = sha256(audit_chain_encoding(next_seq, previous, date_trunc('second', at), who, action, account_number, detail))
                 WHERE id = entry.id RETURNING hash INTO previous;
            END LOOP;
            INSERT INTO audit_chain_head(seq, hash) VALUES (next_seq, previous);
        END
        $$;
        ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update;
        ALTER TABLE audit_log ALTER COLUMN seq SET NOT NULL, ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL;
        CREATE UNIQUE INDEX audit_log_by_seq ON audit_log(seq);
        CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
        BEGIN
            NEW.at := date_trunc('second', NEW.at);
            UPDATE audit_chain_head SET seq = seq + 1 RETURNING seq, hash INTO NEW.seq, NEW.prev_hash;
            NEW.hash := sha256(audit_chain_encoding(NEW.seq, NEW.prev_hash, NEW.at, NEW.who, NEW.action, NEW.account_number, NEW.detail));
            UPDATE audit_chain_head SET hash = NEW.hash;
            RETURN NEW;
        END
        $$;
        -- The function's schema is where this migration runs; pg_temp last so nobody's temporary
        -- table can stand in for the head.
        DO $$ BEGIN
            EXECUTE format('ALTER FUNCTION audit_log_chain() SET search_path = %I, pg_temp', current_schema());
        END $$;
        REVOKE ALL ON FUNCTION audit_log_chain() FROM PUBLIC;
        CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
        GRANT SELECT ON audit_chain_head TO tapline_supervisor, tapline_admin;
        """#)
}
