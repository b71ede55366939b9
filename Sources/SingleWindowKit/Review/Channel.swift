/// The customs lane's selectivity channel (ASYCUDA's lanes, domain-research §4.3).
public enum Channel: String, CaseIterable, Codable, Sendable, Comparable {
    /// Accepted on receipt; duty assessed from the rate table.
    case green
    /// Documents checked by an officer.
    case yellow
    /// Physical inspection before release.
    case red

    var severity: Int { Channel.allCases.firstIndex(of: self) ?? 0 }
    public static func < (a: Channel, b: Channel) -> Bool { a.severity < b.severity }
}

/// The inspection lane's four releases (四放, case 3).
public enum ReleaseMode: String, CaseIterable, Codable, Sendable {
    /// 申报放行: released on the declaration.
    case declarationRelease = "declaration_release"
    /// 验证放行: released once the certificates are verified.
    case verificationRelease = "verification_release"
    /// 抽样放行: a share of declarations is sampled (a seeded draw); the rest are released.
    case samplingRelease = "sampling_release"
    /// 监管放行: released now; a supervision task follows.
    case supervisionRelease = "supervision_release"

    /// Tie-break between rules of equal priority: the more demanding mode wins.
    var weight: Int {
        switch self {
        case .declarationRelease: return 0
        case .supervisionRelease: return 1
        case .verificationRelease: return 2
        case .samplingRelease: return 3
        }
    }
}
