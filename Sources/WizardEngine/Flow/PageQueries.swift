/// Questions about the current page that depend on the answers: what is shown, what can be
/// focused, what is wrong. Shared by `reduce`, the view and (later) the plain front end.
extension Page {
    /// The blocks whose condition holds now.
    public func visibleBlocks(in context: FactContext) -> [Block] {
        blocks.filter { Self.isShown($0, in: context) }
    }

    /// The fields shown now, in page order.
    public func visibleFields(in context: FactContext) -> [Field] {
        var fields: [Field] = []
        visitShownFields(in: context) { field in
            fields.append(field)
            return true
        }
        return fields
    }

    /// Every focus stop in Tab order: active menu items, shown fields, then Back and Next.
    public func focusOrder(in context: FactContext, canGoBack: Bool) -> [FocusTarget] {
        var order: [FocusTarget] = []
        // Room for every stop there can be at once: growing by doubling copied the stops so far.
        order.reserveCapacity(menuBar.items.count + (tabs?.tabs.count ?? 0) + blocks.count + 2)
        visitFocusStops(in: context, canGoBack: canGoBack) { stop in
            order.append(stop)
            return true
        }
        return order
    }

    /// The first stop of `focusOrder`, found without listing the others.
    func firstFocusStop(in context: FactContext, canGoBack: Bool) -> FocusTarget? {
        var first: FocusTarget?
        visitFocusStops(in: context, canGoBack: canGoBack) { stop in
            first = stop
            return false
        }
        return first
    }

    /// Hands the focus stops to `visit` in Tab order until it returns false.
    private func visitFocusStops(in context: FactContext, canGoBack: Bool, _ visit: (FocusTarget) -> Bool) {
        if menuBar.isActive {
            for index in menuBar.items.indices { guard visit(.menu(index)) else { return } }
        }
        if let tabs {
            for index in tabs.tabs.indices { guard visit(.tab(index)) else { return } }
        }
        var stopped = false
        visitShownFields(in: context) { field in
            stopped = !visit(.field(field.id))
            return !stopped
        }
        if stopped { return }
        if canGoBack { guard visit(.backButton) else { return } }
        if hasNextButton { _ = visit(.nextButton) }
    }

    /// Hands the fields shown now to `visit` in page order until it returns false: only the
    /// page's field blocks are walked, and only their conditions read. Always inlined, so that
    /// the callers' closures are not called per field.
    @inline(__always)
    private func visitShownFields(in context: FactContext, _ visit: (Field) -> Bool) {
        let blocks = self.blocks, fields = self.fields
        for (position, index) in fieldBlockIndices.enumerated() where Self.isShown(blocks[index], in: context) {
            guard visit(fields[position]) else { return }
        }
    }

    /// Whether a block's condition holds now (a block without one is always shown).
    static func isShown(_ block: Block, in context: FactContext) -> Bool {
        block.shownWhen?.holds(in: context) ?? true
    }

    /// The problem with one field's current value, or nil.
    public func problem(with field: Field, in context: FactContext) -> String? {
        guard field.holdsValue else { return nil }
        let value = effectiveValue(of: field, in: context)
        if value.isEmpty, field.isRequired {
            switch field.kind {
            case .checkBox: return "Tick \"\(field.label)\" to go on."
            case .choice: return "Choose a \(field.label)."
            default: return "\(field.label) is required."
            }
        }
        for rule in field.rules {
            if let problem = RuleChecker.problem(rule, value: value, field: field, context: context) { return problem }
        }
        return nil
    }

    /// The value as it counts: a list's value that is no longer among its options counts as empty.
    public func effectiveValue(of field: Field, in context: FactContext) -> String {
        let value = context.value(field.id)
        if case .choice(let source, _) = field.kind, !value.isEmpty,
           !source.options(in: context).contains(where: { $0.value == value }) {
            return ""
        }
        return value
    }

    /// Every problem of the fields shown now, in page order.
    public func problems(in context: FactContext) -> [(FieldID, String)] {
        visibleFields(in: context).compactMap { field in problem(with: field, in: context).map { (field.id, $0) } }
    }
}
