/// The span of calendar days in which something sent by U.S. mail should arrive.
///
/// PACER promises the activation code for an account registered without a card "in 7 to 10
/// business days". Users plan by calendar dates, not business days, so the simulator turns the
/// promise into the first and last dates it could mean, counted from the simulated day of
/// registration.
public struct MailWindow: Hashable, Sendable {
    /// The first day the letter could arrive.
    public let earliest: CivilDate
    /// The last day of the promise; after it, calling the PACER Service Center is reasonable.
    public let latest: CivilDate

    public init(earliest: CivilDate, latest: CivilDate) {
        self.earliest = earliest
        self.latest = latest
    }

    /// Business days after registration by which the activation letter arrives, at the soonest
    /// and at the latest.
    public static let activationLetterBusinessDays = 7...10

    /// When the activation-code letter should arrive for an account registered on `registeredOn`.
    public static func activationLetter(registeredOn: CivilDate) -> MailWindow {
        MailWindow(
            earliest: BusinessDays.adding(activationLetterBusinessDays.lowerBound, to: registeredOn),
            latest: BusinessDays.adding(activationLetterBusinessDays.upperBound, to: registeredOn)
        )
    }
}
