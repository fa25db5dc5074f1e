import WizardEngine

/// Step 3: the four kinds of account; the filers' kinds lead on to the registration form.
enum AccountKindsPage {
    static let kind: FieldID = "accountKind"

    static let page = Page(
        id: RegisterPages.accountKinds, step: 3, title: "Register for an Account",
        address: PACERSite.registerAccount, menuBar: PACERSite.menuBar.with(current: PACERSite.registerItem),
        instruction: "Click Attorney Filers or Non-attorney Filers, then click Register for a PACER account.",
        blocks: [
            .text("Shared PACER accounts may no longer be used by CM/ECF filers: every filer needs an account of their own.", .warning),
            .text("Choose the kind of account that fits you:"),
            .field(Field("kind.search", "PACER - Case Search Only", .link(.choose(kind, "search")))),
            .field(Field("kind.attorney", "Attorney Filers", .link(.choose(kind, "attorney")))),
            .field(Field("kind.nonAttorney", "Non-attorney Filers", .link(.choose(kind, "nonAttorney")))),
            .field(Field("kind.paa", "PACER Administrative Account (PAA)", .link(.choose(kind, "paa")))),
            .text("Case Search Only: for people who only search and read records. It cannot file, so it is not what the notice asks filers for. Choose one of the filers' kinds.", .note, when: .equals(kind, "search")),
            .text("Attorney Filers: attorneys who will file in federal courts. First register a PACER account; e-filing rights are asked for afterwards.", when: .equals(kind, "attorney")),
            .text("Non-attorney Filers: pro se filers, court reporters, interested parties, filing agents, creditors, trustees and U.S. Trustees. First register a PACER account.", when: .equals(kind, "nonAttorney")),
            .text("A PAA lets a firm or agency manage its members' accounts and pay one bill. It can neither search nor file: each person still needs an account of their own. Choose one of the filers' kinds.", .note, when: .equals(kind, "paa")),
            .field(Field("register.start", "Register for a PACER account", .link(.goTo(RegisterPages.form))),
                   when: .oneOf(kind, ["attorney", "nonAttorney"])),
        ],
        next: nil,
        chooseALinkMessage: "Choose Attorney Filers or Non-attorney Filers, then \"Register for a PACER account\".",
        hint: "Attorneys choose Attorney Filers; everyone else who files chooses Non-attorney Filers. Then the link \"Register for a PACER account\" appears below.",
        helpDesk: "Ask whether the caller is an attorney: if so Attorney Filers, otherwise Non-attorney Filers; then \"Register for a PACER account\"."
    )
}
