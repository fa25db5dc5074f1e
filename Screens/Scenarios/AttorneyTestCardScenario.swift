/// Built-in scenario: a new attorney registers (journey R) and pays with a published test card,
/// so case search works at once. Its text is also `Screens/Examples/attorney-test-card.scenario`.
enum AttorneyTestCardScenario {
    static let text = """
    # pacer-prep scenario: a new attorney registers and pays by test card.
    # Everything here is invented. Check a scenario file with:  pacer-prep check FILE
    #
    # [scenario]  id, title, journey (start, register, upgrade, link, paa), today (YYYY-MM-DD),
    #             outcome (completed, or reach PAGE-ID), pass-mark (0-100, default 80)
    # [persona]   one "line = ..." per line: who the learner plays
    # [task]      one "text = ..." per line: the task card, in plain words
    # [step]      one per action of the expert path, in order: page, caption, action (next,
    #             none, press LINK-ID, menu ITEM TITLE), and "field-id = value" per answer
    # [fault]     kind (payment-decline, duplicate-account, lockout, maintenance, idle-timeout), page
    # [account], [cmecf], [court]: as in a world file, added to the practice world

    [scenario]
    id = attorney-test-card
    title = New attorney: register and pay by test card
    journey = register
    today = 2021-09-01
    outcome = completed
    pass-mark = 80

    [persona]
    line = Nadia Castellano, attorney, admitted to the Massachusetts bar this spring.
    line = Joined a two-lawyer practice on Federal Street in Boston; has never had a PACER account.
    line = Has a hearing to prepare and wants to search dockets today, so she will pay by card.

    [task]
    text = Register a PACER account of your own as an attorney filer, and give a card so that case search works as soon as the account exists.
    text = Invent your personal details. For the card use the published test number 4111 1111 1111 1111, expiry 12/25, security code 123. Never type a real card, password or date of birth.

    [step]
    page = register.home
    caption = Read the practice notice on the PACER home page, then press Next to reach the menu bar.
    action = next

    [step]
    page = register.menu
    caption = Choose Register for an Account on the menu bar, because new accounts start there.
    action = menu Register for an Account

    [step]
    page = register.kinds
    caption = Choose Attorney Filers, because an attorney who will file needs a filer's account.
    action = press kind.attorney

    [step]
    page = register.kinds
    caption = Choose Register for a PACER account, the link that appears once the kind is chosen.
    action = press register.start

    [step]
    page = register.form
    caption = Fill in every field marked with a red star, typing the date of birth with care because it can never be changed, and choose User Type Attorney.
    firstName = Nadia
    lastName = Castellano
    dateOfBirth = 03/22/1990
    address = 75 Federal Street
    city = Boston
    state = Massachusetts
    county = Suffolk
    zip = 02110
    primaryPhone = 617-555-0163
    email = nadia.castellano@example.com
    confirmEmail = nadia.castellano@example.com
    userType = Attorney
    userVerification = yes
    action = next

    [step]
    page = register.security
    caption = Create a username of at least 8 characters and a strong password, and pick two different security questions, so that a forgotten password can be reset later.
    username = ncastellano
    password = Hearing-Prep21
    confirmPassword = Hearing-Prep21
    securityQuestion1 = What was the name of your first pet?
    securityAnswer1 = Biscuit
    securityQuestion2 = In what city were you born?
    securityAnswer2 = Providence
    action = next

    [step]
    page = register.payment
    caption = Enter the test card and tick the authorization, because a card opens case search at once instead of after a mailed letter.
    cardholderName = Nadia Castellano
    cardNumber = 4111 1111 1111 1111
    cardExpiry = 12/25
    cardSecurityCode = 123
    billingZip = 02110
    cardAuthorization = yes
    action = next

    [step]
    page = register.policies
    caption = Tick the acknowledgment once you have read the policies, then Submit to create the account.
    policyAcknowledgment = yes
    action = next

    [step]
    page = register.created
    caption = Write down the 7-digit account number, which identifies the account whenever you call PACER, then press Next.
    action = next

    [step]
    page = register.questions
    caption = Note the Service Center's number for later questions, then press Finish.
    action = next
    """
}
