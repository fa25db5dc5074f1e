/// Reads the world file format: `[section]` headers (`court`, `account`, `cmecf`, `simulation`)
/// followed by `key = value` lines; `#` starts a comment. Pure: text in, contents or every
/// problem out, each with its line, so a trainer can fix a file in one pass.
public enum WorldFile {
    public static func parse(_ text: String, path: String) -> Result<WorldFileContents, DataFileProblems> {
        var parser = WorldFileParser(path: path)
        parser.read(text)
        return parser.problems.isEmpty ? .success(parser.contents) : .failure(DataFileProblems(parser.problems))
    }

    /// The world sections among `sections` (a scenario file's `[account]`s, say), read as a
    /// world file would read them; nil when there are none.
    public static func contents(of sections: [DataFile.Section], path: String) -> Result<WorldFileContents?, DataFileProblems> {
        let worldSections = sections.filter { keys[$0.name] != nil }
        guard !worldSections.isEmpty else { return .success(nil) }
        var parser = WorldFileParser(path: path)
        parser.read(worldSections)
        return parser.problems.isEmpty ? .success(parser.contents) : .failure(DataFileProblems(parser.problems))
    }

    /// The keys each section takes, required ones marked, for messages and the README.
    static let keys: [String: (required: [String], optional: [String])] = [
        "court": (["name", "go-live"], ["id", "divisions"]),
        "simulation": ([], ["today"]),
        "account": (["number", "username", "password", "first-name", "last-name", "created"],
                    ["date-of-birth", "email", "street", "city", "state", "zip", "user-type", "kind",
                     "case-search", "administrative", "member-of", "locked"]),
        "cmecf": (["username", "password", "name"], ["court", "email", "bar-number", "linked-to"]),
    ]
}

struct WorldFileParser {
    let path: String
    var contents = WorldFileContents()
    var problems: [DataFileProblem] = []

    init(path: String) { self.path = path }

    mutating func problem(_ line: Int, _ message: String) {
        problems.append(DataFileProblem(path: path, line: line, message: message))
    }

    mutating func read(_ text: String) {
        let file = DataFile(text, path: path)
        problems += file.problems
        read(file.sections)
    }

    /// Reads world sections already split by `DataFile` (a scenario file carries some too).
    mutating func read(_ sections: [DataFile.Section]) {
        for section in sections {
            if section.name.isEmpty && section.line == 0 {
                for entry in section.entries {
                    problem(entry.line, "a key before any section: start with a header such as [court]")
                }
                continue
            }
            guard let allowed = WorldFile.keys[section.name] else {
                if !section.name.isEmpty {
                    problem(section.line, "unknown section [\(section.name)]; expected one of [court], [simulation], [account], [cmecf]")
                }
                continue
            }
            var seen: Set<String> = []
            var kept = DataFile.Section(name: section.name, line: section.line, entries: [])
            for entry in section.entries {
                let key = entry.key.lowercased()
                guard allowed.required.contains(key) || allowed.optional.contains(key) else {
                    problem(entry.line, "unknown key \"\(key)\" in [\(section.name)]; it takes \((allowed.required + allowed.optional).joined(separator: ", "))")
                    continue
                }
                if !seen.insert(key).inserted { problem(entry.line, "\"\(key)\" is given twice in this [\(section.name)]") }
                kept.entries.append(DataFile.Entry(key: key, value: entry.value, line: entry.line))
            }
            build(kept)
        }
        crossCheck()
    }

    mutating func build(_ section: DataFile.Section) {
        let missing = WorldFile.keys[section.name]!.required.filter { (section.value($0) ?? "").isEmpty }
        for key in missing { problem(section.line, "[\(section.name)] needs \"\(key) = …\"") }
        guard missing.isEmpty else { return }
        switch section.name {
        case "court": buildCourt(section)
        case "simulation":
            if let text = section.value("today") { contents.today = date(text, section.line(of: "today"), "today") }
        case "account": buildAccount(section)
        case "cmecf": buildCMECF(section)
        default: break
        }
    }

