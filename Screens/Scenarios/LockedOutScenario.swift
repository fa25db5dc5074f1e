/// Built-in scenario: an account locked after failed logins (journey U's login). The skilled
/// person recognises the lockout, stops guessing and turns to the PACER Service Center.
enum LockedOutScenario {
    static let text = """
    # pacer-prep scenario: locked out after five failed logins.
    # Everything here is invented. The [account] below is added to the practice world, locked.
    # Five failures lock an account in pacer-prep: a simulated rule, as PACER publishes no limit.

    [scenario]
    id = locked-out
    title = Lockout after failed logins: stop and call the Service Center
    journey = upgrade
    today = 2021-09-01
    outcome = reach upgrade.login
    pass-mark = 100

    [persona]
    line = Owen Fitzgerald, solo attorney in Quincy, who opened his PACER account in 2017.
    line = Last night he tried an old password five times in a row; the last answer said the account is now locked.
    line = This morning he found the right password on a note in his desk.

    [task]
    text = You want to check your account in Manage My Account (username ofitzgerald). Last night's five failed tries locked it.
    text = Go to where you would log in, and find out from the site what a locked account needs and who can unlock it. Do not keep trying passwords.

    [step]
    page = upgrade.home
    caption = Read the practice notice on the PACER home page, then press Next to reach the menu bar.
    action = next

    [step]
    page = upgrade.menu
    caption = Choose My Account & Billing on the menu bar, because the account's login sits there.
    action = menu My Account & Billing

    [step]
    page = upgrade.accountMenu
    caption = Choose Manage My Account Login, because that is the login the failed tries were made on.
    action = press upgrade.accountMenu.manageLogin

    [step]
    page = upgrade.login
    caption = Stop here and read the note under the form: after five failed logins the account stays locked until the PACER Service Center (1-800-676-6856) unlocks it, so call them instead of trying again.
    action = none

    [fault]
    kind = lockout
    page = upgrade.login

    # Owen's account, already locked by last night's tries.
    [account]
    number = 2236067
    username = ofitzgerald
    password = Quincy-Desk17
    first-name = Owen
    last-name = Fitzgerald
    date-of-birth = 1980-04-11
    email = owen.fitzgerald@example.com
    street = 1250 Hancock Street
    city = Quincy
    state = MA
    zip = 02169
    user-type = Attorney
    created = 2017-06-12
    locked = yes
    """
}
