@testable import WizardEngine

/// A small journey of three pages that exercises every kind of control the engine knows, so the
/// reducer can be tested without depending on the real mock pages in `Screens/`.
///
/// 1. `home`: left only by a link or a menu item; one menu item and one link are `.notThisOne`.
/// 2. `form`: required text fields, a rule-checked optional field, a list whose options depend on
///    another list, a field shown only for one list value, a secret, a button, a check box.
/// 3. `done`: finishes the journey.
enum MiniJourney {
    static let today = CivilDate(year: 2021, month: 10, day: 4)!
    static let seed: UInt64 = 42

    static let homeMessage = "You are on the home page already: choose \"Register for an Account\"."
    static let findACaseMessage = "Find a Case searches cases; it does not register you."
    static let searchOnlyMessage = "A search-only account cannot file: choose \"Register for a PACER account\"."
    static let chooseALink = "Choose \"Register for an Account\" on the menu bar, or the link below."

    static let menu = MenuBar(items: [
        MenuBar.Item("Home", .notThisOne(homeMessage)),
        MenuBar.Item("Find a Case", .notThisOne(findACaseMessage)),
        MenuBar.Item("Register for an Account", .goTo("form")),
    ], current: "Home")

    static let home = Page(
        id: "home", step: 1, title: "Home", address: "pacer.example/home",
        menuBar: menu.with(current: "Home", isActive: true),
        instruction: "Open the PACER website and choose Register for an Account.",
        blocks: [
            .text("Welcome to the practice site."),
            .field(Field("searchOnly", "PACER – Case Search Only", .link(.notThisOne(searchOnlyMessage)))),
            .field(Field("register", "Register for a PACER account", .link(.goTo("form")))),
        ],
        next: nil, chooseALinkMessage: chooseALink,
        hint: "Use the menu bar.", helpDesk: "Ask the caller what the menu bar shows."
    )

    static let userTypes: [ChoiceOption] = [
        ChoiceOption("individual", "Individual"),
        ChoiceOption("attorney", "Attorney"),
        ChoiceOption("lawFirm", "Law Firm"),
    ]

    static let states: [ChoiceOption] = [
        ChoiceOption("MA", "Massachusetts"),
        ChoiceOption("ME", "Maine"),
        ChoiceOption("NY", "New York"),
        ChoiceOption("NH", "New Hampshire"),
    ]

    static let counties: [String: [ChoiceOption]] = [
        "MA": [ChoiceOption("Barnstable"), ChoiceOption("Suffolk"), ChoiceOption("Worcester")],
        "NY": [ChoiceOption("Albany"), ChoiceOption("Kings")],
    ]

    static let form = Page(
        id: "form", step: 2, title: "Register for an Account", address: "pacer.example/register",
        menuBar: menu.with(current: "Register for an Account"),
        instruction: "Fill in the form. Fields marked * are required.",
        blocks: [
            .field(Field("firstName", "First Name", .text(maxLength: 40), required: true, rules: [.personName],
                         help: "As on your ID.")),
            .field(Field("middleName", "Middle Name", .text(maxLength: 10), rules: [.personName])),
            .field(Field("lastName", "Last Name", .text(maxLength: 40), required: true, rules: [.personName])),
            .field(Field("email", "Email", .text(maxLength: 60), required: true, rules: [.email])),
            .field(Field("confirmEmail", "Confirm Email", .text(maxLength: 60), required: true,
                         rules: [.matches("email", what: "Email")])),
            .field(Field("userType", "User Type", .choice(.fixed(userTypes), placeholder: "Select User Type"),
                         required: true)),
            .field(Field("taxID", "Tax ID", .text(maxLength: 10), required: true, rules: [.federalTaxID]),
                   when: .equals("userType", "lawFirm")),
            .field(Field("state", "State", .choice(.fixed(states), placeholder: "Select State"), required: true)),
            .field(Field("county", "County", .choice(.dependsOn("state", counties), placeholder: "Select County"),
                         required: true),
                   when: .notEmpty("state")),
            .field(Field("username", "Username", .text(maxLength: 20), required: true, rules: [.username])),
            .field(Field("suggest", "Suggest one", .button(.suggestUsername(into: "username", first: "firstName", last: "lastName")))),
            .field(Field("password", "Password", .secret(maxLength: 45), required: true,
                         rules: [.password(username: "username")])),
            .field(Field("verify", "Verify", .checkBox("I'm not a robot"), required: true, rules: [.mustBeChecked])),
        ],
        next: "done",
        hint: "Fill in every field with a red star.", helpDesk: "Ask which field shows a red mark."
    )

