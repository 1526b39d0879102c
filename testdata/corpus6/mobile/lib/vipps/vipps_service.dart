import 'dart:convert';

import 'package:flutter_secure_storage/flutter_secure_storage.dart';
import 'package:http/http.dart' as http;

/// Every Vipps call goes through the Fjordkasse backend; the app never holds Vipps keys.
class VippsService {
  VippsService(this._storage);

  final FlutterSecureStorage _storage;
  static const _backend = 'https://api.fjordkasse.no';

  Future<String?> startPayment(String orderId) async {
    final jwt = await _storage.read(key: 'fk_session_token');
    final res = await http.post(
      Uri.parse('$_backend/orders/$orderId/vipps'),
      headers: {'Authorization': 'Bearer $jwt'},
    );
    final body = jsonDecode(res.body) as Map<String, dynamic>;
    if (body['error'] != null) {
      print('vipps payment failed: ${body['error']}');
      return null;
    }
    return body['redirectUrl'] as String?;
  }

  Future<void> saveSession(String token) => _storage.write(key: 'fk_session_token', value: token);
}
