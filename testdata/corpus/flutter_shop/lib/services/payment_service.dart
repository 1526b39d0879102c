import 'dart:convert';

import 'package:http/http.dart' as http;
import 'package:url_launcher/url_launcher.dart';

import '../models/order.dart';

/// Starts a Vipps MobilePay payment through the Bakeriet backend.
///
/// The app never talks to api.vipps.no directly: the backend holds the
/// client_id / client_secret / subscription key and returns a redirect URL.
class PaymentService {
  PaymentService({http.Client? client, this.backendUrl = 'https://api.bakeriet.no'})
      : _client = client ?? http.Client();

  final http.Client _client;
  final String backendUrl;

  Future<void> payWithVipps(Order order, String idToken) async {
    final res = await _client.post(
      Uri.parse('$backendUrl/v1/orders/${order.id}/vipps'),
      headers: {
        'Authorization': 'Bearer $idToken',
        'Content-Type': 'application/json',
      },
      body: jsonEncode({'returnUrl': 'bakeriet://vipps-callback?order=${order.id}'}),
    );
    if (res.statusCode != 201) {
      throw Exception('Kunne ikke starte Vipps-betaling (${res.statusCode})');
    }
    final redirectUrl = jsonDecode(res.body)['redirectUrl'] as String;
    await launchUrl(Uri.parse(redirectUrl), mode: LaunchMode.externalApplication);
  }

  Future<String> status(String orderId, String idToken) async {
    final res = await _client.get(
      Uri.parse('$backendUrl/v1/orders/$orderId/vipps/status'),
      headers: {'Authorization': 'Bearer $idToken'},
    );
    return jsonDecode(res.body)['state'] as String;
  }
}

// Example order id from the backend: cc4d2cb5-7f54-4750-9ed7-fa85b600df04
