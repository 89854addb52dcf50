import TaplineDomain

/// A screen of any type, so the console can keep a stack of different screens.
///
/// Holds the screen's state in a box the console owns; only the run loop's thread touches it.
public struct AnyScreen: Sendable {
    let box: ScreenBox

    public init<S: Screen>(_ screen: S) { box = TypedScreenBox(screen) }

    public var title: String { box.title }
    public var isOverlay: Bool { box.isOverlay }
    public var customerContext: CustomerContext? { box.customerContext }
    public var hasUnsavedInput: Bool { box.hasUnsavedInput }
    public var presenceSubject: String? { box.presenceSubject }
    public var showsCustomerFlags: Bool { box.showsCustomerFlags }

    /// The screen's current state, when it is of type `S`: for tests and scripted runs.
    public func state<S: Screen>(as type: S.Type = S.self) -> S? { (box as? TypedScreenBox<S>)?.screen }
}

/// One step of an effect with its action type erased.
enum ErasedStep {
    case run(key: String?, work: @Sendable (Services) -> any Sendable)
    case navigate(Navigation)
    case message(StatusMessage)
    case trainee(TraineeAction)
}

class ScreenBox: @unchecked Sendable {
    var title: String { fatalError("abstract") }
    func hints(env: ScreenEnvironment) -> [KeyHint] { fatalError("abstract") }
    var isOverlay: Bool { fatalError("abstract") }
    var customerContext: CustomerContext? { fatalError("abstract") }
    var hasUnsavedInput: Bool { fatalError("abstract") }
    var presenceSubject: String? { fatalError("abstract") }
    var showsCustomerFlags: Bool { fatalError("abstract") }
    func handle(_ key: Key, env: ScreenEnvironment) -> [ErasedStep]? { fatalError("abstract") }
    /// Whether the screen itself would act on a key, without acting on it.
    func handles(_ key: Key, env: ScreenEnvironment) -> Bool { fatalError("abstract") }
    func appear(env: ScreenEnvironment) -> [ErasedStep] { fatalError("abstract") }
    func storeChanged(env: ScreenEnvironment) -> [ErasedStep] { fatalError("abstract") }
    func deliver(_ result: any Sendable, env: ScreenEnvironment) -> [ErasedStep] { fatalError("abstract") }
    func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) { fatalError("abstract") }
}

final class TypedScreenBox<S: Screen>: ScreenBox, @unchecked Sendable {
    var screen: S

    init(_ screen: S) { self.screen = screen }

    override var title: String { screen.title }
    override func hints(env: ScreenEnvironment) -> [KeyHint] {
        screen.bindings.hints() + screen.environmentBindings(env: env).hints() + screen.extraHelp
    }
    override var isOverlay: Bool { screen.isOverlay }
    override var customerContext: CustomerContext? { screen.customerContext }
    override var hasUnsavedInput: Bool { screen.hasUnsavedInput }
    override var presenceSubject: String? { screen.presenceSubject }
    override var showsCustomerFlags: Bool { screen.showsCustomerFlags }

    override func handle(_ key: Key, env: ScreenEnvironment) -> [ErasedStep]? {
        guard let action = screen.action(for: key) ?? screen.environmentBindings(env: env).action(for: key) else { return nil }
        return erase(screen.reduce(action, env: env))
    }

    override func handles(_ key: Key, env: ScreenEnvironment) -> Bool {
        screen.action(for: key) != nil || screen.environmentBindings(env: env).action(for: key) != nil
    }

    override func appear(env: ScreenEnvironment) -> [ErasedStep] { erase(screen.appear(env: env)) }
    override func storeChanged(env: ScreenEnvironment) -> [ErasedStep] { erase(screen.storeChanged(env: env)) }

    override func deliver(_ result: any Sendable, env: ScreenEnvironment) -> [ErasedStep] {
        guard let action = result as? S.Action else { return [] }
        return erase(screen.reduce(action, env: env))
    }

    /// Sends an action straight to the screen, as a key would: for scripted runs and tests.
    func send(_ action: S.Action, env: ScreenEnvironment) -> [ErasedStep] { erase(screen.reduce(action, env: env)) }

    override func render(into canvas: inout Canvas, area: Rect, env: ScreenEnvironment) {
        screen.render(into: &canvas, area: area, env: env)
    }

    private func erase(_ effect: Effect<S.Action>) -> [ErasedStep] {
        effect.steps.map { step in
            switch step {
            case .run(let key, let work): return .run(key: key, work: { services in work(services) })
            case .navigate(let n): return .navigate(n)
            case .message(let m): return .message(m)
            case .trainee(let a): return .trainee(a)
            }
        }
    }
}
