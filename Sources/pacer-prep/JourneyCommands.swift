import ArgumentParser
import Screens
import WizardEngine

/// `pacer-prep` with no subcommand: the start page with the notice's questions.
struct Start: JourneyCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "The start page: the notice's questions lead to the right journey (the default).")
    static let journeyID = StartJourney.id
    @OptionGroup var options: RunOptions
}

/// `pacer-prep register`: journey R.
struct Register: JourneyCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register a PACER account (journey R, steps 1 to 9 of the notice).")
    static let journeyID = RegisterJourney.id
    @OptionGroup var options: RunOptions
}

/// `pacer-prep upgrade`: journey U.
struct Upgrade: JourneyCommand {
    static let configuration = CommandConfiguration(
        commandName: "upgrade",
        abstract: "Upgrade a legacy PACER account (journey U, steps 1 to 6 of the notice).")
    static let journeyID = UpgradeJourney.id
    @OptionGroup var options: RunOptions
}

/// `pacer-prep link`: journey L.
struct Link: JourneyCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link a PACER account to a CM/ECF account in NextGen (journey L; opens on the court's go-live date).")
    static let journeyID = LinkJourney.id
    @OptionGroup var options: RunOptions
}

/// `pacer-prep paa`: journey P.
struct PAA: JourneyCommand {
    static let configuration = CommandConfiguration(
        commandName: "paa",
        abstract: "Set up a PACER Administrative Account for firm billing and add a member (journey P).")
    static let journeyID = PAAJourney.id
    @OptionGroup var options: RunOptions
}
