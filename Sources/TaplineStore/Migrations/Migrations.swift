import GRDB

/// The schema's history, in the order it is applied.
///
/// Each policy area keeps its migration in its own file (`Migration+Area.swift`) and adds one
/// line here. Never edit or reorder a migration that has shipped: add a new one.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        registerUsers(in: &migrator)      // "v1-users"
        registerAudit(in: &migrator)      // "v1-audit"
        registerAccounts(in: &migrator)   // "v1-accounts"
        registerComplaints(in: &migrator) // "v1-complaints"
        registerHardship(in: &migrator)   // "v1-hardship"
        registerPaymentPlans(in: &migrator) // "v1-payment-plans"
        registerCollections(in: &migrator) // "v1-collections"
        registerTraining(in: &migrator)   // "v1-training"
        registerConduct(in: &migrator)    // "v1-conduct"
        registerComplaintDeciders(in: &migrator) // "v2-complaints-deciders"
        registerAuditChain(in: &migrator) // "v2-audit-chain"
        registerPresence(in: &migrator)   // "v2-presence"
        registerComplaintOwner(in: &migrator) // "v3-complaint-owner"
        registerIncidentOwner(in: &migrator) // "v3-incident-owner"
        registerIncidentQueues(in: &migrator) // "v4-incident-queues"
        registerDisputeCandidates(in: &migrator) // "v4-dispute-candidates"
        registerAccountChangedBy(in: &migrator) // "v4-account-changed-by"
        registerDisputeQueue(in: &migrator) // "v4-dispute-queue"
        registerSpecialNeeds(in: &migrator) // "v4-special-needs"
        registerCallRecord(in: &migrator) // "v4-call-record"
        registerConcessions(in: &migrator) // "v4-concessions"
        registerMoves(in: &migrator) // "v4-moves"
        registerContactPreferences(in: &migrator) // "v4-contact-preferences"
        registerMeterRequests(in: &migrator) // "v4-meter-requests"
        registerPaymentArrangements(in: &migrator) // "v4-payment-arrangements"
        return migrator
    }
}
