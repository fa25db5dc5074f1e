import Foundation

/// What a rehearsing person types into journey R. The secrets are made up and distinctive, so a
/// test can look for them on screen and on disk.
struct RegisterAnswers {
    var firstName = "Jose\u{301}"  // "José" as typed with a combining accent
    var lastName = "山田"
    var dateOfBirth = "04/17/1980"
    var address = "1 Courthouse Way"
    var city = "Boston"
    var zip = "02210"
    var phone = "617-555-0142"
    var email = "jose@example.com"
    var password = "Zq7vWx!Kp92"
    var answer1 = "Quokkaville"
    var answer2 = "Tarnowbridge"
}

/// The key path through journey R on the built binary, page by page: the walk of
/// Tests/ScreensTests/RegisterWalk.swift, typed into a real terminal with the footer's keys.
extension TmuxSession {
    /// Steps 1 to 3: from the home page to the registration form (step 4).
    func walkToRegistrationForm() async throws {
        try await waitForStep(1)
        try sendKeys("Enter")  // Next, the only stop on the home page
        try await waitForStep(2)
        try await focusHighlighted("Register for an Account")
        try sendKeys("Enter")
        try await waitForStep(3)
        try await focus(on: "› Attorney Filers")
        try await press("Enter")  // chooses the kind; the link to the form appears below
        try await focus(on: "› Register for a PACER account")
        try sendKeys("Enter")
        try await waitForStep(4)
    }

    /// Step 4 filled in validly, then Ctrl-N to step 5.
    func fillRegistrationForm(_ answers: RegisterAnswers) async throws {
        try await fill("First Name", with: answers.firstName)
        try await fill("Last Name", with: answers.lastName)
        try await fillRestOfRegistrationForm(answers)
        try sendKeys("C-n")
        try await waitForStep(5)
    }

    /// Step 4 from the date of birth on, ending on the ticked User Verification box.
    func fillRestOfRegistrationForm(_ answers: RegisterAnswers, zip: String? = nil, confirmEmail: String? = nil) async throws {
        try await fill("Date of Birth", with: answers.dateOfBirth)
        try await fill("Address", with: answers.address)
        try await fill("City", with: answers.city)
        try await choose("State", "Massachusetts", with: "M")
        try await choose("County", "Suffolk")
        try await fill("Zip/Postal Code", with: zip ?? answers.zip)
        try await fill("Primary Phone", with: answers.phone)
        try await fill("Email", with: answers.email)
        try await fill("Confirm Email", with: confirmEmail ?? answers.email)
        try await choose("User Type", "Attorney")
        try await focus(on: "User Verification")
        try sendKeys("Space")
        try await waitFor(text: "[x] I'm not a robot")
    }

    /// Step 5: a suggested username, the password twice, two questions and answers; Ctrl-N to step 6.
    func fillSecurityPage(_ answers: RegisterAnswers) async throws {
        try await suggestUsername()
        try await fillSecret("Password", with: answers.password)
        try await fillSecret("Confirm Password", with: answers.password)
        try await choose("Security Question 1", "What was the name of your first pet?")
        try await fill("Answer 1", with: answers.answer1)
        try await choose("Security Question 2", "In what city were you born?")
        try await fill("Answer 2", with: answers.answer2)
        try sendKeys("C-n")
        try await waitForStep(6)
    }

    /// Step 5: "Suggest one" fills the username.
    func suggestUsername() async throws {
        try await focus(on: "[ Suggest one ]")
        try sendKeys("Enter")
        try await waitFor("a suggested username") { screen in
            guard let row = screen.line(containing: "Username *") else { return false }
            return !Self.fieldContent(row).trimmingCharacters(in: .whitespaces).isEmpty
        }
    }

    /// Step 7: tick the acknowledgment, then Submit with Ctrl-N, to step 8 (which comes only
    /// if the box was ticked).
    ///
    /// The focus starts on the check box, so Space ticks it. The box is not looked for on
    /// screen: at 80x24 it stays scrolled out of view while focused, and Tab cannot leave it
    /// (see `focusedCheckBoxOnPoliciesPageIsOnScreen`).
    func acknowledgePolicies() async throws {
        try sendKeys("Space")
        try sendKeys("C-n")
        try await waitForStep(8)
    }

    /// Step 9: Tab to Finish and press it; returns how the program ended.
    func finish() async throws -> Ending {
        try await focusHighlighted("[ Finish ]")
        try sendKeys("Enter")
        return try await waitForExit()
    }
}
