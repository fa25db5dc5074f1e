/// Lays out a page's body (instruction, text, fields) as lines of a given width.
///
/// Columns: 0 holds the focus marker, labels start at 2, controls start after the widest label.
struct BodyLayout: Sendable {
    let width: Int
    let glyphs: Glyphs
    let labelWidth: Int

    init(view: ScreenView, width: Int, glyphs: Glyphs) {
        self.width = width
        self.glyphs = glyphs
        let widest = view.items.compactMap { item -> Int? in
            guard case .field(let field) = item else { return nil }
            if case .link = field.control { return nil }
            return DisplayWidth.of(field.label) + (field.isRequired ? 2 : 0)
        }.max() ?? 0
        labelWidth = min(widest, max(12, width / 3))
    }

    var controlColumn: Int { 2 + labelWidth + 1 }

    /// The body's lines, laid out afresh.
    func lines(for view: ScreenView) -> BodyLines {
        var body = BodyLines(width: width, labelWidth: labelWidth)
        update(&body, from: nil, items: [], to: view, remade: nil)
        return body
    }

    /// Brings `body`, laid out for `old` (with the same glyphs), up to `view` in place. Parts of
    /// the view equal to the same part of `old` keep their lines, when the width and label width
    /// are the same too: between two keys only the field typed in, or the two the focus moved
    /// between, are laid out again, and nothing else is copied or freed.
    /// `oldItems` are the items of `old` (the view may have handed them over: `takeItems`);
    /// `remade`, when known, lists the only items that can differ, with the items they replaced.
    /// Returns whether lines moved, or else which items' lines were replaced.
    @discardableResult
    func update(_ body: inout BodyLines, from old: ScreenView?, items oldItems: [ScreenView.BodyItem], to view: ScreenView,
                remade: [ScreenView.RemadeItem]? = nil) -> BodyChange {
        let keeps = old != nil && body.width == width && body.labelWidth == labelWidth
        if !keeps { body = BodyLines(width: width, labelWidth: labelWidth) }
        var moved = false, replaced: [Int] = []
        if !keeps || old!.instruction != view.instruction {
            body.setInstructionLines(drawn(instructionLines(view.instruction)))
            moved = true
        }
        if !keeps || old!.tabs != view.tabs {
            body.setTabLines(drawn(tabStripLines(view.tabs)))
            moved = true
        }
        // Items are compared in place: copying one out of its array to compare it costs a
        // reference count on every string it holds.
        let oldItems = keeps ? oldItems : [], newItems = view.items
        func replace(_ index: Int) {
            if body.replaceItem(at: index, with: newItems[index], lines: drawn(lines(for: newItems[index]))) {
                moved = true
            }
            replaced.append(index)
        }
        if keeps, let remade {
            for item in remade where item.old != newItems[item.position] && !replaced.contains(item.position) {
                replace(item.position)
            }
        } else if keeps && oldItems.count == newItems.count {
            // An item kept from the earlier screen is the same value, so most compare at once.
            for index in newItems.indices where oldItems[index] != newItems[index] { replace(index) }
        } else {
            let keptLines = body.itemLines
            let itemLines = newItems.indices.map { index in
                if index < oldItems.count, oldItems[index] == newItems[index] { return keptLines[index] }
                return drawn(lines(for: newItems[index]))
            }
            body.setItems(newItems, lines: itemLines)
            moved = true
        }
        if moved { body.recount() }
        return moved ? .moved : .replaced(replaced)
    }

    /// What `update` changed in a body: lines moved (any line may now be elsewhere), or none did
    /// and only these items' lines were replaced.
    enum BodyChange: Equatable {
        case moved
        case replaced([Int])
    }

    /// New lines, drawn once for every frame that shows them.
    func drawn(_ lines: [BodyLine]) -> [DrawnLine] { lines.map { DrawnLine($0, width: width) } }

    /// The step's instruction, its wrapped lines indented under the text after the step's number
    /// ("4. "); an instruction without a number (the start page's) wraps flush left.
    func instructionLines(_ instruction: String) -> [BodyLine] {
        let indent = Self.stepNumberWidth(instruction)
        return TextWrap.lines(instruction, width: width - indent).enumerated().map { index, text in
            var line = BodyLine()
            line.add(text, at: index == 0 ? 0 : indent, Styles.instruction)
            return line
        }
    }

