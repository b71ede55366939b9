/// The Maritime Declaration of Health (IHR 2005, Annex 8): the master's answers to the health
/// questions, declared to quarantine (检验检疫) on arrival.
public struct HealthDeclaration: Equatable, Codable, Sendable {
    /// Ship Sanitation Control (Exemption) Certificate: where and when issued ("" if none carried).
    public var sanitationCertificatePlace: String
    public var sanitationCertificateDate: CalendarDay?
    /// Ports called at within the last 30 days (UN/LOCODEs) — the affected-area question.
    public var portsLast30Days: [String]
    /// Q1: persons who died on board otherwise than by accident.
    public var deaths: Int
    /// Q2: any case of disease suspected to be of an infectious nature during the voyage.
    public var suspectedInfectiousDisease: Bool
    /// Q3: total ill passengers greater than normal/expected.
    public var illnessAboveNormal: Bool
    /// Q4: ill persons on board now.
    public var illPersonsOnBoard: Int
    /// Q5: was a medical practitioner consulted.
    public var medicalPractitionerConsulted: Bool
    /// Q6: any condition on board that may lead to infection or spread of disease.
    public var conditionLeadingToInfection: Bool
    /// Q7: any sanitary measure (quarantine, isolation, disinfection) applied on board.
    public var sanitaryMeasuresApplied: Bool
    /// Q8: stowaways found on board.
    public var stowaways: Bool
    /// Q9: a sick animal or pet on board.
    public var sickAnimalOnBoard: Bool
    /// Required whenever an answer above is not "no": the attached schedule of ill persons, in words.
    public var details: String

    public init(sanitationCertificatePlace: String = "", sanitationCertificateDate: CalendarDay? = nil, portsLast30Days: [String] = [],
                deaths: Int = 0, suspectedInfectiousDisease: Bool = false, illnessAboveNormal: Bool = false,
                illPersonsOnBoard: Int = 0, medicalPractitionerConsulted: Bool = false, conditionLeadingToInfection: Bool = false,
                sanitaryMeasuresApplied: Bool = false, stowaways: Bool = false, sickAnimalOnBoard: Bool = false, details: String = "") {
        self.sanitationCertificatePlace = sanitationCertificatePlace; self.sanitationCertificateDate = sanitationCertificateDate
        self.portsLast30Days = portsLast30Days; self.deaths = deaths; self.suspectedInfectiousDisease = suspectedInfectiousDisease
        self.illnessAboveNormal = illnessAboveNormal; self.illPersonsOnBoard = illPersonsOnBoard
        self.medicalPractitionerConsulted = medicalPractitionerConsulted; self.conditionLeadingToInfection = conditionLeadingToInfection
        self.sanitaryMeasuresApplied = sanitaryMeasuresApplied; self.stowaways = stowaways
        self.sickAnimalOnBoard = sickAnimalOnBoard; self.details = details
    }

    /// Anything the quarantine officer must look at.
    public var hasPositiveAnswer: Bool {
        deaths > 0 || suspectedInfectiousDisease || illnessAboveNormal || illPersonsOnBoard > 0 || medicalPractitionerConsulted
            || conditionLeadingToInfection || sanitaryMeasuresApplied || stowaways || sickAnimalOnBoard
    }
}
