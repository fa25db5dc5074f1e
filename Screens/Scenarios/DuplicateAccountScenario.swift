/// Built-in scenario: a registration (journey R) matches an old account on name and date of
/// birth; at the warning, the skilled choice is the upgrade of that old account, not a second one.
enum DuplicateAccountScenario {
    static let text = """
    # pacer-prep scenario: "An account may already exist" during registration.
    # Everything here is invented. The [account] below is added to the practice world.

    [scenario]
    id = duplicate-account
    title = Duplicate account: an old account turns up during registration
    journey = register
    today = 2021-09-01
    outcome = reach upgrade.home
    pass-mark = 80

    [persona]
    line = Henry Okafor, attorney in Boston, back in private practice after years as in-house counsel.
    line = Thinks he never had a PACER account; in fact a paralegal opened one in his name in 2010.
    line = Uses a new email address now, henry.okafor@example.com.

    [task]
    text = Register a PACER account as an attorney filer, without a card. Invent your details, but use this name and date of birth: Henry Okafor, 09/14/1971.
    text = If PACER warns you along the way, read the warning and make the choice a careful filer would make.

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
    caption = Fill in every field marked with a red star with your name, date of birth and new email, and choose User Type Attorney.
    firstName = Henry
    lastName = Okafor
    dateOfBirth = 09/14/1971
    address = 60 State Street
    city = Boston
    state = Massachusetts
    county = Suffolk
    zip = 02109
    primaryPhone = 617-555-0109
    email = henry.okafor@example.com
    confirmEmail = henry.okafor@example.com
    userType = Attorney
    userVerification = yes
    action = next

    [step]
    page = register.security
    caption = Create a username of at least 8 characters and a strong password, and pick two different security questions, so that a forgotten password can be reset later.
    username = henryokafor
    password = Back-In-2021
    confirmPassword = Back-In-2021
    securityQuestion1 = In what city were you born?
    securityAnswer1 = Lagos
    securityQuestion2 = What was the make of your first car?
    securityAnswer2 = Corolla
    action = next

    [step]
    page = register.payment
    caption = Leave every card field empty and press Next, because a card is optional.
    action = next

    [step]
    page = register.policies
    caption = Tick the acknowledgment once you have read the policies, then Submit.
    policyAcknowledgment = yes
    action = next

    [step]
    page = register.duplicate
    caption = Recognise that your name and date of birth match an account opened in 2010, which is yours, and choose the upgrade instead of creating a second account.
    action = press register.duplicateUpgrade

    [fault]
    kind = duplicate-account
    page = register.duplicate

    # The account the paralegal opened in 2010: a legacy account, with an old email address.
    [account]
    number = 2645751
    username = ho4417
    password = spring2010
    first-name = Henry
    last-name = Okafor
    date-of-birth = 1971-09-14
    email = hokafor@harborview-corp.example
    street = 1 Harborview Plaza
    city = Boston
    state = MA
    zip = 02210
    user-type = Attorney
    created = 2010-05-03
    """
}