    /// The width of the "4. " that begins a step's instruction, or 0 when it has none.
    static func stepNumberWidth(_ instruction: String) -> Int {
        let digits = instruction.utf8.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
        guard digits > 0, instruction.utf8.dropFirst(digits).starts(with: ". ".utf8) else { return 0 }
        return digits + 2
    }

    /// One item's lines. Text and headings start with a blank line; fields do not, since the
    /// fields of a form sit on consecutive lines (`BodyLines` puts a blank above the first).
    func lines(for item: ScreenView.BodyItem) -> [BodyLine] {
        switch item {
        case .paragraph(let text, let tone):
            var lines = [BodyLine()]
            let style: CellStyle = switch tone {
            case .normal: .plain
            case .note: Styles.note
            case .warning: Styles.warning
            case .success: Styles.success
            }
            // A bulleted line hangs its wrapped lines under the text, not the bullet.
            for paragraph in TextWrap.paragraphs(of: text) {
                let indent = paragraph.hasPrefix("• ") ? 2 : 0
                for (index, part) in TextWrap.lines(String(paragraph), width: width - indent).enumerated() {
                    var line = BodyLine()
                    line.add(part, at: index == 0 ? 0 : indent, style)
                    lines.append(line)
                }
            }
            return lines
        case .heading(let text):
            var line = BodyLine()
            line.add(TextWrap.truncate(text, width: width), at: 0, Styles.heading)
            return [BodyLine(), line]
        case .field(let field):
            return fieldLines(field)
        }
    }

    /// The page's own tab strip: each tab with its state, the current one drawn as selected.
    func tabStripLines(_ tabs: [ScreenView.TabView]) -> [BodyLine] {
        guard !tabs.isEmpty else { return [] }
        var line = BodyLine()
        var column = 0
        for (index, tab) in tabs.enumerated() {
            let mark = switch tab.state {
            case .current, .notVisited: ""
            case .complete: " ✓"
            case .hasProblems: " \(glyphs.error)"
            }
            let text = " \(tab.title)\(mark) "
            let style = tab.isFocused ? Styles.focusedButton : (tab.state == .current ? Styles.currentTab : Styles.tab)
            line.add(text, at: column, style)
            column += DisplayWidth.of(text) + 1
            if index < tabs.count - 1 { line.add(glyphs.menuSeparator, at: column - 1, Styles.chrome) }
        }
        if let focused = tabs.firstIndex(where: \.isFocused) { line.owner = .tab(focused) }
        var rule = BodyLine()
        rule.add(String(copies: width, of: String(glyphs.horizontal)), at: 0, Styles.chrome)
        return [BodyLine(), line, rule]
    }

