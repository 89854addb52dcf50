import ArgumentParser
import Foundation
import TaplineDomain
import TaplineStore

/// `tapline import accounts FILE.csv`: all rows or none, bad rows reported by line.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import data from files.", subcommands: [ImportAccountsCommand.self])
}

struct ImportAccountsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accounts", abstract: "Import accounts from a CSV file (header in the README); nothing is imported if any row is bad.")

    @OptionGroup var global: GlobalOptions
    @Argument(help: "The CSV file.") var file: String

    func run() throws {
        let store = try global.storeLocation().openAccounts()
        do {
            let report = try AccountImporter.importAccounts(file: URL(fileURLWithPath: file), into: store, by: Paths.userName,
                                                            at: UtilityZone.melbourne.local(Date()))
            print("imported \(report.imported) accounts from \(file)")
        } catch let error as AccountImportError {
            FileHandle.standardError.write(Data("tapline: \(file): nothing was imported\n\(error.message)\n".utf8))
            throw ExitCode(1)
        }
    }
}
