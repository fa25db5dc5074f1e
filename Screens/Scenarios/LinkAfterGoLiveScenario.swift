/// Built-in scenario: after the court's go-live, Marta Kowalski links her PACER account to her
/// old CM/ECF account in NextGen (journey L).
enum LinkAfterGoLiveScenario {
    static let text = """
    # pacer-prep scenario: link the accounts in NextGen CM/ECF after go-live.
    # Everything here is invented; mkowalski21 and the CM/ECF login mkowalski are in the practice world.

    [scenario]
    id = link-after-go-live
    title = Linking after go-live: connect the old CM/ECF account
    journey = link
    today = 2021-09-27
    outcome = completed
    pass-mark = 80

    [persona]
    line = Marta Kowalski, attorney in Springfield, with an upgraded PACER account (mkowalski21).
    line = Has filed in the District of Massachusetts since 2018 with the CM/ECF login mkowalski.
    line = The court moved to NextGen CM/ECF a week ago, and she has a motion to file on Friday.

    [task]
    text = Log in to the court's NextGen CM/ECF with your PACER login, mkowalski21 / Upgraded-2019, and link your old CM/ECF account to it.
    text = Your old CM/ECF login is mkowalski / Filer-2018. When you are done, the Civil and Criminal menus should appear.

    [step]
    page = link.login
    caption = Log in with the upgraded PACER username and password, because NextGen uses the PACER login for CM/ECF too.
    link.login.username = mkowalski21
    link.login.password = Upgraded-2019
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
    caption = Choose Link a CM/ECF account to my PACER account, because you filed at this court before NextGen.
    action = press link.utilities.link

    [step]
    page = link.oldLogin
    caption = Type the old CM/ECF login in lower case and its password, then Submit, so that the court can check the account is yours.
    link.old.username = mkowalski
    link.old.password = Filer-2018
    action = next

    [step]
    page = link.details
    caption = Check that the name and bar ID shown are yours, then Submit to make the link.
    action = next

    [step]
    page = link.done
    caption = Check that Civil and Criminal now show on the menu bar and that the old login is retired, then press Finish.
    action = next
    """
}
