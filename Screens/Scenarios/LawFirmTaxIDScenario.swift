/// Built-in scenario: a firm's filing agent registers (journey R) with User Type Law Firm, which
/// asks for the firm's federal tax ID.
enum LawFirmTaxIDScenario {
    static let text = """
    # pacer-prep scenario: User Type Law Firm, with the firm's federal tax ID.
    # Everything here is invented, the tax ID too.

    [scenario]
    id = law-firm-tax-id
    title = Law firm user type: register with the firm's tax ID
    journey = register
    today = 2021-09-01
    outcome = completed
    pass-mark = 80

    [persona]
    line = Rafael Quintero, docketing clerk at Linden & Hale LLP in Worcester.
    line = Used to file under the partners' logins; the court now wants him on a filing-agent account of his own.
    line = The firm's office manager gave him the firm's federal tax ID, 04-3198765, and the firm's card.

    [task]
    text = Register a PACER account of your own as a non-attorney filer working for the law firm, with User Type Law Firm.
    text = The form will ask for the firm's federal tax ID: 04-3198765.
    text = Pay with the firm's test card 3782 822463 10005 (American Express), expiry 09/27, security code 1234. Invent every other detail.

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
    caption = Choose Non-attorney Filers, because a filing agent is not an attorney.
    action = press kind.nonAttorney

    [step]
    page = register.kinds
    caption = Choose Register for a PACER account, the link that appears once the kind is chosen.
    action = press register.start

    [step]
    page = register.form
    caption = Fill in the required fields with the firm's address, choose User Type Law Firm and type the firm's federal tax ID in the field that then appears.
    firstName = Rafael
    lastName = Quintero
    dateOfBirth = 02/27/1992
    firmOffice = Linden & Hale LLP
    unitDepartment = Docketing
    address = 120 Front Street
    city = Worcester
    state = Massachusetts
    county = Worcester
    zip = 01608
    primaryPhone = 508-555-0174
    email = rquintero@lindenhale.example
    confirmEmail = rquintero@lindenhale.example
    userType = Law Firm
    federalTaxID = 04-3198765
    userVerification = yes
    action = next

    [step]
    page = register.security
    caption = Create a username of at least 8 characters and a strong password, and pick two different security questions, so that a forgotten password can be reset later.
    username = rquintero.lh
    password = Docket-Desk92
    confirmPassword = Docket-Desk92
    securityQuestion1 = What was your childhood nickname?
    securityAnswer1 = Rafa
    securityQuestion2 = What was the name of your elementary school?
    securityAnswer2 = Chandler Magnet
    action = next

    [step]
    page = register.payment
    caption = Enter the firm's test card with its 4-digit American Express code and tick the authorization, so that case search works at once.
    cardholderName = Rafael Quintero
    cardNumber = 3782 822463 10005
    cardExpiry = 09/27
    cardSecurityCode = 1234
    billingZip = 01608
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
