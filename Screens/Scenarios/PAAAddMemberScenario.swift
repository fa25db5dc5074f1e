/// Built-in scenario: a firm's PAA administrator adds an attorney's existing account to the
/// firm's billing account (journey P).
enum PAAAddMemberScenario {
    static let text = """
    # pacer-prep scenario: a PAA administrator adds a member to the firm's billing account.
    # Everything here is invented; harborlegal and account 1618033 are in the practice world.

    [scenario]
    id = paa-add-member
    title = Firm administrator: add a member to the PAA
    journey = paa
    outcome = completed
    pass-mark = 80

    [persona]
    line = Priya Shah, billing manager at Harbor Legal LLP in Boston and administrator of its PACER Administrative Account.
    line = The firm has just hired Marta Kowalski, whose PACER fees should now go on the firm's central bill.

    [task]
    text = Log in to the firm's PAA, harborlegal / Harbor-PAA1, and add Marta Kowalski's existing PACER account to it.
    text = Her account number is 1618033. Add a remark saying which office she works in.

    [step]
    page = paa.about
    caption = Choose Log in to an existing PAA, because the firm already has one.
    action = press paa.about.login

    [step]
    page = paa.login
    caption = Log in with the PAA's own username and password, not a member's.
    paa.login.username = harborlegal
    paa.login.password = Harbor-PAA1
    action = next

    [step]
    page = paa.maintenance
    caption = On the PAA Maintenance tab choose Add Existing PACER Account to My PAA, because Marta already has an account of her own.
    action = press paa.maint.add

    [step]
    page = paa.add
    caption = Type the member's 7-digit account number and her last name, which must match, add a remark, tick the acknowledgment and Submit.
    paa.add.accountNumber = 1618033
    paa.add.lastName = Kowalski
    paa.add.remark = Springfield office
    paa.add.acknowledge = yes
    action = next

    [step]
    page = paa.pending
    caption = Note that nothing is billed to the firm until Marta accepts in her own Manage My Account, then press Finish.
    action = next
    """
}
