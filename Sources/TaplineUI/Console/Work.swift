/// A piece of background work an effect asked for, tagged so its result finds its screen.
public struct Work: Sendable {
    public let ticket: Int
    let key: String?
    let target: ObjectIdentifier
    public let run: @Sendable (Services) -> any Sendable
}
