import Foundation
import SingleWindowKit

/// The sample vessel calls (scenario S3's ship among them) on an open workspace, for screens and
/// tests that want them; a new training database gets them, with every area's samples, through
/// `DomainAreas.loadTrainingSamples`. The loader skips calls already there.
enum VesselSamples {
    static func load(into workspace: Workspace, from sampleData: URL) throws {
        try VesselSampleLoader.loadTrainingSamples(into: workspace, from: sampleData)
    }
}
