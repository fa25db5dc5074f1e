/// Values that page text may name as `{placeholder}`: the simulated world, what PACER would
/// assign, and any answer as `{value:fieldID}`. Derived from the state on demand, so nothing computed is stored twice.
public enum Facts {
    /// Replaces every `{name}` in `template` with its fact; unknown names are left as written.
    public static func fill(_ template: String, _ context: FactContext) -> String {
        guard hasPlaceholder(template) else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count + 32)
        var letter: MailWindow? // worked out once for the two facts that name its dates
        var rest = Substring(template)
        // The braces are found among the bytes: searching by character breaks the text into
        // graphemes, and a page's text is filled each time it opens.
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
              let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            result += rest[..<open]
            let name = String(rest[rest.utf8.index(after: open)..<close])
            result += value(named: name, context, letter: &letter) ?? "{\(name)}"
            rest = rest[rest.utf8.index(after: close)...]
        }
        return result + rest
    }

    /// Whether `template` has a brace at all: most page text has none, and the view fills every
    /// text on the page for every key, so the bytes are scanned in place.
    static func hasPlaceholder(_ template: String) -> Bool {
        template.utf8.withContiguousStorageIfAvailable { $0.contains(UInt8(ascii: "{")) }
            ?? template.utf8.contains(UInt8(ascii: "{"))
    }

    /// Whether `template` names an answer (`{value:…}`); every other fact comes from the world.
    ///
    /// Scanned on the bytes: every block of every page asks this once when the journeys are
    /// built, before the first frame, where `String.contains` cost 2.4 million instructions.
    static func readsAnswers(_ template: String) -> Bool {
        guard hasPlaceholder(template) else { return false }
        var rest = template.utf8[...]
        while let brace = rest.firstIndex(of: UInt8(ascii: "{")) {
            rest = rest[rest.index(after: brace)...]
            if rest.starts(with: "value:".utf8) { return true }
        }
        return false
    }

    /// The fact `name` names; `letter` keeps the activation letter's window once worked out,
    /// for a text that names both of its dates (counting business days finds the holidays).
    static func value(named name: String, _ context: FactContext, letter: inout MailWindow?) -> String? {
        if name == "letterEarliest" || name == "letterLatest" {
            let window = letter ?? MailWindow.activationLetter(registeredOn: context.today)
            letter = window
            return (name == "letterEarliest" ? window.earliest : window.latest).long
        }
        return switch name {
        case "today": context.today.long
        case "goLive": context.court.goLive.long
        case "court": context.court.name
        case "phone": ServiceCenter.phone
        case "email": ServiceCenter.email
        case "hours": ServiceCenter.hours
        case _ where name.hasPrefix("value:"): context.value(FieldID(String(name.dropFirst(6))))
        case _ where name.hasPrefix("account."): context.world.signedInAccount.flatMap { accountFact(name.dropFirst(8), $0) }
        case _ where name.hasPrefix("created."):
            context.world.lastCreated.flatMap(context.world.accountIndex(number:))
                .flatMap { accountFact(name.dropFirst(8), context.world.accounts[$0]) }
        case _ where name.hasPrefix("cmecf."): context.world.pendingLink.flatMap { cmecfFact(name.dropFirst(6), context.world.cmecfAccounts[$0]) }
        case "courtAddress": context.court.cmecfAddress
        case "lockoutLimit": String(World.lockoutThreshold)
        default: nil
        }
    }

    /// What page text may say about an account. The date of birth and the password are
    /// deliberately absent: they are never shown back.
    static func accountFact(_ name: Substring, _ account: PACERAccount) -> String? {
        switch name {
        case "number": account.number
        case "username": account.username
        case "name": account.fullName
        case "firstName": account.firstName
        case "lastName": account.lastName
        case "email": account.email
        case "street": account.street
        case "city": account.city
        case "state": account.state
        case "zip": account.zip
        case "userType": account.userType
        case "type": account.kind.label
        case "caseSearch": account.caseSearch.label
        case "created": account.createdOn.long
        default: nil
        }
    }

    static func cmecfFact(_ name: Substring, _ account: CMECFAccount) -> String? {
        switch name {
        case "username": account.username
        case "name": account.name
        case "email": account.email
        case "bar": account.barNumber.isEmpty ? "none on file" : account.barNumber
        default: nil
        }
    }

    /// A 7-digit account number, as PACER shows on the confirmation page, derived from the seed.
    public static func accountNumber(seed: UInt64) -> String {
        String(1_000_000 + mixed(seed) % 9_000_000)
    }

    /// A username suggestion of at least 8 characters from the person's name (ASCII letters only,
    /// as usernames allow), made unique-looking with digits from the seed.
    public static func suggestedUsername(first: String, last: String, seed: UInt64) -> String {
        let letters = { (name: String) in name.lowercased().filter { $0.isASCII && $0.isLetter } }
        var stem = String(letters(first).prefix(1)) + String(letters(last).prefix(10))
        if stem.count < 2 { stem = "filer" }
        var digits = String(mixed(seed &+ 1) % 10_000)
        while stem.count + digits.count < 8 || digits.count < 2 { digits = "0" + digits }
        return stem + digits
    }

    /// SplitMix64's finaliser: spreads a seed's bits so nearby seeds give unrelated numbers.
    static func mixed(_ seed: UInt64) -> UInt64 {
        var z = seed &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
