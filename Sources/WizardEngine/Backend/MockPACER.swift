/// PACER's answers, simulated: logins, registration, the upgrade, linking and PAA membership.
///
/// Everything here changes only the `World` inside the state, so a run keeps its consequences
/// (an upgraded account's old login fails; a new account can log in) and tests can check them.
public enum MockPACER {
    public static func perform(_ operation: Operation, on world: inout World, answers: FactContext) -> OperationResult {
        switch operation {
        case .pacerLogin(let fields): return login(fields, &world, answers, forCMECF: false)
        case .cmecfSignIn(let fields): return login(fields, &world, answers, forCMECF: true)
        case .checkUsernameAvailable(let field): return usernameAvailable(field, world, answers)
        case .register(let fields, let warning): return register(fields, &world, answers, duplicateWarning: warning)
        case .registerDespiteWarning(let fields): return register(fields, &world, answers, duplicateWarning: nil)
        case .upgrade(let fields): return upgrade(fields, &world, answers)
        case .checkCMECFLogin(let fields): return checkCMECF(fields, &world, answers)
        case .linkCMECF: return link(&world)
        case .chargeCard(let card): return charge(card, world, answers)
        case .requestEFiling: return requestEFiling(&world)
        case .registerPAA(let fields): return registerPAA(fields, &world, answers)
        case .addPAAMember(let number, let lastName): return addMember(number, lastName, &world, answers)
        case .signOut:
            world.signedIn = nil
            world.pendingLink = nil
            return .proceed
        }
    }

    // MARK: Logins

    static func login(_ fields: LoginFields, _ world: inout World, _ answers: FactContext, forCMECF: Bool) -> OperationResult {
        if world.faults.remove(.maintenance) != nil {
            return .refuse([:], "PACER is unavailable during scheduled maintenance (a practice fault). Try again in a few minutes.")
        }
        if world.faults.remove(.lockout) != nil {
            return .refuse([:], "This account is locked (a practice fault). The Service Center, \(ServiceCenter.phone), unlocks it; in this rehearsal it is unlocked now: log in again.")
        }
        let username = answers.value(fields.username)
        let password = answers.value(fields.password)
        let key = username.lowercased()
        guard let index = world.accountIndex(username: username) else {
            if RuleChecker.isLegacyUsername(username) {
                return .refuse([fields.username: "\"\(username)\" is a legacy 6-character username, and no account has it now. After an upgrade, log in with the new username you chose (at least 8 characters)."],
                               "Invalid username or password.")
            }
            return .refuse([:], "Invalid username or password.")
        }
        if world.accounts[index].isLocked {
            return .refuse([:], "This account is locked after \(World.lockoutThreshold) failed logins (a simulated rule). Call the PACER Service Center, \(ServiceCenter.phone), to unlock it.")
        }
        guard world.accounts[index].password == password else {
            let failures = (world.failedLogins[key] ?? 0) + 1
            world.failedLogins[key] = failures
            if failures >= World.lockoutThreshold {
                world.accounts[index].isLocked = true
                return .refuse([:], "Invalid username or password. The account is now locked after \(World.lockoutThreshold) failed logins (a simulated rule): call \(ServiceCenter.phone).")
            }
            return .refuse([:], "Invalid username or password (\(failures) of \(World.lockoutThreshold) attempts; then the account locks, a simulated rule).")
        }
        world.failedLogins[key] = nil
        if forCMECF {
            guard world.isAfterGoLive else {
                return .refuse([:], "NextGen CM/ECF opens at this court on \(world.court.goLive.long); until then, log in to the current CM/ECF.")
            }
            guard world.accounts[index].kind == .upgraded else {
                return .refuse([fields.username: "Legacy PACER accounts cannot sign in to NextGen CM/ECF: upgrade the account first (Manage My Account, Upgrade)."],
                               "This is a legacy account: upgrade it first.")
            }
        }
        world.signedIn = world.accounts[index].number
        return .proceed
    }

    // MARK: Registration

