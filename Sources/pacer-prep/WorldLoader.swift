import ArgumentParser
import Screens
import WizardEngine

/// Builds the world a run starts in: the sample world, or the accounts of `--world`, on the court
/// of `--court` (or the world file's), on the day of `--today` (or the file's). Every problem of
/// a file is reported with file and line before the terminal is touched, and the run ends with 2.
struct WorldLoader {
    let options: RunOptions

    func world() throws -> World {
        let seed = options.seed ?? UInt64.random(in: 0...UInt64.max)
        var world = SampleWorld.world(today: options.simulatedToday, seed: seed)
        if let path = options.world {
            let contents = try load(path)
            if contents.declaresAccounts {
                world.accounts = contents.accounts
                world.cmecfAccounts = contents.cmecfAccounts
            }
            if let court = contents.court { world.court = court }
            if let today = contents.today, !options.todayWasGiven { world.today = today }
        }
        if let path = options.court {
            let contents = try load(path)
            guard let court = contents.court else {
                StandardError.write("pacer-prep: \(path): no [court] section: a court file needs name and go-live\n")
                throw ExitCode(ExitStatus.badUsage)
            }
            world.court = court
        }
        return world
    }

    func load(_ path: String) throws -> WorldFileContents {
        try DataFileLoader.load(path, parse: WorldFile.parse(_:path:))
    }
}
