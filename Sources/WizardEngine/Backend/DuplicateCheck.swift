/// The duplicate-account check at registration: how many of name, date of birth and email a new
/// registration shares with an existing account (domain.md: two → a warning, three → the account
/// is made with case search inactive).
enum DuplicateCheck {
    static func strongestMatch(of answers: FactContext, _ fields: RegistrationFields, in accounts: [PACERAccount]) -> Int {
        let name = (answers.value(fields.firstName) + " " + answers.value(fields.lastName)).lowercased()
        let birth = CivilDate.parseUS(answers.value(fields.dateOfBirth))
        let email = answers.value(fields.email).lowercased()
        return accounts.map { account in
            [account.fullName.lowercased() == name,
             birth != nil && account.dateOfBirth == birth,
             !email.isEmpty && account.email.lowercased() == email].filter { $0 }.count
        }.max() ?? 0
    }
}
