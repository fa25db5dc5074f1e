import ArgumentParser

/// The `pacer-prep` command: a rehearsal of PACER registration in the terminal.
struct PacerPrep: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pacer-prep",
        abstract: "Rehearse PACER registration, the legacy upgrade and NextGen CM/ECF linking (practice only: nothing is sent anywhere).",
        discussion: """
            pacer-prep is not affiliated with the federal judiciary or PACER. Type no real password, \
            card number or date of birth: invent them.

            Without a usable terminal (TERM unset or dumb, input or output not a TTY, curses \
            unable to start) it says so in one line and runs in plain line mode; --plain or \
            PACER_PREP_PLAIN=1 choose that mode on purpose. --answers FILE prefills fields; with \
            --batch the journey is walked with no questions.

            Training: `pacer-prep scenarios` lists the built-in scenarios; run one with \
            --scenario ID --mode practice|demo|exam (e.g. pacer-prep --scenario legacy-upgrade \
            --mode demo, then the same in practice and exam, which ends on a results page). \
            --mode guide is the help desk's view: the caller's page beside an agent panel, \
            jumps (g), search (/) and the triage questions (t). Every session keeps a \
            transcript without secrets: --resume continues it; report DIR summarises a clinic.

            Exit status: 0 journey completed, 1 quit by the user (or the input ended), 2 bad usage \
            or a bad world, court or answer file, 3 a --batch run incomplete, 128+N ended by signal N.
            """,
        subcommands: [Start.self, Register.self, Upgrade.self, Link.self, PAA.self, Scenarios.self, Check.self, Fields.self, Flow.self, ReportCommand.self, ReplayCommand.self],
        defaultSubcommand: Start.self
    )
}
