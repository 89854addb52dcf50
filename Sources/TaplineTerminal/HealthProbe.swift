import Dispatch
import Foundation
import TaplineUI

/// Asks the store whether it answers, on a queue of its own, so a server that hangs never
/// holds up keys or drawing; the run loop reads the latest answer each turn.
final class HealthProbe: @unchecked Sendable {
    private let port: any StoreHealthPort
    private let queue = DispatchQueue(label: "tapline.health")
    private let lock = NSLock()
    private var answer: String??
    private var probing = false
    private var lastStarted = Date.distantPast

    init(_ port: any StoreHealthPort) { self.port = port }

    /// A new answer since the last call (nil inside: the store answers), starting a probe when
    /// the last began `seconds` ago or more; nil when there is nothing new.
    func latest(every seconds: TimeInterval) -> String?? {
        lock.lock()
        defer { lock.unlock() }
        if !probing, Date().timeIntervalSince(lastStarted) >= seconds {
            probing = true
            lastStarted = Date()
            queue.async { [port] in
                let problem = port.probe()
                self.lock.withLock {
                    self.answer = .some(problem)
                    self.probing = false
                }
            }
        }
        defer { answer = nil }
        return answer
    }
}