    static func usernameAvailable(_ field: FieldID, _ world: World, _ answers: FactContext) -> OperationResult {
        let username = answers.value(field)
        if let index = world.accountIndex(username: username), world.accounts[index].number != world.signedIn {
            return .refuse([field: "The username \"\(username)\" is already taken: choose another, or press Suggest one."],
                           "That username is taken.")
        }
        return .proceed
    }

    static func register(_ fields: RegistrationFields, _ world: inout World, _ answers: FactContext,
                         duplicateWarning: PageID?) -> OperationResult {
        if case .refuse(let problems, let notice) = usernameAvailable(fields.username, world, answers) {
            return .refuse(problems, notice + " Go back to the Security page to change it.")
        }
        let matches = DuplicateCheck.strongestMatch(of: answers, fields, in: world.accounts)
        if let duplicateWarning, world.faults.remove(.duplicateAccount) != nil { return .goTo(duplicateWarning) }
        if let duplicateWarning, matches == 2 { return .goTo(duplicateWarning) }
        let paid = !answers.value(fields.cardNumber).isEmpty
        var account = newAccount(fields, answers, number: world.newAccountNumber(), today: world.today)
        account.caseSearch = matches == 3 ? .inactive : (paid ? .active : .awaitingActivation)
        world.accounts.append(account)
        world.lastCreated = account.number
        return .proceed
    }

    static func newAccount(_ fields: RegistrationFields, _ answers: FactContext, number: String, today: CivilDate) -> PACERAccount {
        PACERAccount(
            number: number, username: answers.value(fields.username), password: answers.value(fields.password),
            firstName: answers.value(fields.firstName), lastName: answers.value(fields.lastName),
            dateOfBirth: CivilDate.parseUS(answers.value(fields.dateOfBirth)), email: answers.value(fields.email),
            street: answers.value(fields.street), city: answers.value(fields.city), state: answers.value(fields.state),
            zip: answers.value(fields.zip), userType: answers.value(fields.userType), createdOn: today, kind: .upgraded)
    }

    static func upgrade(_ fields: RegistrationFields, _ world: inout World, _ answers: FactContext) -> OperationResult {
        guard let index = world.signedIn.flatMap(world.accountIndex(number:)) else {
            return .refuse([:], "You are not logged in: log in to Manage My Account first.")
        }
        guard world.accounts[index].kind == .legacy else {
            return .refuse([:], "This account is already upgraded: no action is required.")
        }
        if case .refuse(let problems, let notice) = usernameAvailable(fields.username, world, answers) {
            return .refuse(problems, notice)
        }
        var account = world.accounts[index]
        account.username = answers.value(fields.username)
        account.password = answers.value(fields.password)
        account.firstName = answers.value(fields.firstName)
        account.lastName = answers.value(fields.lastName)
        account.dateOfBirth = CivilDate.parseUS(answers.value(fields.dateOfBirth))
        account.email = answers.value(fields.email)
        account.street = answers.value(fields.street)
        account.city = answers.value(fields.city)
        account.state = answers.value(fields.state)
        account.zip = answers.value(fields.zip)
        if !answers.value(fields.userType).isEmpty { account.userType = answers.value(fields.userType) }
        account.kind = .upgraded
        world.accounts[index] = account
        return .proceed
    }

    static func charge(_ card: FieldID, _ world: World, _ answers: FactContext) -> OperationResult {
        guard !answers.value(card).isEmpty, world.faults.contains(.paymentDecline) else { return .proceed }
        return .refuse([card: "The card was declined by its issuer (a practice fault). Try another card, or clear the card fields and press Next to register without one."],
                       "Payment declined.")
    }

    // MARK: Linking and e-filing

