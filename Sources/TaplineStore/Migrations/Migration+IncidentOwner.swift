import GRDB

extension Migrations {
    /// "v3-incident-owner": whose each conduct incident is to carry on with (issue 12 item 4):
    /// `ConductIncident.owner`, its raiser's until a supervisor gives it to someone; incidents
    /// raised before it are their raisers'.
    static func registerIncidentOwner(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v3-incident-owner") { db in
            try db.execute(sql: """
                ALTER TABLE conduct_incident ADD COLUMN owner TEXT NOT NULL DEFAULT '';
                UPDATE conduct_incident SET owner = raised_by;
                CREATE INDEX conduct_incident_by_owner ON conduct_incident(owner, raised_at);
                """)
        }
    }
}
