/// A question about the logged-in account, for conditions such as "show the Upgrade link".
public enum AccountTest: Hashable, Sendable {
    case anyone
    case legacy
    case upgraded
    /// Linked to a CM/ECF account at the court being rehearsed.
    case linkedHere
    case administrative
    /// Waiting for the court to approve an e-filing request.
    case eFilingPendingHere
    /// Case search is inactive (a likely duplicate, or unused for years).
    case caseSearchInactive
    /// Registered without a card: waiting for the mailed activation code.
    case awaitingActivation
    /// Locked after too many failed logins (a simulated rule).
    case locked

    func passes(_ account: PACERAccount, court: CourtProfile) -> Bool {
        switch self {
        case .anyone: true
        case .legacy: account.kind == .legacy
        case .upgraded: account.kind == .upgraded
        case .linkedHere: account.linkedCMECF[court.id] != nil
        case .administrative: account.isAdministrativeAccount
        case .eFilingPendingHere: account.pendingEFileRequests.contains(court.id)
        case .caseSearchInactive: account.caseSearch == .inactive
        case .awaitingActivation: account.caseSearch == .awaitingActivation
        case .locked: account.isLocked
        }
    }
}