    static func checkCMECF(_ fields: LoginFields, _ world: inout World, _ answers: FactContext) -> OperationResult {
        guard let signedIn = world.signedInAccount else {
            return .refuse([:], "Log in to NextGen CM/ECF with your PACER account first.")
        }
        if signedIn.linkedCMECF[world.court.id] != nil {
            return .refuse([:], "Your PACER account is already linked to a CM/ECF account at this court: linking is done once per court.")
        }
        let username = answers.value(fields.username)
        let password = answers.value(fields.password)
        let atCourt = world.cmecfAccounts.indices.filter { world.cmecfAccounts[$0].court == world.court.id }
        guard let index = atCourt.first(where: { world.cmecfAccounts[$0].username == username }) else {
            if atCourt.contains(where: { world.cmecfAccounts[$0].username.lowercased() == username.lowercased() }) {
                return .refuse([fields.username: "CM/ECF usernames are lower case here: type \"\(username.lowercased())\"."],
                               "The CM/ECF login failed: check the letter case.")
            }
            return .refuse([fields.username: "No CM/ECF account at this court has the username \"\(username)\". Use the login you filed with before NextGen."],
                           "The CM/ECF login failed.")
        }
        let account = world.cmecfAccounts[index]
        if account.isRetired {
            return .refuse([:], "That CM/ECF account is already linked, so its old login is retired. Log in with your PACER username and password.")
        }
        guard account.password == password else {
            return .refuse([fields.password: "The CM/ECF password is wrong. A password saved only in your browser can be found in its saved passwords; if it is forgotten, ask the court's CM/ECF help desk to reset it (PACER cannot)."],
                           "The CM/ECF login failed.")
        }
        world.pendingLink = index
        return .proceed
    }

    static func link(_ world: inout World) -> OperationResult {
        guard let pending = world.pendingLink, let index = world.signedIn.flatMap(world.accountIndex(number:)) else {
            return .refuse([:], "Check the CM/ECF login first.")
        }
        world.cmecfAccounts[pending].linkedTo = world.accounts[index].number
        world.accounts[index].linkedCMECF[world.court.id] = world.cmecfAccounts[pending].username
        return .proceed
    }

    static func requestEFiling(_ world: inout World) -> OperationResult {
        guard let index = world.signedIn.flatMap(world.accountIndex(number:)) else {
            return .refuse([:], "Log in to Manage My Account first.")
        }
        if !world.accounts[index].pendingEFileRequests.contains(world.court.id) {
            world.accounts[index].pendingEFileRequests.append(world.court.id)
        }
        return .proceed
    }

    // MARK: PACER Administrative Accounts

    static func registerPAA(_ fields: RegistrationFields, _ world: inout World, _ answers: FactContext) -> OperationResult {
        if case .refuse(let problems, let notice) = usernameAvailable(fields.username, world, answers) {
            return .refuse(problems, notice)
        }
        var account = newAccount(fields, answers, number: world.newAccountNumber(), today: world.today)
        account.isAdministrativeAccount = true
        account.userType = answers.value(fields.firm)
        world.accounts.append(account)
        world.lastCreated = account.number
        world.signedIn = account.number
        return .proceed
    }

    static func addMember(_ numberField: FieldID, _ lastNameField: FieldID, _ world: inout World,
                          _ answers: FactContext) -> OperationResult {
        guard let paa = world.signedInAccount, paa.isAdministrativeAccount else {
            return .refuse([:], "Log in to the PACER Administrative Account first.")
        }
        let number = answers.value(numberField)
        guard let index = world.accountIndex(number: number) else {
            return .refuse([numberField: "No PACER account has the number \(number). Ask the member for the 7-digit number shown in their Manage My Account."],
                           "Account not found.")
        }
        let member = world.accounts[index]
        if member.number == paa.number {
            return .refuse([numberField: "A PAA cannot add itself: add the members' own PACER accounts."], "Nobody can add themselves.")
        }
        guard member.lastName.lowercased() == answers.value(lastNameField).lowercased() else {
            return .refuse([lastNameField: "The last name does not match account \(number)."], "The account number and last name do not match.")
        }
        if member.memberOfPAA == paa.number {
            return .refuse([numberField: "Account \(number) is already a member of this PAA."], "Already a member.")
        }
        if !member.pendingPAAInvitations.contains(paa.number) {
            world.accounts[index].pendingPAAInvitations.append(paa.number)
        }
        return .proceed
    }
}
