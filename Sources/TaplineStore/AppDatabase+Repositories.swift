extension AppDatabase {
    public var accounts: AccountRepository { AccountRepository(self) }
    public var notes: NoteRepository { NoteRepository(self) }
    public var interactions: InteractionRepository { InteractionRepository(self) }
    public var audit: AuditLog { AuditLog(self) }
    public var users: UserDirectory { UserDirectory(self) }
    public var search: AccountSearch { AccountSearch(self) }
}
