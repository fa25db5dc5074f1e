/// Built-in scenario: a pro se filer registers (journey R) as a non-attorney without a card, and
/// learns when the activation letter should come.
enum ProSeNoCardScenario {
    static let text = """
    # pacer-prep scenario: a pro se filer registers without a card and waits for the letter.
    # Everything here is invented.

    [scenario]
    id = pro-se-no-card
    title = Pro se filer: register without a card
    journey = register
    today = 2021-09-01
    outcome = completed
    pass-mark = 80

    [persona]
    line = Walter Pruitt, retired machinist in Worcester, representing himself (pro se).
    line = Is suing his former employer's pension plan in federal court and must file papers himself.
    line = Has no credit card and would rather not use his daughter's.

    [task]
    text = Register a PACER account as a non-attorney filer without giving any card.
    text = Then find out between which two dates the activation letter should arrive by U.S. mail, counting from today, September 1, 2021.
    text = Invent your personal details; never type a real password or date of birth.

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
    caption = Choose Non-attorney Filers, because pro se filers are listed among the non-attorneys.
    action = press kind.nonAttorney

    [step]
    page = register.kinds
    caption = Choose Register for a PACER account, the link that appears once the kind is chosen.
    action = press register.start

    [step]
    page = register.form
    caption = Fill in every field marked with a red star and choose User Type Individual, because a person filing for himself is not an attorney.
    firstName = Walter
    lastName = Pruitt
    dateOfBirth = 11/05/1954
    address = 18 Chandler Street
    city = Worcester
    state = Massachusetts
    county = Worcester
    zip = 01609
    primaryPhone = 508-555-0127
    email = walter.pruitt@example.net
    confirmEmail = walter.pruitt@example.net
    userType = Individual
    userVerification = yes
    action = next

    [step]
    page = register.security
    caption = Create a username of at least 8 characters and a strong password, and pick two different security questions, so that a forgotten password can be reset later.
    username = wpruitt54
    password = Pension-Case1
    confirmPassword = Pension-Case1
    securityQuestion1 = What was the make of your first car?
    securityAnswer1 = Rambler
    securityQuestion2 = What is the name of the street you grew up on?
    securityAnswer2 = Vernon Street
    action = next

    [step]
    page = register.payment
    caption = Leave every card field empty and press Next, because a card is optional and without one PACER mails an activation code.
    action = next

    [step]
    page = register.policies
    caption = Tick the acknowledgment once you have read the policies, then Submit to create the account.
    policyAcknowledgment = yes
    action = next

    [step]
    page = register.created
    caption = Read the two dates between which the activation letter should arrive (7 to 10 business days, with weekends and Labor Day left out), then press Next.
    action = next

    [step]
    page = register.questions
    caption = Note the Service Center's number in case the letter has not come by the later date, then press Finish.
    action = next
    """
}
