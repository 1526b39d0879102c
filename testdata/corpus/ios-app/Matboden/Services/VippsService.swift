import Foundation
import UIKit

/// Starts Vipps MobilePay payments created by the Matboden backend.
/// API keys (client_id, client_secret, Ocp-Apim-Subscription-Key) live on the server only.
final class VippsService {
    private let backend: URL
    private let session: URLSession

    init(backend: URL = URL(string: "https://api.matboden.no")!, session: URLSession = .shared) {
        self.backend = backend
        self.session = session
    }

    struct StartResponse: Decodable {
        let redirectUrl: URL
        let reference: String
    }

    func start(orderId: UUID, idToken: String) async throws -> StartResponse {
        var request = URLRequest(url: backend.appendingPathComponent("v2/orders/\(orderId.uuidString)/vipps"))
        request.httpMethod = "POST"
        request.setValue("Bearer \(idToken)", forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        let (data, response) = try await session.data(for: request)
        guard (response as? HTTPURLResponse)?.statusCode == 201 else {
            throw URLError(.badServerResponse)
        }
        return try JSONDecoder().decode(StartResponse.self, from: data)
    }

    @MainActor
    func open(_ response: StartResponse) async -> Bool {
        await UIApplication.shared.open(response.redirectUrl)
    }
}

#if DEBUG
extension VippsService {
    static let previewOrder = UUID(uuidString: "beede181-0840-4903-bf4f-119e30f9874d")!
}
#endif
