import Foundation
import SingleWindowKit

/// A new training database gets the sample vessel calls (scenario S3's ship among them), loaded
/// in the trainer's name through the agent's own actions. The loader skips calls already there.
public enum VesselSamples {
    public static func load(into workspace: Workspace, from sampleData: URL) throws {
        let directory = sampleData.appendingPathComponent("vessels")
        guard FileManager.default.fileExists(atPath: directory.path),
              let trainer = try Operators.list(workspace.db, role: .trainer, limit: 1).first else { return }
        try VesselSampleLoader.load(workspace.db, from: directory, by: trainer, at: workspace.now())
    }
}
