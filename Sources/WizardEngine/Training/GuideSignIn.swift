/// Who the guide signs in when it jumps to a page that shows a logged-in account (Manage My
/// Account, the upgrade's tabs, the CM/ECF pages, PAA Maintenance), or that comes after its
/// journey's login page, while nobody is logged in (or only someone the guide signed in for
/// another journey).
///
/// The world stays the one of the run: the guide only does what the caller has already done,
/// logging in, with the practice account that fits the journey. Which one fits is read from
/// what the journey's pages ask of the back end, so no journey is named here:
/// - a journey that upgrades: the first legacy account (not locked, not a firm's PAA);
/// - a journey that signs in to CM/ECF: the first upgraded account not yet linked at the court
///   with an old CM/ECF login under the same name, else any upgraded one not linked here;
/// - a journey that adds PAA members or registers a PAA: the first administrative account;
/// - any other: the first upgraded personal account.
/// A page naming the old CM/ECF account gets that person's CM/ECF login as the one being linked,
/// and a page naming the account just created shows the typical account as that one.
enum GuideSignIn {
    /// What a page's text, presets or conditions read from the back end.
    enum Need {
        /// `{account.…}` or an account condition: someone logged in.
        case account
        /// `{cmecf.…}`: the old CM/ECF account being linked.
        case cmecf
        /// `{created.…}` or a created-account condition: the account this run made.
        case created

        var placeholder: String {
            switch self {
            case .account: "{account."
            case .cmecf: "{cmecf."
            case .created: "{created."
            }
        }
    }

    /// Signs in (and sets what else the page reads) where the page needs it and the world has
    /// nothing yet; returns the account signed in, if one was.
    static func prepare(for target: PageID, _ state: inout WizardState, _ catalog: Catalog) -> PACERAccount? {
        let page = catalog.page(target)
        let journey = catalog.journey(containing: target)
        var world = state.world
        var signed: PACERAccount?
        let needsAccount = needs(page, .account) || followsLogin(page, in: journey)
        // Someone the guide signed in for another journey gives way to this journey's account;
        // whoever the run signed in itself stays.
        let guideChose = world.signedIn != nil && world.signedIn == state.guide.signedInByGuide
        if needsAccount, world.signedIn == nil || guideChose, let index = typicalAccount(for: journey, in: world),
           world.accounts[index].number != world.signedIn {
            if guideChose { world.pendingLink = nil }
            world.signedIn = world.accounts[index].number
            signed = world.accounts[index]
            state.guide.signedInByGuide = world.accounts[index].number
        }
        if needs(page, .cmecf), world.pendingLink == nil, let index = cmecfToShow(for: world.signedInAccount, in: world) {
            world.pendingLink = index
        }
        if needs(page, .created), world.lastCreated == nil, let index = typicalAccount(for: journey, in: world) {
            world.lastCreated = world.accounts[index].number
        }
        state.world = world
        return signed
    }

    /// Whether anything on the page (shown now or not) reads this from the back end.
    static func needs(_ page: Page, _ need: Need) -> Bool {
        for block in page.blocks {
            if let condition = block.shownWhen, mentions(condition, need) { return true }
            switch block.content {
            case .paragraph(let text, _), .heading(let text):
                if text.contains(need.placeholder) { return true }
            case .field(let field):
                if field.defaultValue?.contains(need.placeholder) == true { return true }
            }
        }
        return false
    }

    /// Whether the page comes after its journey's login page, so the caller is logged in there
    /// (the old CM/ECF login of journey L, PAA Maintenance).
    static func followsLogin(_ page: Page, in journey: Journey) -> Bool {
        let isLogin = { (page: Page) -> Bool in
            switch page.operation {
            case .pacerLogin, .cmecfSignIn: true
            default: false
            }
        }
        guard let login = journey.pages.firstIndex(where: isLogin),
              let here = journey.pages.firstIndex(where: { $0.id == page.id }) else { return false }
        return here > login
    }

    static func mentions(_ condition: Condition, _ need: Need) -> Bool {
        switch condition {
        case .account: need == .account
        case .created: need == .created
        case .not(let inner): mentions(inner, need)
        case .all(let inner), .any(let inner): inner.contains { mentions($0, need) }
        default: false
        }
    }

    /// The practice account that fits the journey, by what its pages ask of the back end.
    static func typicalAccount(for journey: Journey, in world: World) -> Int? {
        let operations = journey.pages.compactMap(\.operation)
        let open = world.accounts.indices.filter { !world.accounts[$0].isLocked }
        func first(_ test: (PACERAccount) -> Bool) -> Int? { open.first { test(world.accounts[$0]) } }
        let personal = { (account: PACERAccount) in !account.isAdministrativeAccount }
        let court = world.court.id

        if operations.contains(where: { if case .upgrade = $0 { true } else { false } }) {
            return first { personal($0) && $0.kind == .legacy && $0.caseSearch == .active }
                ?? first { personal($0) && $0.kind == .legacy }
        }
        if operations.contains(where: { if case .cmecfSignIn = $0 { true } else { false } }) {
            let unlinked = { (account: PACERAccount) in
                personal(account) && account.kind == .upgraded && account.linkedCMECF[court] == nil
            }
            return first { unlinked($0) && cmecfAccount(for: $0, in: world) != nil }
                ?? first(unlinked)
                ?? first { personal($0) && $0.kind == .upgraded }
        }
        if operations.contains(where: {
            switch $0 {
            case .addPAAMember, .registerPAA: true
            default: false
            }
        }) {
            return first { $0.isAdministrativeAccount }
        }
        return first { personal($0) && $0.kind == .upgraded } ?? open.first
    }

    /// The old CM/ECF login at the court, not yet linked, in the person's name (else the first
    /// one not yet linked when no account is given).
    static func cmecfAccount(for account: PACERAccount?, in world: World) -> Int? {
        let open = world.cmecfAccounts.indices.filter {
            world.cmecfAccounts[$0].court == world.court.id && !world.cmecfAccounts[$0].isRetired
        }
        guard let account else { return open.first }
        return open.first { world.cmecfAccounts[$0].name.lowercased() == account.fullName.lowercased() }
    }

    /// For a page that shows the CM/ECF account being linked: the person's own, else any open one.
    static func cmecfToShow(for account: PACERAccount?, in world: World) -> Int? {
        cmecfAccount(for: account, in: world) ?? cmecfAccount(for: nil, in: world)
    }
}
