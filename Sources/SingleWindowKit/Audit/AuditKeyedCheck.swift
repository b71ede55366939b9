import Store

/// The keyed half of `audit verify`: each entry's MAC under the database's key, and where the
/// key says keying began. Without the key only the plain chain is checked — and `audit verify`
/// says so, since a forged entry appended after the last checkpoint passes the plain chain.
public enum AuditKeyedCheck {
    public enum Outcome: Equatable, Sendable {
        /// The key was read; every entry from `keyedFrom` on carries a MAC (a wrong one is the
        /// chain's first break).
        case verified(keyedFrom: Int64)
        /// The chain is keyed (from `keyedFrom`) but this process could not read the key file.
        case skipped(keyFile: String, keyedFrom: Int64?)
        /// Neither a key nor a keyed entry: a training database, or a production one made before
        /// the keyed chain and not yet opened by someone who may create its key.
        case unkeyed
        /// The key file is another database's (`keyDatabase`): the file or the key was replaced.
        case anotherDatabase(keyFile: String, keyDatabase: String)

        /// A key of another database is tampering; a skipped check is not a finding, only a limit.
        public var fails: Bool { if case .anotherDatabase = self { return true } else { return false } }
    }

    static let cutBeforeKeying = "the key says the chain is keyed from this entry, but the log ends before it (it was cut)"

    /// Why `entry` fails the keyed check, or nil.
    static func problem(_ entry: AuditEntry, key: AuditKey) -> String? {
        if entry.mac.isEmpty {
            guard entry.seq >= key.keyedFrom else { return nil }
            return "no MAC, but the key says the chain is keyed from entry \(key.keyedFrom) (forged without the key, or its MAC stripped)"
        }
        return entry.mac == key.mac(entry.content) ? nil : "its MAC does not match the audit key (forged, or rewritten without the key)"
    }

    static func outcome(_ db: Database, availability: AuditKey.Availability, walked: AuditVerification) throws -> Outcome {
        switch availability {
        case let .loaded(key):
            let chainID = try AuditCheckpoint.chainDatabaseID(db)
            if !key.databaseID.isEmpty, !chainID.isEmpty, key.databaseID != chainID {
                return .anotherDatabase(keyFile: AuditKey.path(forDatabase: db.path), keyDatabase: key.databaseID)
            }
            return .verified(keyedFrom: key.keyedFrom)
        case let .unreadable(path), let .malformed(path):
            return .skipped(keyFile: path, keyedFrom: walked.firstKeyed)
        case let .missing(path):
            return walked.firstKeyed == nil ? .unkeyed : .skipped(keyFile: path, keyedFrom: walked.firstKeyed)
        }
    }
}
