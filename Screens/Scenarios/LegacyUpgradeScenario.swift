/// Built-in scenario: Laura Pham's 2012 account (lp1234) is a legacy one; she upgrades it
/// (journey U) and sees that the old login is retired.
enum LegacyUpgradeScenario {
    static let text = """
    # pacer-prep scenario: upgrade a legacy account from 2012.
    # Everything here is invented; lp1234 is in the practice world.

    [scenario]
    id = legacy-upgrade
    title = Legacy account from 2012: upgrade it
    journey = upgrade
    today = 2021-09-01
    outcome = completed
    pass-mark = 80

    [persona]
    line = Laura Pham, attorney in Boston, who opened her PACER account in March 2012.
    line = Still logs in as lp1234; the court's notice says accounts from before August 11, 2014 must be upgraded.
    line = Wants it done before the court moves to NextGen CM/ECF on September 20, 2021.

    [task]
    text = Log in to Manage My Account with your old login, lp1234 / sunny2012, check the Account Type and upgrade the account.
    text = Your date of birth is 06/02/1975 and you work in Suffolk County. Choose a new username of at least 8 characters and a new password; invent the security answers.

    [step]
    page = upgrade.home
    caption = Read the practice notice on the PACER home page, then press Next to reach the menu bar.
    action = next

    [step]
    page = upgrade.menu
    caption = Choose My Account & Billing on the menu bar, because everything about an existing account sits there.
    action = menu My Account & Billing

    [step]
    page = upgrade.accountMenu
    caption = Choose Manage My Account Login, because the Account Type and the Upgrade link are behind it.
    action = press upgrade.accountMenu.manageLogin

    [step]
    page = upgrade.login
    caption = Log in with the old username and password, which still work until the upgrade.
    upgrade.login.username = lp1234
    upgrade.login.password = sunny2012
    action = next

    [step]
    page = upgrade.manage
    caption = Read Account Type, which says Legacy PACER Account, and click the Upgrade link under it.
    action = press upgrade.manage.upgrade

    [step]
    page = upgrade.person
    caption = Check the details PACER already has and type the date of birth, which legacy accounts never had and which can never be changed afterwards.
    upgrade.dateOfBirth = 06/02/1975
    action = next

    [step]
    page = upgrade.address
    caption = Check the address and choose the County, which a legacy account does not have yet.
    upgrade.county = Suffolk
    action = next

    [step]
    page = upgrade.security
    caption = Choose a new username of at least 8 characters, because the old 6-character one is too short for the new rules, a new strong password and two security questions, then Submit.
    upgrade.username = laurapham.law
    upgrade.password = Upgrade-Day21
    upgrade.confirmPassword = Upgrade-Day21
    upgrade.securityQuestion1 = What was the name of your elementary school?
    upgrade.securityAnswer1 = Hennigan
    upgrade.securityQuestion2 = What was your childhood nickname?
    upgrade.securityAnswer2 = Lulu
    action = next

    [step]
    page = upgrade.complete
    caption = Note that the old username and password no longer work, then press Close.
    action = next

    [step]
    page = upgrade.manage
    caption = See that Account Type now reads Upgraded PACER Account, then choose Log Out.
    action = press upgrade.manage.logOut

    [step]
    page = upgrade.questions
    caption = Note the Service Center's number for later questions, then press Finish.
    action = next
    """
}
