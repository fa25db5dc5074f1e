/// Built-in scenario: an attorney of a federal agency registers (journey R) and picks a User Type
/// from the Government Accounts group.
enum GovernmentAttorneyScenario {
    static let text = """
    # pacer-prep scenario: a government attorney registers with a Government Accounts user type.
    # Everything here is invented.

    [scenario]
    id = government-attorney
    title = Government attorney: register with a Government Accounts user type
    journey = register
    today = 2021-09-01
    outcome = completed
    pass-mark = 80

    [persona]
    line = Evelyn Marsh, Assistant United States Attorney in the Springfield office.
    line = Moved from a state prosecutor's office; has never held a federal PACER account.
    line = Her office gave her a card to pay PACER fees.

    [task]
    text = Register a PACER account as an attorney filer who works for a federal government agency.
    text = The User Type is not Attorney or Individual this time: find the right one under Government Accounts.
    text = Pay with the test card 5555 5555 5555 4444, expiry 06/26, security code 321. Invent every other detail.

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
    caption = Choose Attorney Filers, because a government attorney who files is still an attorney filer.
    action = press kind.attorney

    [step]
    page = register.kinds
    caption = Choose Register for a PACER account, the link that appears once the kind is chosen.
    action = press register.start

    [step]
    page = register.form
    caption = Fill in the required fields with the office's address and choose Federal Agency under Government Accounts as the User Type, because she works for a federal agency.
    prefix = Ms.
    firstName = Evelyn
    lastName = Marsh
    dateOfBirth = 07/09/1983
    firmOffice = United States Attorney's Office
    address = 300 State Street
    roomSuite = Suite 230
    city = Springfield
    state = Massachusetts
    county = Hampden
    zip = 01105
    primaryPhone = 413-555-0188
    email = evelyn.marsh@example.gov
    confirmEmail = evelyn.marsh@example.gov
    userType = Federal Agency
    userVerification = yes
    action = next

    [step]
    page = register.security
    caption = Create a username of at least 8 characters and a strong password, and pick two different security questions, so that a forgotten password can be reset later.
    username = evelynmarsh
    password = Springfield-83
    confirmPassword = Springfield-83
    securityQuestion1 = What was the mascot of your high school?
    securityAnswer1 = Hornets
    securityQuestion2 = In what city did your parents meet?
    securityAnswer2 = Albany
    action = next

    [step]
    page = register.payment
    caption = Enter the office's test card and tick the authorization, so that case search works at once.
    cardholderName = Evelyn Marsh
    cardNumber = 5555 5555 5555 4444
    cardExpiry = 06/26
    cardSecurityCode = 321
    billingZip = 01105
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
