/// One node of a flow, compiled: its successor and branch targets are indices into
/// `Dialog.nodes`, its conditions parsed. A class, so a turn that runs through the nodes holds
/// each by one reference instead of copying its fields.
public final class FlowNode: Sendable {
    /// The node's stable id; also the id of its text in every language.
    public let id: String
    /// The flow the node belongs to.
    public let flow: String
    /// What the node does.
    public let kind: Kind
    /// The node that runs after this one (`next:`, or the node below it), if any.
    public let next: Int?
    /// Where the node is written.
    public let location: SourceLocation

    /// What a node does when the dialog reaches it.
    public enum Kind: Sendable {
        /// Say the node's text.
        case say
        /// Ask the question, fill the slot.
        case ask(Question)
        /// Go to the target of the first case whose condition is true, else to `otherwise`
        /// (or fall through to `next`).
        case branch([BranchCase], otherwise: Int?)
        /// Jump to another node.
        case goto(Int)
        /// Run the referral rules and name the partners (the node's text before them; its
        /// `none` text when nobody is named).
        case refer(hasNoneText: Bool)
        /// End the dialog, saying the node's text first if it has one.
        case end(EndOutcome, hasText: Bool)
    }

    public init(id: String, flow: String, kind: Kind, next: Int?, location: SourceLocation) {
        self.id = id
        self.flow = flow
        self.kind = kind
        self.next = next
        self.location = location
    }
}

/// An `ask` node's question.
public struct Question: Sendable {
    /// The slot the answer fills.
    public let slot: String
    /// The value keys offered, in display order (empty for number and text slots).
    public let options: [String]
    /// Whether `/skip` may leave the question unanswered.
    public let skippable: Bool
    /// Whether the node has a `why` text for `/why`.
    public let hasWhy: Bool

    public init(slot: String, options: [String], skippable: Bool, hasWhy: Bool) {
        self.slot = slot
        self.options = options
        self.skippable = skippable
        self.hasWhy = hasWhy
    }
}

/// One case of a `branch` node: go to `target` when `condition` is true.
public struct BranchCase: Sendable {
    public let condition: Condition
    /// The condition as the author wrote it, for traces.
    public let source: String
    public let target: Int
    public let location: SourceLocation

    public init(condition: Condition, source: String, target: Int, location: SourceLocation) {
        self.condition = condition
        self.source = source
        self.target = target
        self.location = location
    }
}

/// How an `end` node decides its outcome.
public enum EndOutcome: String, Sendable {
    /// emergency if an emergency rule fired, referred if a partner was named, no-referral otherwise.
    case auto
    case referred
    case noReferral = "no-referral"
    case emergency
}
