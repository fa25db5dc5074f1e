/// Built-in scenario: Marta Kowalski's account is already upgraded; the skilled person checks
/// the Account Type (journey U) and does nothing more.
enum AlreadyUpgradedScenario {
    static let text = """
    # pacer-prep scenario: the account is already upgraded, so there is nothing to do.
    # Everything here is invented; mkowalski21 is in the practice world.

    [scenario]
    id = already-upgraded
    title = Account already upgraded: check it and stop
    journey = upgrade
    today = 2021-09-01
    outcome = completed
    pass-mark = 80

    [persona]
    line = Marta Kowalski, attorney in Springfield, who opened her PACER account in May 2016.
    line = Read the court's notice about upgrading old accounts and is not sure whether it applies to her.

    [task]
    text = Log in to Manage My Account as mkowalski21 / Upgraded-2019 and find out whether the account needs the upgrade.
    text = Do only what the account needs, then log out.

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
    caption = Choose Manage My Account Login, because the Account Type is shown behind it.
    action = press upgrade.accountMenu.manageLogin

    [step]
    page = upgrade.login
    caption = Log in with the account's username and password.
    upgrade.login.username = mkowalski21
    upgrade.login.password = Upgraded-2019
    action = next

    [step]
    page = upgrade.manage
    caption = Read Account Type, which says Upgraded PACER Account, so no action is required: choose Log Out.
    action = press upgrade.manage.logOut

    [step]
    page = upgrade.questions
    caption = Note the Service Center's number for later questions, then press Finish.
    action = next
    """
}