    mutating func buildCourt(_ section: DataFile.Section) {
        if contents.court != nil { problem(section.line, "only one [court] section is allowed") }
        guard let goLive = date(section.value("go-live")!, section.line(of: "go-live"), "go-live") else { return }
        let id = section.value("id") ?? CourtProfile.massachusetts.id
        if !id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) {
            problem(section.line(of: "id"), "a court id is letters and digits only, e.g. mad")
        }
        let divisions = (section.value("divisions") ?? "").split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
        contents.court = CourtProfile(id: id.lowercased(), name: section.value("name")!, divisions: divisions, goLive: goLive)
    }

    mutating func buildAccount(_ section: DataFile.Section) {
        let number = section.value("number")!
        if number.count != 7 || !number.allSatisfy({ $0.isASCII && $0.isNumber }) {
            problem(section.line(of: "number"), "an account number is 7 digits, e.g. 2718281")
        }
        guard let created = date(section.value("created")!, section.line(of: "created"), "created") else { return }
        let username = section.value("username")!
        var kind: PACERAccount.Kind = created < PACERAccount.upgradeCutoff ? .legacy : .upgraded
        if let text = section.value("kind") {
            guard let chosen = PACERAccount.Kind(rawValue: text.lowercased()) else {
                problem(section.line(of: "kind"), "kind is legacy or upgraded")
                return
            }
            kind = chosen
        }
        if kind == .legacy, created >= PACERAccount.upgradeCutoff {
            problem(section.line(of: "kind"), "a legacy account was created before 2014-08-11 (this one: \(created.iso))")
        }
        if kind == .upgraded, username.count < 8 {
            problem(section.line(of: "username"), "an upgraded account's username has at least 8 characters")
        }
        var caseSearch = PACERAccount.CaseSearch.active
        if let text = section.value("case-search") {
            guard let chosen = PACERAccount.CaseSearch(rawValue: text.lowercased()) else {
                problem(section.line(of: "case-search"), "case-search is active, inactive or awaiting-activation")
                return
            }
            caseSearch = chosen
        }
        let birth = section.value("date-of-birth").flatMap { date($0, section.line(of: "date-of-birth"), "date-of-birth") }
        contents.accounts.append(PACERAccount(
            number: number, username: username, password: section.value("password")!,
            firstName: section.value("first-name")!, lastName: section.value("last-name")!, dateOfBirth: birth,
            email: section.value("email") ?? "", street: section.value("street") ?? "", city: section.value("city") ?? "",
            state: section.value("state") ?? "", zip: section.value("zip") ?? "", userType: section.value("user-type") ?? "",
            createdOn: created, kind: kind, caseSearch: caseSearch,
            memberOfPAA: section.value("member-of").flatMap { $0.isEmpty ? nil : $0 },
            isAdministrativeAccount: flag(section, "administrative"), isLocked: flag(section, "locked")))
        accountLines[number] = section.line
    }

    mutating func buildCMECF(_ section: DataFile.Section) {
        contents.cmecfAccounts.append(CMECFAccount(
            court: (section.value("court") ?? contents.court?.id ?? CourtProfile.massachusetts.id).lowercased(),
            username: section.value("username")!, password: section.value("password")!, name: section.value("name")!,
            email: section.value("email") ?? "", barNumber: section.value("bar-number") ?? "",
            linkedTo: section.value("linked-to").flatMap { $0.isEmpty ? nil : $0 }))
        cmecfLines.append(section.line)
    }

    var accountLines: [String: Int] = [:]
    var cmecfLines: [Int] = []

    /// Checks that need the whole file: unique numbers and usernames, references that resolve.
    mutating func crossCheck() {
        var seenNumbers: Set<String> = []
        var seenUsernames: Set<String> = []
        for account in contents.accounts {
            let line = accountLines[account.number] ?? 0
            if !seenNumbers.insert(account.number).inserted { problem(line, "account number \(account.number) is used twice") }
            if !seenUsernames.insert(account.username.lowercased()).inserted { problem(line, "username \(account.username) is used twice") }
            if let paa = account.memberOfPAA,
               !contents.accounts.contains(where: { $0.number == paa && $0.isAdministrativeAccount }) {
                problem(line, "member-of = \(paa) names no [account] with administrative = yes")
            }
        }
        for (index, cmecf) in contents.cmecfAccounts.enumerated() {
            guard let owner = cmecf.linkedTo else { continue }
            if let ownerIndex = contents.accounts.firstIndex(where: { $0.number == owner }) {
                contents.accounts[ownerIndex].linkedCMECF[cmecf.court] = cmecf.username
            } else {
                problem(cmecfLines[index], "linked-to = \(owner) names no [account] in this file")
            }
        }
    }

    mutating func date(_ text: String, _ line: Int, _ key: String) -> CivilDate? {
        guard let date = CivilDate.parseISO(text) else {
            problem(line, "\(key) must be a real date written YYYY-MM-DD, e.g. 2021-09-20 (found \"\(text)\")")
            return nil
        }
        return date
    }

    mutating func flag(_ section: DataFile.Section, _ key: String) -> Bool {
        guard let text = section.value(key)?.lowercased() else { return false }
        switch text {
        case "yes", "true": return true
        case "no", "false", "": return false
        default:
            problem(section.line(of: key), "\(key) is yes or no")
            return false
        }
    }
}
