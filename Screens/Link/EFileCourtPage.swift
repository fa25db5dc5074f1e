import WizardEngine

/// E-filing request, step 3: which court, and whether admission to its bar is asked for too.
enum EFileCourtPage {
    static let courtTypes = ["U.S. District Courts", "U.S. Bankruptcy Courts", "U.S. Appellate Courts"]

    /// A few courts of each type; the value is the court's full name, so the profile's court
    /// (`{court}`) can be the preset value.
    static let courts: [String: [ChoiceOption]] = [
        "U.S. District Courts": [
            ("Massachusetts", "District of Massachusetts"), ("Connecticut", "District of Connecticut"),
            ("Maine", "District of Maine"), ("New Hampshire", "District of New Hampshire"),
            ("Rhode Island", "District of Rhode Island"), ("Vermont", "District of Vermont"),
        ].map { ChoiceOption("United States District Court for the \($0.1)", "\($0.0) District Court") },
        "U.S. Bankruptcy Courts": [
            ("Massachusetts", "District of Massachusetts"), ("Connecticut", "District of Connecticut"),
            ("Maine", "District of Maine"), ("New Hampshire", "District of New Hampshire"),
            ("Rhode Island", "District of Rhode Island"),
        ].map { ChoiceOption("United States Bankruptcy Court for the \($0.1)", "\($0.0) Bankruptcy Court") },
        "U.S. Appellate Courts": [
            ChoiceOption("United States Court of Appeals for the First Circuit", "First Circuit Court of Appeals"),
            ChoiceOption("United States Court of Appeals for the Second Circuit", "Second Circuit Court of Appeals"),
        ],
    ]

    static let page = Page(
        id: LinkPages.eFileCourt, step: 3, title: "E-File Registration: Court",
        address: EFileSite.address, menuBar: EFileSite.menuBar,
        instruction: "Choose the court type and the court, then the kind of registration. Click Next.",
        blocks: [
            .field(Field(LinkFields.courtType, "Court Type", .choice(.fixed(courtTypes.map { ChoiceOption($0) }), placeholder: "Select a court type"),
                         required: true, default: "U.S. District Courts")),
            .field(Field(LinkFields.court, "Court", .choice(.dependsOn(LinkFields.courtType, courts), placeholder: "Select a court"),
                         required: true, help: "The list depends on the court type. It starts on the court of this rehearsal.",
                         default: "{court}")),
            .field(Field(LinkFields.registrationType, "Registration Type", .choice(.fixed([
                ChoiceOption(LinkFields.eFileOnly), ChoiceOption(LinkFields.admissionsAndEFile),
            ]), placeholder: "Select a registration type"), required: true)),
            .text("E-File Registration Only: you are already admitted to practise before this court and need only the right to file electronically.",
                  when: .equals(LinkFields.registrationType, LinkFields.eFileOnly)),
            .text("Attorney Admissions and E-File: you are not yet a member of this court's bar, so you ask for admission and e-filing together. The court may charge an admission fee.",
                  when: .equals(LinkFields.registrationType, LinkFields.admissionsAndEFile)),
            .text("Practice: whatever court you pick, the request is recorded for the {court}.", .note),
        ],
        next: LinkPages.eFileBar,
        hint: "Change a list with ← →. Already admitted to this court's bar? E-File Registration Only. Not yet? Attorney Admissions and E-File.",
        helpDesk: "Check that the caller picked the right court type: a district court and the bankruptcy court of the same district are separate registrations."
    )
}