    func fieldLines(_ field: ScreenView.FieldView) -> [BodyLine] {
        let owner = FocusTarget.field(field.id)
        var first = BodyLine(owner: owner)
        if field.isFocused { first.add(glyphs.focusMarker, at: 0, Styles.focusedLabel) }
        var extra: [BodyLine] = []
        let controlWidth = width - controlColumn

        func addLabel() {
            let label = TextWrap.truncate(field.label, width: labelWidth - (field.isRequired ? 2 : 0))
            first.add(label, at: 2, field.isFocused ? Styles.focusedLabel : Styles.label)
            if field.isRequired { first.add("*", at: 2 + DisplayWidth.of(label) + 1, Styles.required) }
        }

        var end = controlColumn
        switch field.control {
        case .tabStrip(let titles, let selected):
            var column = 2
            for (index, title) in titles.enumerated() {
                if index > 0 {
                    first.add(glyphs.menuSeparator, at: column, Styles.chrome)
                    column += 1
                }
                let isSelected = title == selected
                let text = " \(title) "
                let style = isSelected ? (field.isFocused ? Styles.focusedButton : Styles.currentTab) : Styles.tab
                first.add(text, at: column, style)
                column += DisplayWidth.of(text)
            }
            end = column
        case .link(let text):
            let shown = "\(glyphs.link) \(TextWrap.truncate(text, width: width - 4))"
            first.add(shown, at: 2, field.isFocused ? Styles.focusedLink : Styles.link)
            end = 2 + DisplayWidth.of(shown)
        case .button(let text):
            let shown = "[ \(text) ]"
            first.add(shown, at: controlColumn, field.isFocused ? Styles.focusedButton : Styles.button)
            end += DisplayWidth.of(shown)
        case .textBox(let box):
            addLabel()
            let inner = max(4, min(box.width, controlWidth - 2))
            first.add("[", at: controlColumn, field.isFocused ? Styles.focusedLabel : Styles.box)
            let shown = textBoxContent(box, width: inner, focused: field.isFocused)
            first.add(String(copies: inner, of: " "), at: controlColumn + 1, field.isFocused ? Styles.focusedBox : Styles.box)
            first.add(shown.text, at: controlColumn + 1, shown.style)
            first.add("]", at: controlColumn + 1 + inner, field.isFocused ? Styles.focusedLabel : Styles.box)
            if field.isFocused { first.cursor = controlColumn + 1 + shown.cursor }
            end = controlColumn + inner + 2
        case .dropDown(let label, let isPlaceholder, let boxWidth):
            addLabel()
            let inner = max(4, min(boxWidth, controlWidth - 6))
            let text = TextWrap.truncate(label, width: inner)
            let padded = text + String(copies: max(0, inner - DisplayWidth.of(text)), of: " ")
            let shown = "[ \(padded) \(glyphs.dropDown) ]"
            let style = field.isFocused ? Styles.control : (isPlaceholder ? Styles.placeholder : Styles.box)
            first.add(shown, at: controlColumn, style)
            end = controlColumn + DisplayWidth.of(shown)
        case .checkBox(let isChecked, let text):
            addLabel()
            let mark = isChecked ? "[x]" : "[ ]"
            first.add(mark, at: controlColumn, field.isFocused ? Styles.control : Styles.button)
            let wrapped = TextWrap.lines(text, width: max(8, controlWidth - 4))
            for (index, part) in wrapped.enumerated() {
                if index == 0 {
                    first.add(part, at: controlColumn + 4, .plain)
                } else {
                    var line = BodyLine(owner: owner)
                    line.add(part, at: controlColumn + 4, .plain)
                    extra.append(line)
                }
            }
            end = width
        }

        if let note = field.note {
            if end + 2 + DisplayWidth.of(note) <= width {
                first.add(note, at: end + 2, Styles.note)
            } else {
                for part in TextWrap.lines(note, width: max(8, controlWidth)) {
                    var line = BodyLine(owner: owner)
                    line.add(part, at: controlColumn, Styles.note)
                    extra.append(line)
                }
            }
        }
        if let error = field.error {
            let column = field.control.isLink ? 4 : controlColumn
            for (index, part) in TextWrap.lines(error, width: max(8, width - column - 2)).enumerated() {
                var line = BodyLine(owner: owner)
                line.add(index == 0 ? "\(glyphs.error) \(part)" : "  \(part)", at: column, Styles.error)
                extra.append(line)
            }
        }
        return [first] + extra
    }

    /// What a text box shows: its value (masked for secrets), or its placeholder while empty.
    func textBoxContent(_ box: ScreenView.TextBoxView, width: Int, focused: Bool)
        -> (text: String, style: CellStyle, cursor: Int) {
        let style = Styles.typedText
        if box.editable.text.isEmpty {
            return (TextWrap.truncate(box.placeholder, width: width), Styles.placeholder, 0)
        }
        if box.isMasked && box.revealsLastFour {
            let digits = box.editable.text.filter { $0.isASCIIDigit }
            let shown = String(copies: 4, of: glyphs.mask) + " " + String(digits.suffix(4))
            return (TextWrap.truncate(shown, width: width), style, 0)
        }
        let mask: Character? = box.isMasked ? Character(glyphs.mask) : nil
        // A field without the focus shows its value from the start, like a browser's input.
        let editable = focused ? box.editable : EditableText(box.editable.text, cursor: 0)
        let window = editable.window(width: width, mask: mask)
        return (window.visible, style, window.cursorColumn)
    }
}

extension ScreenView.ControlView {
    var isLink: Bool { if case .link = self { true } else { false } }
}
