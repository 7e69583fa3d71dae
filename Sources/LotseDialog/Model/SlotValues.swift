/// Where each slot of a dialog is kept in `SlotValues`: its place in the situation's order.
/// Built once per dialog and shared by its sessions.
public final class SlotLayout: Sendable {
    /// The slot ids, each at its index.
    public let order: [String]
    private let indices: [String: Int]

    /// A layout of `order`; an id given twice keeps its first place.
    public init(order: [String]) {
        var unique: [String] = []
        for id in order where !unique.contains(id) { unique.append(id) }
        self.order = unique
        indices = Dictionary(uniqueKeysWithValues: unique.enumerated().map { ($1, $0) })
    }

    /// The index of slot `id`, nil for a slot the layout does not have.
    public func index(of id: String) -> Int? {
        indices[id]
    }
}

/// What a condition reads the filled slots from.
public protocol SlotReading {
    /// The value of `slot`, nil when it is not filled.
    func value(of slot: SlotReference) -> SlotValue?
}

extension Dictionary: SlotReading where Key == String, Value == SlotValue {
    /// The value under the slot's id.
    public func value(of slot: SlotReference) -> SlotValue? {
        self[slot.id]
    }
}

/// The filled slots of one situation, each at its index in the dialog's `SlotLayout`. A
/// condition parsed for the dialog knows that index, so a turn reads a slot without hashing
/// its id; other lookups go through the id.
public struct SlotValues: Sendable, SlotReading {
    /// Where each slot is kept.
    public let layout: SlotLayout
    private var values: [SlotValue?]

    /// No slot filled yet.
    public init(layout: SlotLayout) {
        self.layout = layout
        values = Array(repeating: nil, count: layout.order.count)
    }

    /// The value of slot `id`; setting a slot the layout does not have changes nothing (the
    /// engine only fills slots of its dialog).
    public subscript(id: String) -> SlotValue? {
        get { layout.index(of: id).flatMap { values[$0] } }
        set {
            guard let index = layout.index(of: id) else { return }
            values[index] = newValue
        }
    }

    /// Sets slot `id` to `value` and returns what it held, with one lookup of the id; a slot
    /// the layout does not have stays unset (nil is returned).
    @discardableResult
    public mutating func replaceValue(of id: String, with value: SlotValue?) -> SlotValue? {
        guard let index = layout.index(of: id) else { return nil }
        defer { values[index] = value }
        return values[index]
    }

    /// The value at the reference's index if it is this layout's place of that id, else by id.
    public func value(of slot: SlotReference) -> SlotValue? {
        if let index = slot.index, index < values.count, layout.order[index] == slot.id { return values[index] }
        return self[slot.id]
    }

    /// The filled slots by id.
    public var dictionary: [String: SlotValue] {
        var filled: [String: SlotValue] = [:]
        for (id, value) in zip(layout.order, values) { filled[id] = value }
        return filled
    }

    /// Every slot emptied.
    public mutating func removeAll() {
        for index in values.indices { values[index] = nil }
    }
}
