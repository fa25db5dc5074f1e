import WizardEngine

/// The built-in practice world: a few invented people whose accounts cover the situations of the
/// notice (a legacy account to upgrade, one already upgraded, one inactive, one already linked,
/// a firm's administrative account) and their old CM/ECF logins at the court.
///
/// Everything here is invented for rehearsal, including the passwords, which the README lists so
/// that people can log in with them.
public enum SampleWorld {
    public static let legacyAttorney = PACERAccount(
        number: "2718281", username: "lp1234", password: "sunny2012", firstName: "Laura", lastName: "Pham",
        dateOfBirth: CivilDate(year: 1975, month: 6, day: 2), email: "laura.pham@example.com",
        street: "1 Courthouse Way", city: "Boston", state: "MA", zip: "02210", userType: "Attorney",
        createdOn: CivilDate(year: 2012, month: 3, day: 14)!, kind: .legacy)

    public static let inactiveLegacy = PACERAccount(
        number: "3141592", username: "dk5150", password: "winter2011", firstName: "Daniel", lastName: "Kim",
        dateOfBirth: CivilDate(year: 1968, month: 11, day: 23), email: "dkim@example.net",
        street: "45 Elm Street", city: "Worcester", state: "MA", zip: "01608", userType: "Individual",
        createdOn: CivilDate(year: 2011, month: 11, day: 2)!, kind: .legacy, caseSearch: .inactive)

    public static let upgradedAttorney = PACERAccount(
        number: "1618033", username: "mkowalski21", password: "Upgraded-2019", firstName: "Marta", lastName: "Kowalski",
        dateOfBirth: CivilDate(year: 1982, month: 2, day: 14), email: "marta.kowalski@example.com",
        street: "200 State Street", city: "Springfield", state: "MA", zip: "01103", userType: "Attorney",
        createdOn: CivilDate(year: 2016, month: 5, day: 9)!, kind: .upgraded)

    public static let linkedAttorney = PACERAccount(
        number: "1414213", username: "rnguyen2020", password: "Linked-2020", firstName: "Rosa", lastName: "Nguyen",
        dateOfBirth: CivilDate(year: 1979, month: 8, day: 30), email: "rosa.nguyen@example.org",
        street: "9 Harbor Road", city: "Boston", state: "MA", zip: "02110", userType: "Attorney",
        createdOn: CivilDate(year: 2018, month: 1, day: 22)!, kind: .upgraded, linkedCMECF: ["mad": "rnguyen"])

    public static let firmAdministrator = PACERAccount(
        number: "1732050", username: "harborlegal", password: "Harbor-PAA1", firstName: "Priya", lastName: "Shah",
        email: "billing@harborlegal.example", street: "9 Harbor Road", city: "Boston", state: "MA", zip: "02110",
        userType: "Harbor Legal LLP", createdOn: CivilDate(year: 2019, month: 4, day: 1)!, kind: .upgraded,
        isAdministrativeAccount: true)

    public static let accounts = [legacyAttorney, inactiveLegacy, upgradedAttorney, linkedAttorney, firmAdministrator]

    public static let cmecfAccounts = [
        CMECFAccount(court: "mad", username: "lpham", password: "ecfpass7", name: "Laura Pham",
                     email: "laura.pham@example.com", barNumber: "BBO 654321"),
        CMECFAccount(court: "mad", username: "mkowalski", password: "Filer-2018", name: "Marta Kowalski",
                     email: "marta.kowalski@example.com", barNumber: "BBO 712345"),
        CMECFAccount(court: "mad", username: "rnguyen", password: "old-pass", name: "Rosa Nguyen",
                     email: "rosa.nguyen@example.org", barNumber: "BBO 598765", linkedTo: "1414213"),
    ]

    /// The practice world on a given simulated day, with a seed for new account numbers.
    public static func world(today: CivilDate, court: CourtProfile = .massachusetts, seed: UInt64) -> World {
        World(court: court, today: today, accounts: accounts, cmecfAccounts: cmecfAccounts, seed: seed)
    }
}
