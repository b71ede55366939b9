extension RiskAssessment {
    /// The seed the risk draws use while set (the training cases set it around their submissions):
    /// a fresh training database routes its sample declarations the same way every time, so a
    /// case written to wait in an officer's queue is not sent to the green channel by a 5 % draw.
    /// Unset everywhere else: real submissions draw a new seed each.
    @TaskLocal static var trainingSeed: UInt64?
}
