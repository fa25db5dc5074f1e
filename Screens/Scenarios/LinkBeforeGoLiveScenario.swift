/// Built-in scenario: before the court's go-live date linking is not possible yet; the skilled
/// person reads the date on the NextGen login page (journey L) and stops.
enum LinkBeforeGoLiveScenario {
    static let text = """
    # pacer-prep scenario: trying to link before the court's NextGen go-live date.
    # Everything here is invented. The [account] and [cmecf] below are added to the practice world.

    [scenario]
    id = link-before-go-live
    title = Linking before go-live: read the date and wait
    journey = link
    today = 2021-09-01
    outcome = reach link.login
    pass-mark = 100

    [persona]
    line = Samuel Adeyemi, attorney in Worcester, careful about deadlines.
    line = Upgraded his PACER account last year (sadeyemi2020) and has filed here since 2015 as sadeyemi.
    line = Read that he must link his accounts and wants it done today, September 1, 2021.

    [task]
    text = Open the court's NextGen CM/ECF login and find out whether you can link your accounts today.
    text = Your PACER login is sadeyemi2020 / Ready-2020; your old CM/ECF login is sadeyemi / Filer-2015. Do only what can be done today.

    [step]
    page = link.login
    caption = Read the warning at the top, which says the court moves to NextGen CM/ECF on September 20, 2021, and stop, because no link can be made before that day.
    action = none

    # Samuel's upgraded PACER account and his CM/ECF login at the court.
    [account]
    number = 1259921
    username = sadeyemi2020
    password = Ready-2020
    first-name = Samuel
    last-name = Adeyemi
    date-of-birth = 1977-12-03
    email = samuel.adeyemi@example.com
    street = 370 Main Street
    city = Worcester
    state = MA
    zip = 01608
    user-type = Attorney
    created = 2015-10-05

    [cmecf]
    username = sadeyemi
    password = Filer-2015
    name = Samuel Adeyemi
    email = samuel.adeyemi@example.com
    bar-number = BBO 687012
    """
}
