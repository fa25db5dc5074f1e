/// Built-in scenario: the old CM/ECF password is forgotten at the linking step (journey L). The
/// skilled person knows the court resets it, not PACER, and stops on the page that says so.
enum ForgottenCMECFPasswordScenario {
    static let text = """
    # pacer-prep scenario: the old CM/ECF password is forgotten when linking.
    # Everything here is invented. The [account] and [cmecf] below are added to the practice world;
    # the learner is never told the CM/ECF password.

    [scenario]
    id = forgotten-cmecf-password
    title = Forgotten CM/ECF password: the court resets it, not PACER
    journey = link
    today = 2021-09-27
    outcome = reach link.oldLogin
    pass-mark = 80

    [persona]
    line = Gabriel Moreau, attorney in New Bedford, with an upgraded PACER account (gmoreau2016).
    line = Files at this court as gmoreau, but his old laptop filled in the CM/ECF password and the new one does not know it.

    [task]
    text = The court is on NextGen now. Log in with your PACER login, gmoreau2016 / Moreau-2016, and go as far as you can towards linking your old CM/ECF account (login gmoreau).
    text = You do not know the CM/ECF password. Find out from the pages who can reset it, and do not guess.

    [step]
    page = link.login
    caption = Log in with the upgraded PACER username and password, because NextGen uses the PACER login for CM/ECF too.
    link.login.username = gmoreau2016
    link.login.password = Moreau-2016
    action = next

    [step]
    page = link.redaction
    caption = Tick the box to confirm you will redact personal details, then press Continue.
    link.redaction.understood = yes
    action = next

    [step]
    page = link.main
    caption = Choose Utilities on the menu bar, because the link to the old account is kept there.
    action = menu Utilities

    [step]
    page = link.utilities
    caption = Choose Link a CM/ECF account to my PACER account, because you did file at this court before NextGen.
    action = press link.utilities.link

    [step]
    page = link.oldLogin
    caption = Type the old login in lower case but do not guess the password: as the note says, PACER cannot reset it, so stop here and call the court's CM/ECF help desk.
    link.old.username = gmoreau
    action = none

    # Gabriel's upgraded PACER account and his CM/ECF login, whose password he has lost.
    [account]
    number = 1442249
    username = gmoreau2016
    password = Moreau-2016
    first-name = Gabriel
    last-name = Moreau
    date-of-birth = 1986-01-19
    email = gabriel.moreau@example.com
    street = 700 Pleasant Street
    city = New Bedford
    state = MA
    zip = 02740
    user-type = Attorney
    created = 2016-03-30

    [cmecf]
    username = gmoreau
    password = Saved-In-Browser4
    name = Gabriel Moreau
    email = gabriel.moreau@example.com
    bar-number = BBO 702219
    """
}
