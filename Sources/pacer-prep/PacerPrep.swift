import ArgumentParser

/// The `pacer-prep` command: a rehearsal of PACER registration in the terminal.
struct PacerPrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pacer-prep",
        abstract: "Rehearse PACER registration, the legacy upgrade and NextGen CM/ECF linking (practice only: nothing is sent anywhere).",
        discussion: """
            pacer-prep is not affiliated with the federal judiciary or PACER. Type no real password, \
            card number or date of birth: invent them.

            Exit status: 0 journey completed, 1 quit by the user, 2 bad usage or no usable terminal, \
            128+N ended by signal N.
            """,
        subcommands: [Start.self, Register.self, Upgrade.self, Link.self, PAA.self],
        defaultSubcommand: Start.self
    )
}
