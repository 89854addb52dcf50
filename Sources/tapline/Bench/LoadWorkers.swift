import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Worker processes started together: each a copy of this binary, its output read line by line.
///
/// Spawned with posix_spawn (Foundation's `Process` left children unreaped in the test runner
/// here). Every worker's standard input is the read end of one pipe, the starting gun: a
/// worker prints its ready line and then reads until end of file, so closing the write end
/// starts them all at the same moment, whatever it cost to start fifty processes.
final class LoadWorkers: @unchecked Sendable {
    /// What one worker printed and how it ended.
    struct Outcome: Sendable {
        var lines: [String] = []
        var status: Int32 = 0
    }

    private let lock = NSLock()
    private var outcomes: [Outcome]
    private var pids: [pid_t] = []
    private let ready = DispatchSemaphore(value: 0)
    private let finished = DispatchGroup()
    private var startingGun: Int32 = -1

    /// Starts one process per argument list (this binary, with those arguments); each has
    /// printed its first line (or ended) when this returns.
    init(arguments: [[String]]) throws {
        outcomes = Array(repeating: Outcome(), count: arguments.count)
        let gun = try Self.pipe()
        startingGun = gun[1]
        defer { close(gun[0]) }
        let binary = try Self.executable()
        for (index, workerArguments) in arguments.enumerated() {
            let output = try Self.pipe()
            pids.append(try Self.spawn([binary] + workerArguments, input: gun[0], output: output[1]))
            close(output[1])
            read(worker: index, from: output[0])
        }
        for _ in arguments { ready.wait() }
    }

    /// Fires the starting gun, waits for every worker to end, and returns what each printed.
    func start() -> [Outcome] {
        close(startingGun)
        finished.wait()
        for (index, pid) in pids.enumerated() {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
            lock.withLock { outcomes[index].status = code }
        }
        return lock.withLock { outcomes }
    }

    /// Reads the worker's output on a thread of its own, a line at a time; its first line
    /// (ready, or whatever it said before failing) or its end counts it ready.
    private func read(worker index: Int, from descriptor: Int32) {
        finished.enter()
        let thread = Thread { [self] in
            var pending = Data()
            var buffer = [UInt8](repeating: 0, count: 65_536)
            var sawFirst = false
            while true {
                let count = Glibc.read(descriptor, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                pending.append(contentsOf: buffer[0..<count])
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = String(decoding: pending[pending.startIndex..<newline], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...newline)
                    lock.withLock { outcomes[index].lines.append(line) }
                    if !sawFirst { sawFirst = true; ready.signal() }
                }
            }
            if !pending.isEmpty { lock.withLock { outcomes[index].lines.append(String(decoding: pending, as: UTF8.self)) } }
            close(descriptor)
            if !sawFirst { ready.signal() }
            finished.leave()
        }
        thread.stackSize = 1 << 18
        thread.start()
    }

    /// A pipe whose ends close on exec: a worker gets only the ends put on its 0, 1 and 2, so
    /// the starting gun's write end is held by this process alone.
    private static func pipe() throws -> [Int32] {
        var ends: [Int32] = [0, 0]
        guard Glibc.pipe(&ends) == 0 else { throw LoadWorkersError("cannot make a pipe: \(String(cString: strerror(errno)))") }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return ends
    }

    /// This binary, as the kernel knows it (not argv[0], which may be a bare name on PATH).
    static func executable() throws -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { throw LoadWorkersError("cannot find this program's file: \(String(cString: strerror(errno)))") }
        return String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Starts `arguments` with `input` as its standard input and `output` as both its standard
    /// output and error; every other descriptor closes on exec.
    private static func spawn(_ arguments: [String], input: Int32, output: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, input, 0)
        posix_spawn_file_actions_adddup2(&actions, output, 1)
        posix_spawn_file_actions_adddup2(&actions, output, 2)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw LoadWorkersError("cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        return pid
    }
}

struct LoadWorkersError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
