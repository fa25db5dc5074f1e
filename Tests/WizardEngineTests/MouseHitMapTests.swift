import Testing
@testable import WizardEngine

/// The hit map agrees with the frame: under every region is the control it names, on every page
/// of every journey, at the classic size and a big one, scrolled or not.
@Suite struct MouseHitMapTests {
    typealias M = MiniJourney
    typealias F = MouseFixture

    /// Checks each region against the frame's text under it.
    static func expectRegionsMatchFrame(_ wizard: Wizard, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = wizard.frame
        let view = wizard.view
        let page = wizard.page
        for region in wizard.hitMap.regions {
            let shown = F.text(frame, row: region.row, columns: region.columns)
            let context = "\(region) on \(page.id) at \(wizard.state.size):\n\(frame.text)"
            switch (region.target, region.part) {
            case (.menu(let index)?, _):
                #expect(view.menu[index].title.hasPrefix(shown) && !shown.isEmpty, "\(context)", sourceLocation: sourceLocation)
            case (.tab(let index)?, _):
                #expect(shown.hasPrefix(" \(view.tabs[index].title)"), "\(context)", sourceLocation: sourceLocation)
            case (.backButton?, _):
                #expect(shown == "[ Back ]", "\(context)", sourceLocation: sourceLocation)
            case (.nextButton?, _):
                #expect(shown == "[ \(page.nextLabel) ]", "\(context)", sourceLocation: sourceLocation)
            case (.field?, .textBox(let first, let width)):
                #expect(frame[region.row, first - 1].text == "[" && frame[region.row, first + width].text == "]",
                        "\(context)", sourceLocation: sourceLocation)
            case (.field?, .tabTitle(let title)):
                #expect(shown == " \(title) ", "\(context)", sourceLocation: sourceLocation)
            case (.field(let id)?, .control):
                let field = page.field(id)!
                switch field.kind {
                case .link:
                    // With --ascii the frame shows the label's symbols as ASCII stand-ins.
                    let label = wizard.glyphs == .ascii
                        ? field.label.map { AsciiSymbols.table[String($0)] ?? String($0) }.joined() : field.label
                    #expect(shown.contains(String(label.prefix(8))), "\(context)", sourceLocation: sourceLocation)
                case .button, .choice: #expect(shown.hasPrefix("[") && shown.hasSuffix("]"), "\(context)", sourceLocation: sourceLocation)
                case .checkBox: #expect(shown.hasPrefix("[x]") || shown.hasPrefix("[ ]"), "\(context)", sourceLocation: sourceLocation)
                default: Issue.record("a \(field.kind) has no control part: \(context)", sourceLocation: sourceLocation)
                }
            case (.field?, .label):
                #expect(shown.contains { !$0.isWhitespace }, "\(context)", sourceLocation: sourceLocation)
            case (nil, .moreAbove):
                #expect(shown.contains("more above"), "\(context)", sourceLocation: sourceLocation)
            case (nil, .moreBelow):
                #expect(shown.contains("more below"), "\(context)", sourceLocation: sourceLocation)
            default:
                Issue.record("unexpected region \(context)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test(arguments: [TerminalSize.standard, TerminalSize(columns: 200, rows: 60)])
    func everyRegionOfEveryPageCoversItsControl(size: TerminalSize) {
        for page in F.allPages {
            var wizard = F.wizard(on: page, size: size)
            Self.expectRegionsMatchFrame(wizard)
            // Scrolled to the far end too, where the first lines are cut off.
            wizard.send(.key(.backTab))
            Self.expectRegionsMatchFrame(wizard)
            wizard.glyphs = .ascii
            Self.expectRegionsMatchFrame(wizard)
        }
    }

    @Test func everyShownFocusStopCanBeClicked() {
        for page in F.allPages {
            var wizard = F.wizard(on: page, size: TerminalSize(columns: 100, rows: 50))
            wizard.state.scrollTop = 0
            let order = wizard.page.focusOrder(in: wizard.state.context, canGoBack: !wizard.state.history.isEmpty)
            let clickable = Set(wizard.hitMap.regions.compactMap(\.target))
            let frame = wizard.frame
            for target in order {
                // A stop whose line is below the fold cannot be clicked; one on screen must be.
                guard case .field(let id) = target else {
                    #expect(clickable.contains(target), "\(target) on \(page)")
                    continue
                }
                let label = wizard.page.field(id)!.label
                if frame.text.contains(String(label.prefix(12))) {
                    #expect(clickable.contains(target), "\(target) on \(page):\n\(frame.text)")
                }
            }
        }
    }

    @Test func regionsFollowTheScrollPosition() {
        var wizard = F.wizard(on: "register.form")
        let before = F.region(.field("city"), in: wizard)
        for _ in 0..<12 { wizard.send(.key(.tab)) }
        let after = F.region(.field("city"), in: wizard)
        #expect(wizard.state.scrollTop > 0)
        if let before, let after {
            #expect(after.row == before.row - wizard.state.scrollTop)
        } else if let after {
            #expect(F.text(wizard.frame, row: after.row, columns: after.columns).contains("["))
        }
        Self.expectRegionsMatchFrame(wizard)
    }

    @Test func nothingIsClickableUnderABoxOrOnATooSmallScreen() {
        var wizard = M.wizard()
        wizard.send(.key(.function(1)))
        #expect(wizard.hitMap.regions.isEmpty)
        wizard.send(.key(.escape))
        #expect(!wizard.hitMap.regions.isEmpty)
        wizard.send(.resize(TerminalSize(columns: 40, rows: 10)))
        #expect(wizard.hitMap.regions.isEmpty)
    }

    @Test func aTextBoxRegionStartsAtItsFirstCellAndHasItsWidth() {
        let wizard = M.wizardOnForm()
        let region = F.region(.field("firstName"), \.isTextBox, in: wizard)
        guard case .textBox(let first, let width)? = region?.part else {
            Issue.record("no text box for First Name")
            return
        }
        let row = wizard.frame.lineText(region!.row)
        #expect(PrefixWidth.of(row, upTo: "[") == first - 1)
        #expect(width == 30)
    }
}

/// Where a character is on a row, in cells.
enum PrefixWidth {
    static func of(_ row: String, upTo needle: Character) -> Int? {
        guard let index = row.firstIndex(of: needle) else { return nil }
        return DisplayWidth.of(String(row[..<index]))
    }
}