    static let done = Page(
        id: "done", step: 3, title: "Account Created", address: "pacer.example/done",
        menuBar: menu.with(current: nil),
        instruction: "Your account has been created.",
        blocks: [.text("Your account number is {accountNumber}.", .success)],
        next: nil, nextLabel: "Finish", finishesJourney: true,
        hint: "Nothing more to do.", helpDesk: "Congratulate the caller."
    )

    static let journey = Journey(
        id: "mini", title: "Mini registration",
        steps: ["Open the site", "Fill in the form", "Done"],
        pages: [home, form, done]
    )

    /// A wizard on the first page, at 80x24 unless told otherwise.
    static func wizard(size: TerminalSize = .standard) -> Wizard {
        Wizard(journey: journey, size: size, today: today, seed: seed)
    }

    /// The state a new run starts in, built by hand: what a test compares with.
    static func initialState(size: TerminalSize = .standard) -> WizardState {
        var state = WizardState(journey: "mini", page: "home", size: size, today: today, seed: seed)
        state.focus = .menu(0)
        state.visited = ["home"]
        return state
    }

    /// A wizard already on the form page (reached through the "Register for a PACER account" link).
    static func wizardOnForm(size: TerminalSize = .standard) -> Wizard {
        var wizard = wizard(size: size)
        wizard.tab(to: .field("register"))
        wizard.send(.key(.enter))
        return wizard
    }

    /// What a text field of the form holds after `text` was typed into it.
    static func typed(_ text: String, _ id: FieldID) -> EditableText {
        EditableText(text, maxLength: form.field(id)?.kind.maxLength)
    }

    /// A valid set of answers for the form, as the reducer stores them.
    static let validAnswers: [FieldID: EditableText] = [
        "firstName": typed("Ann", "firstName"),
        "lastName": typed("Lee", "lastName"),
        "email": typed("ann@example.com", "email"),
        "confirmEmail": typed("ann@example.com", "confirmEmail"),
        "userType": EditableText("individual"),
        "state": EditableText("MA"),
        "county": EditableText("Suffolk"),
        "username": typed("annlee2021", "username"),
        "password": typed("Secret#2021", "password"),
        "verify": EditableText(Field.checkedValue),
    ]
}

extension Wizard {
    /// Types each character of `text` as a key.
    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Sends a key `count` times.
    mutating func press(_ key: Key, times count: Int = 1) {
        for _ in 0..<count { send(.key(key)) }
    }

    /// Moves the focus with Tab until it reaches `target` (at most one round).
    mutating func tab(to target: FocusTarget) {
        for _ in 0..<40 where state.focus != target { send(.key(.tab)) }
    }

    /// Fills the form with `MiniJourney.validAnswers` by keys alone, starting on First Name; ends
    /// with the focus on the Verify check box.
    mutating func fillFormByKeys() {
        type("Ann"); press(.tab, times: 2)          // Middle Name stays empty
        type("Lee"); press(.tab)
        type("ann@example.com"); press(.tab)
        type("ann@example.com"); press(.tab)
        press(.right); press(.tab)                  // User Type: Individual
        type("m"); press(.tab)                      // State: Massachusetts
        type("s"); press(.tab)                      // County: Suffolk
        type("annlee2021"); press(.tab, times: 2)   // past "Suggest one"
        type("Secret#2021"); press(.tab)
        press(.character(" "))                      // Verify: ticked
    }
}
